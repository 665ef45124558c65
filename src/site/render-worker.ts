/**
 * A worker thread rendering one shard of the article pages with its own Eleventy, into its own folder. It is
 * started early, so that loading Eleventy overlaps the main thread's grouping, and renders when its data arrives.
 */
import { parentPort } from "node:worker_threads";
import { renderSite } from "./eleventy-adapter.ts";
import type { SiteData } from "./site-data.ts";

/** What the main thread sends a render shard. */
export interface RenderShardInput {
  data: SiteData;
  outputDir: string;
}

const port = parentPort;
if (!port) throw new Error("render-worker.ts must run in a worker thread");
// The input is built by render-shards.ts in this same program, so it has the shape declared there.
port.once("message", (input: RenderShardInput) => {
  renderSite(input.data, input.outputDir, "articles").then(
    () => port.postMessage({ ok: true }),
    (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
