/**
 * Rendering on every core: Eleventy renders in one thread, and article pages are most of a large site, so they are
 * split between worker threads, each running its own Eleventy into its own folder, while this thread renders every
 * other page; the shards' pages are then moved into place. Article pages may use their own view and `roundup.site`
 * only (test/build/render-shards.test.ts holds the output equal to a single render).
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { RenderShardInput, RenderShardReply } from "./render-worker.ts";
import type { SiteData } from "./site-data.ts";

// Note: each shard starts its own Eleventy (about a second of work); below this many article pages that costs more
// than it saves.
const MIN_ARTICLES_TO_SHARD = 3000;
const WORKER_URL = new URL("./render-worker.mjs", import.meta.url);

/** Render shards worth starting for `articles` article pages. */
export function renderShardCount(articles: number): number {
  const cores = availableParallelism();
  return articles >= MIN_ARTICLES_TO_SHARD && cores > 1 ? cores : 0;
}

/** Worker threads that render article pages; start them early, render once, then they end. */
export class RenderShards {
  private readonly workers: Worker[];
  private readonly failures: Array<Promise<never>>;

  /** Start `count` render workers (0: render everything in this thread). */
  constructor(count: number) {
    this.workers = Array.from({ length: Math.max(0, count) }, () => new Worker(WORKER_URL));
    this.failures = this.workers.map((worker) => new Promise<never>((_, reject) => worker.once("error", reject)));
    for (const failure of this.failures) failure.catch(() => undefined);
  }

  /** Render the site into `outputDir`, run `meanwhile` while the shards work, and stop the workers. */
  async render(data: SiteData, outputDir: string, meanwhile: () => void = () => undefined, onPage?: () => void): Promise<void> {
    // Note: loaded here, so that commands that only read content never load Eleventy.
    const { renderSite } = await import("./eleventy-adapter.ts");
    const count = Math.min(this.workers.length, data.articles.length);
    if (count === 0) {
      await this.close();
      await renderSite(data, outputDir, onPage);
      meanwhile();
      return;
    }
    const folders = this.workers.slice(0, count).map((_, shard) => `${outputDir}.articles-${shard}`);
    try {
      const shards = this.workers.slice(0, count).map((worker, shard) => {
        const articles = data.articles.filter((_, i) => i % count === shard);
        // Note: the lists other pages are made of stay here; article pages see their own views and the site settings.
        const lean: SiteData = { ...data, homePages: [], stories: [], articles, outlets: [], topics: [], archiveDays: [], redirects: [] };
        const input: RenderShardInput = { data: lean, outputDir: folders[shard] ?? "" };
        const done = new Promise<void>((resolve, reject) => {
          worker.on("message", (reply: RenderShardReply) => {
            if (reply.type === "pages") for (let i = 0; i < reply.count; i += 1) onPage?.();
            else if (reply.type === "done") resolve();
            else reject(new Error(`rendering article pages failed: ${reply.message}`));
          });
        });
        worker.postMessage(input);
        return Promise.race([done, this.failures[shard] ?? done]);
      });
      await renderSite(data, outputDir, onPage, "without-articles");
      meanwhile();
      await Promise.all(shards);
      const target = path.join(outputDir, "articles");
      mkdirSync(target, { recursive: true });
      // Note: moved in id order, the order a single Eleventy run writes them in: folder listings follow creation
      // order on some file systems, and Pagefind numbers pages in listing order.
      const pages = folders.flatMap((folder) => readdirSync(path.join(folder, "articles")).map((id) => ({ id, from: path.join(folder, "articles", id) })));
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
