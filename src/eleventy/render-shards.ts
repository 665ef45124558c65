/**
 * Rendering on every core: Eleventy renders in one thread, and article pages are most of a large site, so they are
 * split between worker threads, each running its own Eleventy into its own folder, while this thread renders every
 * other page; the shards' pages are then moved into place. Article pages may use their own view and `roundup.site`
 * only (test/eleventy/render-shards.test.ts holds the output equal to a single render).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { DEFAULT_RENDER_CHUNK } from "../orchestrate/performance-defaults.ts";
import type { RenderShardInput, RenderShardReply } from "./render-worker.ts";
import type { SiteData } from "../views/site-data.ts";
import { workerUrl } from "../workers/worker-url.ts";

// Note: each shard starts its own Eleventy (about a second of work); below this many article pages that costs more
// than it saves.
const MIN_ARTICLES_TO_SHARD = 3000;
const WORKER_URL = workerUrl("render-worker", import.meta.url);

/**
 * Render shards worth starting for `articles` article pages: one per core but the one this thread renders the other
 * pages on. On the real content (2 cores), one shard instead of two took 0.7 s less CPU (one Eleventy fewer to load
 * and start) and peaked about 100 MiB lower.
 */
export function renderShardCount(articles: number): number {
  const cores = availableParallelism();
  return articles >= MIN_ARTICLES_TO_SHARD && cores > 1 ? cores - 1 : 0;
}

/** Worker threads that render article pages; start them early, render once, then they end. */
export class RenderShards {
  private readonly workers: Worker[];
  private readonly failures: Array<Promise<never>>;

  /** Start `count` render workers (0: render everything in this thread); `chunk` article pages per Eleventy run. */
  constructor(
    count: number,
    private readonly chunk = DEFAULT_RENDER_CHUNK,
  ) {
    this.workers = Array.from({ length: Math.max(0, count) }, () => new Worker(WORKER_URL));
    this.failures = this.workers.map((worker) => new Promise<never>((_, reject) => worker.once("error", reject)));
    for (const failure of this.failures) failure.catch(() => undefined);
  }

  /** The number of render workers. */
  get size(): number {
    return this.workers.length;
  }

  /** Render the site into `outputDir`, run `meanwhile` while the article pages render, and stop the workers. */
  async render(data: SiteData, outputDir: string, meanwhile: () => void = () => undefined, onPage?: () => void): Promise<void> {
    // Note: loaded here, so that commands that only read content never load Eleventy.
    const { renderSite } = await import("./eleventy-adapter.ts");
    const chunks = chunksOf(data, this.chunk);
    if (this.workers.length === 0 || chunks.length === 0) {
      await this.close();
      if (chunks.length <= 1) {
        await renderSite(data, outputDir, onPage);
      } else {
        await renderSite(data, outputDir, onPage, "without-articles");
        for (const chunk of chunks) await renderSite(chunk, outputDir, onPage, "articles");
      }
      meanwhile();
      return;
    }
    const folders = this.workers.map((_, shard) => `${outputDir}.articles-${shard}`);
    let next = 0;
    const work = async (worker: Worker, failure: Promise<never>, outputDir: string): Promise<void> => {
      for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) await Promise.race([renderIn(worker, { data: chunk, outputDir }, onPage), failure]);
    };
    try {
      const shards = this.workers.map((worker, shard) => work(worker, this.failures[shard] ?? Promise.reject(new Error("a render worker has no failure signal")), folders[shard] ?? ""));
      await renderSite(data, outputDir, onPage, "without-articles");
      meanwhile();
      await Promise.all(shards);
      const target = path.join(outputDir, "articles");
      mkdirSync(target, { recursive: true });
      // Note: moved in id order, the order a single Eleventy run writes them in: folder listings follow creation
      // order on some file systems, and Pagefind numbers pages in listing order.
      const pages = folders.flatMap((folder) => {
        const from = path.join(folder, "articles");
        return existsSync(from) ? readdirSync(from).map((id) => ({ id, from: path.join(from, id) })) : [];
      });
      for (const { id, from } of pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) renameSync(from, path.join(target, id));
    } finally {
      await this.close();
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    }
  }

  /** Stop every worker (after rendering, or when the build fails before it). */
  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((worker) => worker.terminate()));
  }
}

/**
 * The article pages in runs of `size`, each as the data of one Eleventy run. Eleventy holds every page of a run in
 * memory until the run ends, so a large site is rendered a run at a time; the lists other pages are made of stay
 * out (article pages see their own views and the site settings).
 */
function chunksOf(data: SiteData, size: number): SiteData[] {
  const chunks: SiteData[] = [];
  for (let start = 0; start < data.articles.length; start += size) chunks.push(articlePagesOnly(data, data.articles.slice(start, start + size)));
  return chunks;
}

/** The data of an Eleventy run of article pages only: `articles`, the site settings, and none of the lists. */
export function articlePagesOnly(data: SiteData, articles: SiteData["articles"]): SiteData {
  return { ...data, homePages: [], stories: [], articles, outlets: [], topics: [], archiveDays: [], redirects: [] };
}

/** Have `worker` render one run of article pages; resolves when they are written. */
function renderIn(worker: Worker, input: RenderShardInput, onPage?: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const listen = (reply: RenderShardReply): void => {
      if (reply.type === "pages") {
        for (let i = 0; i < reply.count; i += 1) onPage?.();
        return;
      }
      worker.off("message", listen);
      if (reply.type === "done") resolve();
      else reject(new Error(`rendering article pages failed: ${reply.message}`));
    };
    worker.on("message", listen);
    worker.postMessage(input);
  });
}
