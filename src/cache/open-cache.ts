/**
 * The cache of processed files a build uses. By default it lives in `node_modules/.cache/roundup/` of the folder
 * roundup runs in (where build tools keep caches; never beside the site, so a build writes nothing but its output
 * folder), or in the system's temporary folder when there is no `node_modules` there.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import type { PipelineOptions } from "../pipeline.ts";
import { ArticleCache } from "./article-cache.ts";
import { codeVersion } from "./code-version.ts";
import type { BuildTimings } from "../orchestrate/stage-timer.ts";

// Note: three cache files per content folder (processed files, grouping, stories' reports) and three per output
// folder (pages, search index parts, their words); files not used for a month, or beyond the most recent 100 (about
// 20 sites), go.
const KEEP_DAYS = 30;
const KEEP_FILES = 100;

/** The default cache folder. */
export function defaultCacheDir(): string {
  const modules = path.resolve("node_modules");
  return existsSync(modules) ? path.join(modules, ".cache", "roundup") : path.join(tmpdir(), `roundup-cache-${userInfo().username}`);
}

/**
 * Open the cache for a build of `contentDir`; null when `cacheDir` is null (`--no-cache`). Its version covers the
 * code and the outlet registry (`_outlets.yml` changes what the pipeline makes of a file), so either change empties it.
 */
export function openCache(options: { contentDir: string; cacheDir?: string | null; pipeline: PipelineOptions }, timings?: BuildTimings): ArticleCache | null {
  if (options.cacheDir === null) return null;
  const dir = options.cacheDir ?? defaultCacheDir();
  const start = performance.now();
  pruneCaches(dir);
  const outlets = options.pipeline.outlets ? JSON.stringify([...options.pipeline.outlets.outlets.values()]) : "";
  const version = createHash("sha256").update(codeVersion()).update("\0").update(outlets).digest("hex");
  const cache = ArticleCache.open(dir, options.contentDir, version);
  timings?.phases.push({ phase: "cache-load", ms: performance.now() - start });
  return cache;
}

/** Remove cache files of content folders that were not built for a long time. */
function pruneCaches(dir: string): void {
  if (!existsSync(dir)) return;
  // Note: another build may prune the same folder at the same time; a file gone meanwhile is simply skipped.
  const modified = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const files = readdirSync(dir)
    .filter((name) => /^(?:articles-[0-9a-f]+\.bin|(?:search|pages)-[0-9a-f]+\.json|(?:groups|reports|search-words)-[0-9a-f]+\.bin)$/.test(name))
    .map((name) => ({ file: path.join(dir, name), time: modified(path.join(dir, name)) }))
    .sort((a, b) => b.time - a.time || (a.file < b.file ? -1 : 1));
  const oldest = Date.now() - KEEP_DAYS * 86_400_000;
  files.forEach(({ file, time }, rank) => {
    if (rank >= KEEP_FILES || time < oldest) rmSync(file, { force: true });
  });
}
