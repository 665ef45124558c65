/** A worker thread rendering one shard of the article pages with its own Eleventy, into its own folder. */
import { parentPort, workerData } from "node:worker_threads";
import { renderSite } from "./eleventy-adapter.ts";
import type { SiteData } from "./site-data.ts";

/** What the main thread hands a render shard. */
export interface RenderShardInput {
  data: SiteData;
  outputDir: string;
}

// The input is built by render-shards.ts in this same program, so it has the shape declared there.
const input: RenderShardInput = workerData;
await renderSite(input.data, input.outputDir, "articles");
parentPort?.postMessage("done");
