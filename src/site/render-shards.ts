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
import { renderSite } from "./eleventy-adapter.ts";
import type { RenderShardInput } from "./render-worker.ts";
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

/** Render the site into `outputDir`, the article pages in `shards` worker threads (0: all in this thread). */
export async function renderInShards(data: SiteData, outputDir: string, shards = renderShardCount(data.articles.length)): Promise<void> {
  if (shards <= 0 || data.articles.length === 0) return renderSite(data, outputDir);
  const parts = Array.from({ length: Math.min(shards, data.articles.length) }, (_, shard) => data.articles.filter((_, i) => i % shards === shard));
  const folders = parts.map((_, shard) => `${outputDir}.articles-${shard}`);
  try {
    await Promise.all([renderSite(data, outputDir, "without-articles"), ...parts.map((articles, shard) => renderShard({ data: { site: data.site, stories: [], articles }, outputDir: folders[shard] ?? "" }))]);
    const target = path.join(outputDir, "articles");
    mkdirSync(target, { recursive: true });
    for (const folder of folders) {
      for (const id of readdirSync(path.join(folder, "articles"))) renameSync(path.join(folder, "articles", id), path.join(target, id));
    }
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

function renderShard(input: RenderShardInput): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: input });
    let done = false;
    worker.once("message", () => {
      done = true;
    });
    worker.once("error", reject);
    worker.once("exit", (code) => (done && code === 0 ? resolve() : reject(new Error(`a render worker stopped with exit code ${code} before it finished`))));
  });
}
