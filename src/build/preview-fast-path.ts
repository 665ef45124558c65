/**
 * Watches the content folder for the preview and hands each added or changed article file to a worker thread that
 * renders its page at once (src/build/preview-page.ts), then reloads the browser; the full rebuild runs as before.
 */
import { type FSWatcher, existsSync, rmSync, statSync, watch } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { ARTICLE_EXTENSIONS, CONTROL_FILE, IGNORED_NAME } from "../ingest/list-content-files.ts";
import type { SiteSettings } from "../site/site-types.ts";
import type { PreviewRequest } from "./preview-page.ts";
import type { PreviewReply } from "./preview-worker.ts";

const WORKER_URL = new URL("./preview-worker.mjs", import.meta.url);
// Note: editors' programs write a file in several steps; a file is previewed once it has been quiet this long.
const QUIET_MS = 100;
// Note: a file the fast path cannot render in this time is left to the full rebuild (which has its own limits).
const TIME_LIMIT_MS = 10_000;

/** What the fast path needs from the preview. */
export interface FastPathOptions {
  contentDir: string;
  outputDir: string;
  site: () => SiteSettings;
  now: () => number;
  maxFileSize?: number;
  maxFrontMatterSize?: number;
  /** Called when a page was written, to reload the browser. */
  written: (id: string) => void;
  log: (line: string) => void;
}

/** True for a path (relative, `/`-separated) the build reads as an article. */
export function isArticlePath(file: string): boolean {
  const parts = file.split("/");
  const name = parts.at(-1) ?? "";
  if (parts.some((part) => part.startsWith(".") || part === "node_modules")) return false;
  return ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase()) && !CONTROL_FILE.test(name) && !IGNORED_NAME.test(name);
}

/** The preview's fast path; `forget` drops the pages it wrote that the last full build did not make. */
export class PreviewFastPath {
  private readonly watcher: FSWatcher;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly queue: string[] = [];
  private worker: Worker | null = null;
  private current: { file: string; timer: NodeJS.Timeout } | null = null;
  private readonly pages = new Set<string>();
  private closed = false;

  constructor(private readonly options: FastPathOptions) {
    this.watcher = watch(options.contentDir, { recursive: true }, (_event, name) => {
      if (typeof name === "string") this.touched(name.split(path.sep).join("/"));
    });
    this.watcher.on("error", (error) => options.log(`preview: watching ${options.contentDir} failed: ${error.message}`));
    // Note: started now, so that loading the pipeline and Eleventy is done before the first file arrives.
    this.ensureWorker();
  }

  /** Remove the pages this fast path wrote whose ids the full build does not have (a merged copy, a renamed file). */
  forget(liveIds: ReadonlySet<string>): void {
    for (const id of this.pages) {
      if (!liveIds.has(id)) rmSync(path.join(this.options.outputDir, "articles", id), { recursive: true, force: true });
    }
    this.pages.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.watcher.close();
    for (const timer of this.timers.values()) clearTimeout(timer);
    if (this.current) clearTimeout(this.current.timer);
    await this.worker?.terminate();
    this.worker = null;
  }

  private touched(file: string): void {
    if (this.closed || !isArticlePath(file)) return;
    clearTimeout(this.timers.get(file));
    this.timers.set(
      file,
      setTimeout(() => {
        this.timers.delete(file);
        if (!this.queue.includes(file)) this.queue.push(file);
        this.next();
      }, QUIET_MS),
    );
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_URL);
    worker.on("message", (reply: PreviewReply) => this.answered(reply));
    worker.on("error", (error) => {
      this.options.log(`preview: the page renderer failed: ${error.message}`);
      this.restart();
    });
    this.worker = worker;
    return worker;
  }

  private restart(): void {
    if (this.current) clearTimeout(this.current.timer);
    this.current = null;
    void this.worker?.terminate();
    this.worker = null;
    this.next();
  }

  private next(): void {
    if (this.closed || this.current) return;
    for (let file = this.queue.shift(); file !== undefined; file = this.queue.shift()) {
      const absolute = path.join(this.options.contentDir, ...file.split("/"));
      if (!existsSync(absolute) || !statSync(absolute).isFile()) continue;
      const request: PreviewRequest = {
        contentDir: this.options.contentDir,
        file,
        outputDir: this.options.outputDir,
        site: this.options.site(),
        now: this.options.now(),
        maxFileSize: this.options.maxFileSize,
        maxFrontMatterSize: this.options.maxFrontMatterSize,
      };
      const timer = setTimeout(() => {
        this.options.log(`preview: ${file} took over ${TIME_LIMIT_MS / 1000} s; its page waits for the full rebuild`);
        this.restart();
      }, TIME_LIMIT_MS);
      this.current = { file, timer };
      this.ensureWorker().postMessage(request);
      return;
    }
  }

  private answered(reply: PreviewReply): void {
    if (!this.current || this.current.file !== reply.file) return;
    clearTimeout(this.current.timer);
    this.current = null;
    if ("failed" in reply) this.options.log(`preview: ${reply.file}: ${reply.failed}; its page waits for the full rebuild`);
    else if (reply.id) {
      this.pages.add(reply.id);
      this.options.written(reply.id);
    }
    this.next();
  }
}
