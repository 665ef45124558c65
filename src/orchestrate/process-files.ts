/**
 * Run the pipeline over many files: from the cache when it holds the result, else in worker threads (or in this
 * thread for small inputs). Results come back in the order of the files given, whatever order they finish in.
 */
import { readFileSync } from "node:fs";
import type { ContentFile } from "../ingest/list-content-files.ts";
import type { FileOutcome, PipelineOptions } from "../pipeline.ts";
import type { ArticleCache } from "../cache/article-cache.ts";
import { failedOutcome, processContentFile, timeoutOutcome } from "./process-content-file.ts";
import { type BuildTimings, StageClock } from "./stage-timer.ts";
import { withTimeLimit } from "../workers/time-limit.ts";
import { WorkerPool, poolSize } from "../workers/worker-pool.ts";

/** How files are processed. */
export interface ProcessingOptions {
  /** Worker threads: 0 runs every file in this thread; undefined chooses by input size. */
  workers?: number;
  /** Time limit per file, ms; default: `timeLimitFor` the file's size. */
  fileTimeout?: number;
  cache?: ArticleCache | null;
  timings?: BuildTimings;
  /** Hears of each file done, with the total (progress). */
  onFile?: (done: number, total: number) => void;
}

// Note: a long file may take long honestly (sanitizing a 10 MB line takes seconds on a busy machine); pathological
// means far slower than its size warrants.
const BASE_TIME_LIMIT = 10_000;
const TIME_LIMIT_PER_MB = 5_000;

/** The default time limit for a file of `bytes` bytes: 10 s, plus 5 s per MB. */
export function timeLimitFor(bytes: number): number {
  return BASE_TIME_LIMIT + Math.ceil((TIME_LIMIT_PER_MB * bytes) / 1_000_000);
}
// Note: below this many files to process, starting worker threads (each loads the pipeline's modules) costs more
// than it saves.
const SMALL_INPUT = 200;

/** Process `files` (already known to be article files) and return their outcomes in the same order. */
export async function processFiles(files: readonly ContentFile[], options: PipelineOptions, processing: ProcessingOptions = {}): Promise<FileOutcome[]> {
  const cache = processing.cache ?? null;
  const clock = processing.timings?.stages ?? new StageClock();
  const outcomes: Array<FileOutcome | undefined> = new Array(files.length);
  const pending: Array<{ index: number; bytes: Uint8Array; key: string | null }> = [];
  // Reading and cache look-ups are cheap: do them first, so that the pool is sized for the files left to process.
  files.forEach((file, index) => {
    const bytes = clock.time("read", () => readBytes(file.absolutePath));
    if (typeof bytes === "string") {
      outcomes[index] = failedOutcome(file.relativePath, "read-failed", `The file could not be read: ${bytes}.`, "could not be read");
      return;
    }
    const key = cache ? cache.key(file.relativePath, bytes, options) : null;
    const cached = key !== null && cache ? cache.get(key, options.now) : null;
    if (cached) outcomes[index] = cached;
    else pending.push({ index, bytes, key });
  });
  const workers = pending.length === 0 ? 0 : processing.workers ?? (pending.length < SMALL_INPUT ? 0 : poolSize(pending.length));
  processing.timings?.count("files", files.length);
  processing.timings?.count("cacheHits", cache?.hits ?? 0);
  processing.timings?.count("workers", workers);
  let done = files.length - pending.length;
  processing.onFile?.(done, files.length);
  const store = (index: number, key: string | null, outcome: FileOutcome): void => {
    outcomes[index] = outcome;
    done += 1;
    processing.onFile?.(done, files.length);
    if (key !== null) cache?.put(key, outcome);
  };
  const limitFor = (bytes: Uint8Array): number => processing.fileTimeout ?? timeLimitFor(bytes.length);
  if (workers === 0) {
    for (const { index, bytes, key } of pending.splice(0)) {
      const file = files[index];
      if (!file) continue;
      const limit = limitFor(bytes);
      const result = withTimeLimit(() => processContentFile({ ...file, bytes }, options, clock), limit);
      store(index, key, result ? result.value : timeoutOutcome(file.relativePath, limit));
    }
  } else {
    const pool = new WorkerPool(workers, options);
    try {
      await Promise.all(
        pending.splice(0).map(async ({ index, bytes, key }) => {
          const file = files[index];
          if (!file) return;
          const result = await pool.run({ ...file, bytes }, limitFor(bytes));
          clock.add(result.stages);
          store(index, key, result.outcome);
        }),
      );
    } finally {
      await pool.close();
    }
  }
  return outcomes.map((outcome, index) => outcome ?? failedOutcome(files[index]?.relativePath ?? "", "processing-failed", "The file was not processed.", "processing failed"));
}

/** The file's bytes, or why they could not be read. */
function readBytes(file: string): Uint8Array | string {
  try {
    return readFileSync(file);
  } catch (cause) {
    return cause instanceof Error ? cause.message : String(cause);
  }
}
