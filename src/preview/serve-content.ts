/** `roundup serve`: the content folder previewed live; every change re-runs the pipeline and reloads the page. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type SiteFlags, previewSiteSettings, siteSettingsFor } from "../data-files/site-settings.ts";
import { type RunningServer, serveSite } from "./dev-server.ts";
import { Worker } from "node:worker_threads";
import type { SiteData } from "../views/site-types.ts";
import { type BuildOptions, type BuildResult, copyImages } from "../orchestrate/build-site.ts";
import type { PreviewDataReply, PreviewDataRequest } from "./preview-data-worker.ts";
import { PreviewFastPath } from "./preview-fast-path.ts";
import { workerUrl } from "../workers/worker-url.ts";

const DATA_WORKER_URL = workerUrl("preview-data-worker", import.meta.url);
// Note: how long a rebuild waits for the fast path's pages, and then for browsers to fetch them.
const FAST_PATH_WAIT_MS = 2000;
const FAST_PATH_GRACE_MS = 300;

/** What to serve, where. */
export interface ServeOptions {
  contentDir: string;
  port: number;
  host: string;
  flags: SiteFlags;
  maxFileSize?: number;
  maxFrontMatterSize?: number;
  /** How files are processed: threads, time limit, cache (as for `build`). */
  performance?: Pick<BuildOptions, "workers" | "fileTimeout" | "cacheDir">;
  /** Called after each pipeline run with its result, e.g. to print the report. */
  onBuild: (result: BuildResult) => void;
  log: (line: string) => void;
}

/**
 * Start the preview; the scratch output folder is removed on `close`. Story ids are read, never saved. An added or
 * changed article shows at once on its own page (src/preview/preview-page.ts), before the full rebuild ends.
 */
export async function serveContent(options: ServeOptions): Promise<RunningServer> {
  const outputDir = mkdtempSync(path.join(tmpdir(), "roundup-serve-"));
  const initial = siteSettingsFor(options.contentDir, options.flags);
  let fastPath: PreviewFastPath | null = null;
  const data = new PreviewData();
  try {
    const running = await serveSite({
      outputDir,
      port: options.port,
      host: options.host,
      pathPrefix: initial.pathPrefix,
      watch: [options.contentDir],
      log: options.log,
      // Note: the fast path's pages first, then the rebuild, which keeps this thread busy for seconds on a large folder.
      beforeRebuild: async () => fastPath?.settled(FAST_PATH_WAIT_MS, FAST_PATH_GRACE_MS),
      data: async () => {
        const { result, site } = await data.build({ ...options.performance, contentDir: options.contentDir, outputDir, site: previewSiteSettings(options.contentDir, options.flags, initial.pathPrefix), maxFileSize: options.maxFileSize, maxFrontMatterSize: options.maxFrontMatterSize });
        fastPath?.forget(result.articles.map((article) => article.id));
        copyImages(result.articles, options.contentDir, outputDir);
        options.onBuild(result);
        return site;
      },
    });
    fastPath = new PreviewFastPath({
      contentDir: options.contentDir,
      outputDir,
      flags: options.flags,
      pathPrefix: initial.pathPrefix,
      maxFileSize: options.maxFileSize,
      maxFrontMatterSize: options.maxFrontMatterSize,
      serverPort: () => running.serverPort(),
      log: options.log,
    });
    const started = fastPath;
    return {
      ...running,
      async close() {
        await started.close();
        await running.close();
        await data.close();
        rmSync(outputDir, { recursive: true, force: true });
      },
    };
  } catch (cause) {
    await fastPath?.close();
    await data.close();
    rmSync(outputDir, { recursive: true, force: true });
    throw cause;
  }
}

/** The preview's data builds, one at a time, in a worker thread that lives as long as the preview. */
class PreviewData {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (reply: { result: BuildResult; site: SiteData }) => void; reject: (error: Error) => void }>();

  build(options: PreviewDataRequest["options"]): Promise<{ result: BuildResult; site: SiteData }> {
    const id = (this.next += 1);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.ensureWorker().postMessage({ id, options } satisfies PreviewDataRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(DATA_WORKER_URL);
    worker.on("message", (reply: PreviewDataReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ("failed" in reply) waiter?.reject(new Error(reply.failed));
      else waiter?.resolve(reply);
    });
    // Note: a worker that dies fails the builds it had; the next build starts a new one.
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (this.worker === worker && code !== 0) fail(new Error(`the preview's data worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }
}
