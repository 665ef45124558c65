/**
 * A worker thread for the preview's fast path (src/build/preview-page.ts): it renders one file's article page per
 * message, so that a new article shows while the main thread is still busy rebuilding the whole site.
 */
import { parentPort } from "node:worker_threads";
import { type PreviewRequest, renderPreviewPage } from "./preview-page.ts";

/** What the worker answers: the page's id (null: not an article), or why it failed. */
export type PreviewReply = { file: string; id: string | null } | { file: string; failed: string };

const port = parentPort;
if (!port) throw new Error("preview-worker.ts must run in a worker thread");
// The request is built by serve-content.ts in this same program, so it has the shape declared there.
port.on("message", (request: PreviewRequest) => {
  renderPreviewPage(request).then(
    (id) => port.postMessage({ file: request.file, id } satisfies PreviewReply),
    (error: unknown) => port.postMessage({ file: request.file, failed: error instanceof Error ? error.message : String(error) } satisfies PreviewReply),
  );
});
