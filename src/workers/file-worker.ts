/** A worker thread of the file pool: receives files, runs the pipeline, returns plain outcomes and stage times. */
import { parentPort, workerData } from "node:worker_threads";
import type { OutletRegistry } from "../extract/outlet-registry.ts";
import type { FileOutcome, PipelineOptions } from "../pipeline.ts";
import { isRecord } from "../records.ts";
import { type FileTask, processContentFile } from "../orchestrate/process-content-file.ts";
import { StageClock, type StageTotals } from "../orchestrate/stage-timer.ts";

/** What the pool sends: one file. */
export interface WorkerRequest extends FileTask {
  id: number;
}

/** What the worker posts: started, or one file done. */
export type WorkerReply = { type: "ready" } | { type: "done"; id: number; outcome: FileOutcome; stages: StageTotals };

const port = parentPort;
if (!port) throw new Error("file-worker.ts must run in a worker thread");
const options = pipelineOptions(workerData);
// Note: messages (VFileMessage) are Errors, and capturing a stack trace for each is a measurable part of a
// file's processing; nothing in a worker prints a stack (a crash is reported by its message).
Error.stackTraceLimit = 0;

port.on("message", (request: WorkerRequest) => {
  const clock = new StageClock();
  const outcome = processContentFile(request, options, clock);
  port.postMessage({ type: "done", id: request.id, outcome, stages: clock.totals } satisfies WorkerReply);
});
port.postMessage({ type: "ready" } satisfies WorkerReply);

// Note: every field of PipelineOptions must be carried over here, or workers would process files differently.
function pipelineOptions(data: unknown): PipelineOptions {
  if (!isRecord(data)) throw new Error("the file worker needs pipeline options as workerData");
  const { contentDir, maxFileSize, maxFrontMatterSize, now, outlets } = data;
  if (typeof contentDir !== "string" || typeof maxFileSize !== "number" || typeof maxFrontMatterSize !== "number" || typeof now !== "number") {
    throw new Error("the file worker's options are incomplete");
  }
  if (outlets !== undefined && !isRegistry(outlets)) throw new Error("the file worker's outlet registry is malformed");
  return { contentDir, maxFileSize, maxFrontMatterSize, now, outlets };
}

function isRegistry(value: unknown): value is OutletRegistry {
  return isRecord(value) && value.outlets instanceof Map && value.domains instanceof Map && value.names instanceof Map;
}
