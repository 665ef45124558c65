/**
 * A small pool of worker threads for the per-file stages. Each file gets a time limit: a worker that exceeds it is
 * terminated and replaced, and the file is reported as `processing-timeout`, so one pathological file never hangs
 * the build. A worker that dies (out of memory, a native crash) costs only the file it was working on.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FileOutcome, PipelineOptions } from "../pipeline.ts";
import type { WorkerReply } from "./file-worker.ts";
import { type FileTask, failedOutcome, timeoutOutcome } from "../orchestrate/process-content-file.ts";
import type { StageTotals } from "../orchestrate/stage-timer.ts";
import { workerUrl } from "./worker-url.ts";

/** What the pool returns for one file. */
export interface PoolResult {
  outcome: FileOutcome;
  /** Time per stage spent on this file, when the worker finished it. */
  stages: Partial<StageTotals>;
}

interface Job {
  task: FileTask;
  /** Time limit, ms. */
  limit: number;
  resolve: (result: PoolResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Replaced after a timeout or a crash: its late events are ignored. */
  retired: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  id: number;
}

const WORKER_URL = workerUrl("file-worker", import.meta.url);
// Note: a worker that fails before it ever starts (a broken install) would otherwise be replaced forever.
const MAX_START_FAILURES = 3;

/** Workers worth starting for `files` files: one per core, at most one per file. */
export function poolSize(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), files));
}

/** Worker threads running `processContentFile`, with a time limit per file. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private startFailures = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly options: PipelineOptions,
  ) {
    for (let i = 0; i < size; i += 1) this.slots.push(this.start());
  }

  /** Process one file within `limit` ms; resolves in the order files finish, so callers keep results by their own index. */
  run(task: FileTask, limit: number): Promise<PoolResult> {
    if (this.closed) return Promise.reject(new Error("the worker pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, limit, resolve, reject });
      this.dispatch();
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private start(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: this.options });
    const slot: Slot = { worker, ready: false, retired: false, job: null, timer: null, id: -1 };
    // The worker is our own code (file-worker.ts): its messages have the shape it declares.
    worker.on("message", (message: WorkerReply) => this.receive(slot, message));
    worker.on("error", (error) => this.lose(slot, error));
    worker.on("exit", (code) => this.lose(slot, new Error(`the worker stopped with exit code ${code}`)));
    return slot;
  }

  private receive(slot: Slot, message: WorkerReply): void {
    if (slot.retired) return;
    if (message.type === "ready") {
      slot.ready = true;
      this.startFailures = 0;
    } else if (slot.job && message.id === slot.id) {
      const job = slot.job;
      this.finish(slot);
      job.resolve({ outcome: message.outcome, stages: message.stages });
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.id = this.nextId++;
      const bytes = new Uint8Array(job.task.bytes);
      slot.worker.postMessage({ ...job.task, bytes, id: slot.id }, [bytes.buffer]);
      slot.timer = setTimeout(() => this.timeOut(slot), job.limit);
    }
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  private timeOut(slot: Slot): void {
    const job = slot.job;
    if (!job) return;
    const file = job.task.relativePath;
    this.replace(slot);
    job.resolve({ outcome: timeoutOutcome(file, job.limit), stages: {} });
  }

  private lose(slot: Slot, error: Error): void {
    if (slot.retired || this.closed) return;
    const job = slot.job;
    if (!slot.ready && !job) this.startFailures += 1;
    this.replace(slot);
    if (job) job.resolve({ outcome: failedOutcome(job.task.relativePath, "processing-failed", `The worker processing this file stopped (${error.message}), so the file was skipped.`, "processing failed"), stages: {} });
    if (this.startFailures >= MAX_START_FAILURES) this.fail(new Error(`worker threads could not start: ${error.message}`, { cause: error }));
  }

  private replace(slot: Slot): void {
    this.finish(slot);
    slot.retired = true;
    void slot.worker.terminate();
    this.slots[this.slots.indexOf(slot)] = this.start();
  }

  private fail(error: Error): void {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(error);
    for (const slot of this.slots) {
      slot.job?.reject(error);
      this.finish(slot);
      void slot.worker.terminate();
    }
  }
}
