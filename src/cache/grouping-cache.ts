/**
 * The stories of the last build, reused when the articles are the same. Grouping is a black box here: its result
 * depends on the articles it is given and on the code, so the key is a hash of every article, whole, and of the code
 * version; any change to any article groups again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Article } from "../types.ts";
import { articleDigest } from "./article-digest.ts";

/** Where the grouping of a content folder is kept, and by which code it was made. */
export interface GroupingCache {
  file: string;
  codeVersion: string;
}

/** The file keeping the grouping of `contentDir`, in the cache folder `dir`. */
export function groupingCacheFile(dir: string, contentDir: string): string {
  return path.join(dir, `groups-${createHash("sha256").update(path.resolve(contentDir)).digest("hex").slice(0, 16)}.bin`);
}

/** `group(articles)`, or its result for the same articles and code from the cache; the result is saved for next time. */
export function cachedGrouping<T>(cache: GroupingCache | null, articles: readonly Article[], group: (articles: readonly Article[]) => T): T {
  if (!cache) return group(articles);
  const hash = createHash("sha256").update(cache.codeVersion).update("\0");
  for (const article of articles) hash.update(articleDigest(article)).update("\0");
  const key = hash.digest("hex");
  const saved = read(cache.file);
  // Note: the file is this cache's own, written below for the same key; its result has the type `group` returns.
  if (saved && saved.key === key) return saved.result as T;
  const result = group(articles);
  try {
    mkdirSync(path.dirname(cache.file), { recursive: true });
    const temporary = `${cache.file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize({ key, result }));
    renameSync(temporary, cache.file);
  } catch {
    // Note: a cache that cannot be written costs the next build its time, nothing else.
  }
  return result;
}

function read(file: string): { key: string; result: unknown } | null {
  try {
    const value: unknown = deserialize(readFileSync(file));
    return typeof value === "object" && value !== null && "key" in value && typeof value.key === "string" && "result" in value ? { key: value.key, result: value.result } : null;
  } catch {
    return null;
  }
}
