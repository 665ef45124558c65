/**
 * The preview's fast path, in a worker thread of its own (src/preview/preview-page.ts renders the page): it watches
 * the content folder itself and tells the preview server to reload directly, so that a new article shows while the
 * main thread is still busy rebuilding the whole site.
 */
import { type FSWatcher, existsSync, rmSync, statSync, watch } from "node:fs";
import path from "node:path";
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { type SiteFlags, previewSiteSettings } from "../data-files/site-settings.ts";
import { listContentFiles } from "../ingest/list-content-files.ts";
import { buildClock } from "../orchestrate/build-site.ts";
import { isArticlePath } from "./preview-paths.ts";
import { renderPreviewPage } from "./preview-page.ts";

/** What the fast path is started with. */
export interface PreviewWorkerData {
  contentDir: string;
  outputDir: string;
  flags: SiteFlags;
  pathPrefix: string;
  maxFileSize?: number;
  maxFrontMatterSize?: number;
  /** When this worker was started (ms since the epoch): files changed since then are previewed, even before it watches. */
  since: number;
  /** A port to the preview server: `{ type: "reload" }` reloads the browsers. */
  server: MessagePort;
}

/** Messages to the fast path: drop pages the full build did not make; answer once idle. */
export type PreviewCommand = { type: "forget"; live: string[] } | { type: "settle"; id: number; maxMs: number; graceMs: number };

/** Messages from the fast path. */
export type PreviewEvent = { type: "started"; file: string } | { type: "done"; file: string; id: string | null } | { type: "failed"; file: string; message: string } | { type: "settled"; id: number } | { type: "log"; line: string };

// Note: editors' programs write a file in several steps; a file is previewed once it has been quiet this long.
const QUIET_MS = 100;
// Note: file times come from the kernel's coarse clock, a few milliseconds behind the clock `since` was read from.
const CLOCK_SLACK_MS = 20;

const port = parentPort;
if (!port) throw new Error("preview-worker.ts must run in a worker thread");
const post = (event: PreviewEvent): void => port.postMessage(event);
// The data is built by preview-fast-path.ts in this same program, so it has the shape declared there.
const options = workerData as PreviewWorkerData;
const timers = new Map<string, NodeJS.Timeout>();
const queue: string[] = [];
const pages = new Set<string>();
let busy = false;

const watcher: FSWatcher = watch(options.contentDir, { recursive: true }, (_event, name) => {
  if (typeof name === "string") schedule(name.split(path.sep).join("/"));
});
watcher.on("error", (error) => post({ type: "log", line: `preview: watching ${options.contentDir} failed: ${error.message}` }));
catchUp();

/** Preview `file` (relative, `/`-separated) once it has been quiet for a while, if the build reads it as an article. */
function schedule(file: string): void {
  if (!isArticlePath(file)) return;
  clearTimeout(timers.get(file));
  timers.set(
    file,
    setTimeout(() => {
      timers.delete(file);
      if (!queue.includes(file)) queue.push(file);
      void drain();
    }, QUIET_MS),
  );
}

/**
 * Loading this worker takes a second or more (the pipeline, Eleventy), and a file written meanwhile made no event
 * here: the files changed since the worker was started are previewed as if it had watched them from the start.
 */
function catchUp(): void {
  try {
    for (const file of listContentFiles(options.contentDir)) {
      if (isArticlePath(file.relativePath) && changedSince(file.absolutePath, options.since)) schedule(file.relativePath);
    }
  } catch (error) {
    post({ type: "log", line: `preview: reading ${options.contentDir} failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

function changedSince(file: string, since: number): boolean {
  try {
    return statSync(file).mtimeMs >= since - CLOCK_SLACK_MS;
  } catch {
    return false;
  }
}

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const absolute = path.join(options.contentDir, ...file.split("/"));
      if (!existsSync(absolute) || !statSync(absolute).isFile()) continue;
      post({ type: "started", file });
      try {
        const site = previewSiteSettings(options.contentDir, options.flags, options.pathPrefix);
        const id = await renderPreviewPage({ contentDir: options.contentDir, file, outputDir: options.outputDir, site, now: buildClock(), maxFileSize: options.maxFileSize, maxFrontMatterSize: options.maxFrontMatterSize });
        if (id) {
          pages.add(id);
          options.server.postMessage({ type: "reload" });
        }
        post({ type: "done", file, id });
      } catch (error) {
        post({ type: "failed", file, message: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    busy = false;
  }
}

const idle = (): boolean => !busy && queue.length === 0 && timers.size === 0;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

port.on("message", (command: PreviewCommand) => {
  if (command.type === "forget") {
    const live = new Set(command.live);
    for (const id of pages) if (!live.has(id)) rmSync(path.join(options.outputDir, "articles", id), { recursive: true, force: true });
    pages.clear();
    return;
  }
  void (async () => {
    const until = performance.now() + command.maxMs;
    while (!idle() && performance.now() < until) await sleep(20);
    if (pages.size > 0) await sleep(command.graceMs);
    post({ type: "settled", id: command.id });
  })();
});
