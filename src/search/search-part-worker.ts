/**
 * A worker thread indexing parts of the search index, one part per message. Pagefind's Node interface drives one
 * Pagefind process per thread, so parts indexed in two threads are indexed by two processes, on two cores.
 */
import { parentPort } from "node:worker_threads";
import { type SearchPartJob, indexPart } from "./pagefind-part.ts";

/** What a search worker tells the main thread: a part's page count, or why it failed. */
export type SearchPartReply = { type: "done"; pages: number } | { type: "failed"; message: string };

const port = parentPort;
if (!port) throw new Error("search-part-worker.ts must run in a worker thread");
// The job is built by search-index.ts in this same program, so it has the shape declared there.
port.on("message", (job: SearchPartJob) => {
  indexPart(job).then(
    (pages) => port.postMessage({ type: "done", pages } satisfies SearchPartReply),
    (error: unknown) => port.postMessage({ type: "failed", message: describe(error) } satisfies SearchPartReply),
  );
});

/** An error's message with its causes, which say what Pagefind reported. */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current !== undefined && parts.length < 5; current = current instanceof Error ? current.cause : undefined) {
    parts.push(current instanceof Error ? current.message : String(current));
  }
  return parts.join(": ");
}
