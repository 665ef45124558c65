/** The one module of src/ that knows Eleventy: it hands the pipeline's data to the templates and renders them. */
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { configureEleventy } from "./eleventy-config.ts";
import { templateFolder } from "./template-folder.ts";
import { SAFE_ID } from "../permalinks/article-ids.ts";
import type { SiteData } from "../views/site-data.ts";


/** Throw unless every id or slug that becomes part of a page's path is safe there (the last check before a write). */
export function assertSafePageIds(data: SiteData): void {
  const ids = [...data.stories.map((s) => s.id), ...data.articles.map((a) => a.id), ...data.redirects.map((r) => r.id), ...data.outlets.map((o) => o.slug), ...data.topics.map((t) => t.slug)];
  for (const id of ids) {
    if (!SAFE_ID.test(id)) throw new Error(`refusing to render an unsafe page id: ${JSON.stringify(id)}`);
  }
}

// Eleventy's prefix ("[11ty]", coloured on a terminal) and then its timing note.
const TIMING_NOTE = /^(?:\x1b\[[\d;]*m)*(?:\[11ty\])?(?:\x1b\[[\d;]*m)*\s*(?:\x1b\[[\d;]*m)*Benchmark\s/;

/** The pages one Eleventy run writes: all, all but the article pages, or only the article pages (render shards). */
export type RenderScope = "all" | "without-articles" | "articles";

/**
 * Render `data` into `outputDir`; `onPage` hears of each page rendered; `scope` says which pages (render shards).
 * Ids become paths, so each is checked here, the last step before a write.
 */
export async function renderSite(data: SiteData, outputDir: string, onPage?: () => void, scope: RenderScope = "all"): Promise<void> {
  assertSafePageIds(data);
  const templates = templateFolder();
  const articleTemplate = path.join(templates, "article.njk");
  const input = scope === "articles" ? articleTemplate : templates;
  const eleventy = new Eleventy(input, outputDir, {
    configPath: false,
    quietMode: true,
    pathPrefix: data.site.pathPrefix,
    config(config) {
      configureEleventy(config, templates);
      config.addGlobalData("roundup", data);
      if (scope === "without-articles") config.ignores.add(path.relative(process.cwd(), articleTemplate));
      if (onPage) config.addLinter("roundup-progress", () => onPage());
    },
  });
  eleventy.setIsVerbose(false);
  // Note: Eleventy's closing "Wrote 12 files" would land in the middle of the build report on stdout; its
  // warnings and errors go to stderr, the rest is dropped.
  // Eleventy's own timing notes ("Benchmark … took 11% of the time") are dropped too: a build that renders a few
  // changed pages only is short, so a filter's first calls pass the share Eleventy warns at, and say nothing wrong.
  const toStderr = (message: string): void => void process.stderr.write(`${message}\n`);
  const warn = (message: string): void => {
    if (!TIMING_NOTE.test(message)) toStderr(message);
  };
  eleventy.logger.overrideLogger({ log() {}, info() {}, warn, error: toStderr });
  await eleventy.write();
}
