/**
 * A worker thread rendering runs of article pages with its own Eleventy, into its own folder, one run per message.
 * It is started early, so that loading Eleventy overlaps the main thread's grouping, and renders when data arrives.
 */
import { parentPort } from "node:worker_threads";
import { renderSite } from "./eleventy-adapter.ts";
import type { SiteData } from "../views/site-data.ts";

/** What the main thread sends a render shard. */
export interface RenderShardInput {
  data: SiteData;
  outputDir: string;
}

/** What a render shard tells the main thread: pages done (for progress), finished, or failed. */
export type RenderShardReply = { type: "pages"; count: number } | { type: "done" } | { type: "failed"; message: string };

// Note: progress goes out in batches; a message per page would cost more than it tells.
const BATCH = 250;

const port = parentPort;
if (!port) throw new Error("render-worker.ts must run in a worker thread");
const post = (reply: RenderShardReply): void => port.postMessage(reply);
// The input is built by render-shards.ts in this same program, so it has the shape declared there.
port.on("message", (input: RenderShardInput) => {
  let pages = 0;
  const onPage = (): void => {
    pages += 1;
    if (pages === BATCH) {
      post({ type: "pages", count: pages });
      pages = 0;
    }
  };
  renderSite(input.data, input.outputDir, onPage, "articles").then(
    () => {
      post({ type: "pages", count: pages });
      post({ type: "done" });
    },
    (error: unknown) => post({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
});
