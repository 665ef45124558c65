/**
 * The preview's data, computed in a worker thread: reading, grouping and the site's views take seconds on a large
 * content folder, and in the main thread they would stop the preview server from answering (a page the fast path
 * just wrote included) until they were done. The worker lives as long as the preview, so the in-memory cache of
 * processed files carries over from one rebuild to the next.
 */
import { parentPort } from "node:worker_threads";
import { buildSiteData } from "../views/site-data.ts";
import type { SiteData } from "../views/site-types.ts";
import { type BuildOptions, type BuildResult, buildData } from "../orchestrate/build-site.ts";

/** What the preview asks for: a build's data, without rendering (functions cannot cross threads). */
export interface PreviewDataRequest {
  id: number;
  options: Omit<BuildOptions, "progress" | "timings">;
}

/** The build's result and the site's data, or why the build failed. */
export type PreviewDataReply = { id: number; result: BuildResult; site: SiteData } | { id: number; failed: string };

const port = parentPort;
if (!port) throw new Error("preview-data-worker.ts must run in a worker thread");
// The request is built by serve-content.ts in this same program, so it has the shape declared there.
port.on("message", (request: PreviewDataRequest) => {
  buildData(request.options).then(
    (result) => {
      const site = buildSiteData(request.options.site, result.articles, result.stories, { stories: result.redirects, articles: result.articleUrls.redirects });
      port.postMessage({ id: request.id, result, site } satisfies PreviewDataReply);
    },
    (error: unknown) => port.postMessage({ id: request.id, failed: error instanceof Error ? error.message : String(error) } satisfies PreviewDataReply),
  );
});
