/** The cache of processed files a build uses: `.roundup-cache/` beside the output folder unless told otherwise. */
import path from "node:path";
import { ArticleCache } from "./article-cache.ts";
import { codeVersion } from "./code-version.ts";
import type { BuildTimings } from "./stage-timer.ts";

/** Open the cache for a build of `contentDir` into `outputDir`; null when `cacheDir` is null (`--no-cache`). */
export function openCache(options: { contentDir: string; outputDir: string; cacheDir?: string | null }, timings?: BuildTimings): ArticleCache | null {
  if (options.cacheDir === null) return null;
  const dir = options.cacheDir ?? path.join(path.dirname(path.resolve(options.outputDir)), ".roundup-cache");
  const start = performance.now();
  const cache = ArticleCache.open(dir, options.contentDir, codeVersion());
  timings?.phases.push({ phase: "cache-load", ms: performance.now() - start });
  return cache;
}
