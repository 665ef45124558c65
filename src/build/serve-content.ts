/** `roundup serve`: the content folder previewed live; every change re-runs the pipeline and reloads the page. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type SiteFlags, siteSettingsFor } from "../data-files/site-settings.ts";
import type { SiteSettings } from "../site/site-types.ts";
import { type RunningServer, serveSite } from "../site/dev-server.ts";
import { buildSiteData } from "../site/site-data.ts";
import { type BuildOptions, type BuildResult, buildClock, buildData, copyImages } from "./build-site.ts";
import { PreviewFastPath } from "./preview-fast-path.ts";

/** What to serve, where. */
export interface ServeOptions {
  contentDir: string;
  port: number;
  host: string;
  flags: SiteFlags;
  maxFileSize?: number;
  maxFrontMatterSize?: number;
  /** How files are processed: threads, time limit, cache (as for `build`). */
  performance?: Pick<BuildOptions, "workers" | "fileTimeout" | "cacheDir">;
  /** Called after each pipeline run with its result, e.g. to print the report. */
  onBuild: (result: BuildResult) => void;
  log: (line: string) => void;
}

/**
 * Start the preview; the scratch output folder is removed on `close`. Story ids are read, never saved. An added or
 * changed article shows at once on its own page (src/build/preview-page.ts), before the full rebuild ends.
 */
export async function serveContent(options: ServeOptions): Promise<RunningServer> {
  const outputDir = mkdtempSync(path.join(tmpdir(), "roundup-serve-"));
  const initial = siteSettingsFor(options.contentDir, options.flags);
  const settings = (): SiteSettings => ({ ...siteSettingsFor(options.contentDir, options.flags), pathPrefix: initial.pathPrefix });
  let fastPath: PreviewFastPath | null = null;
  try {
    const running = await serveSite({
      outputDir,
      port: options.port,
      host: options.host,
      pathPrefix: initial.pathPrefix,
      watch: [options.contentDir],
      log: options.log,
      data: async () => {
        // Note: settings are read again on every build, so editing `site:` in _roundup.yml shows at once; the path
        // prefix stays as the server started, since the server's routes depend on it.
        const site = settings();
        const result = await buildData({ ...options.performance, contentDir: options.contentDir, outputDir, site, maxFileSize: options.maxFileSize, maxFrontMatterSize: options.maxFrontMatterSize });
        fastPath?.forget(new Set(result.articles.map((article) => article.id)));
        copyImages(result.articles, options.contentDir, outputDir);
        options.onBuild(result);
        return buildSiteData(site, result.articles, result.stories, { stories: result.redirects, articles: result.articleUrls.redirects });
      },
    });
    fastPath = new PreviewFastPath({
      contentDir: options.contentDir,
      outputDir,
      site: settings,
      now: buildClock,
      maxFileSize: options.maxFileSize,
      maxFrontMatterSize: options.maxFrontMatterSize,
      written: () => running.reload(),
      log: options.log,
    });
    const started = fastPath;
    return {
      url: running.url,
      reload: () => running.reload(),
      async close() {
        await started.close();
        await running.close();
        rmSync(outputDir, { recursive: true, force: true });
      },
    };
  } catch (cause) {
    await fastPath?.close();
    rmSync(outputDir, { recursive: true, force: true });
    throw cause;
  }
}
