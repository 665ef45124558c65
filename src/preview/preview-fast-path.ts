/**
 * The preview's fast path, seen from the main thread: a worker thread (src/preview/preview-worker.ts) watches the
 * content folder and renders each added or changed article's own page at once; this side restarts it when a file
 * takes too long, drops its pages the full build did not make, and lets a rebuild wait until it is idle.
 */
import type { MessagePort } from "node:worker_threads";
import { Worker } from "node:worker_threads";
import type { PreviewCommand, PreviewEvent, PreviewWorkerData } from "./preview-worker.ts";
import { workerUrl } from "../workers/worker-url.ts";

const WORKER_URL = workerUrl("preview-worker", import.meta.url);
// Note: a file the fast path cannot render in this time is left to the full rebuild (which has its own limits).
const TIME_LIMIT_MS = 10_000;

/** What the fast path needs from the preview. */
export interface FastPathOptions extends Omit<PreviewWorkerData, "server" | "since"> {
  /** A new port to the preview server, for the worker to ask for reloads directly. */
  serverPort: () => MessagePort;
  /** Called when a page was written (tests). */
  written?: (id: string) => void;
  log: (line: string) => void;
}

/** The preview's fast path. */
export class PreviewFastPath {
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;
  private next = 0;
  private readonly settling = new Map<number, () => void>();
  private closed = false;

  constructor(private readonly options: FastPathOptions) {
    this.start();
  }

  /** Drop the pages the fast path wrote whose ids the full build does not have (a merged copy, a renamed file). */
  forget(liveIds: Iterable<string>): void {
    this.worker?.postMessage({ type: "forget", live: [...liveIds] } satisfies PreviewCommand);
  }

  /** Resolves once the fast path is idle (at most `maxMs`), and `graceMs` more when it wrote pages. */
  settled(maxMs: number, graceMs: number): Promise<void> {
    const worker = this.worker;
    if (!worker) return Promise.resolve();
    const id = (this.next += 1);
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(limit);
        this.settling.delete(id);
        resolve();
      };
      const limit = setTimeout(done, maxMs + graceMs + 1000);
      this.settling.set(id, done);
      worker.postMessage({ type: "settle", id, maxMs, graceMs } satisfies PreviewCommand);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const done of this.settling.values()) done();
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): void {
    const { serverPort, written: _written, log: _log, ...options } = this.options;
    const server = serverPort();
    // Note: a restarted worker previews what changed while it loaded, not again what its predecessor had.
    const data: PreviewWorkerData = { ...options, server, since: Date.now() };
    const worker = new Worker(WORKER_URL, { workerData: data, transferList: [server] });
    worker.on("message", (event: PreviewEvent) => this.heard(event));
    worker.on("error", (error) => {
      this.options.log(`preview: the page renderer failed: ${error.message}`);
      this.restart(worker);
    });
    this.worker = worker;
  }

  private restart(worker: Worker): void {
    if (this.worker !== worker) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.worker = null;
    void worker.terminate();
    for (const done of this.settling.values()) done();
    if (!this.closed) this.start();
  }

  private heard(event: PreviewEvent): void {
    if (event.type === "started") {
      const worker = this.worker;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.options.log(`preview: ${event.file} took over ${TIME_LIMIT_MS / 1000} s; its page waits for the full rebuild`);
        if (worker) this.restart(worker);
      }, TIME_LIMIT_MS);
      return;
    }
    if (event.type === "done" || event.type === "failed") {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
    }
    if (event.type === "done" && event.id) this.options.written?.(event.id);
    else if (event.type === "failed") this.options.log(`preview: ${event.file}: ${event.message}; its page waits for the full rebuild`);
    else if (event.type === "settled") this.settling.get(event.id)?.();
    else if (event.type === "log") this.options.log(event.line);
  }
}
