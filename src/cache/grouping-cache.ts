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
  const saved = read(cache.file, key);
  // Note: the file is this cache's own, written below for the same key; its result has the type `group` returns.
  if (saved !== null) return saved as T;
  const result = group(articles);
  try {
    mkdirSync(path.dirname(cache.file), { recursive: true });
    const temporary = `${cache.file}.${process.pid}.tmp`;
    const header = Buffer.from(`${key}\n`);
    writeFileSync(temporary, Buffer.concat([header, serialize(result)]));
    renameSync(temporary, cache.file);
  } catch {
    // Note: a cache that cannot be written costs the next build its time, nothing else.
  }
  return result;
}

/**
 * The saved result when it was made for `key`, else null. The key is a line of its own before the result, so that a
 * stale result (after any change) is not deserialized only to be dropped: at 8,000 articles that took 0.1 s.
 */
function read(file: string, key: string): unknown {
  try {
    const bytes = readFileSync(file);
    const header = `${key}\n`;
    if (bytes.length <= header.length || bytes.toString("latin1", 0, header.length) !== header) return null;
    return deserialize(bytes.subarray(header.length));
  } catch {
    return null;
  }
}
