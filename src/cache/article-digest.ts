/** A hash of an article, whole: what the caches of grouping and of stories' reports key on. */
import { createHash } from "node:crypto";
import type { Article } from "../types.ts";

// Note: an article object is never changed once made (an override makes a new one), so its digest is kept with it.
const digests = new WeakMap<Article, string>();

/** sha256 of the article's JSON. */
export function articleDigest(article: Article): string {
  let digest = digests.get(article);
  if (digest === undefined) {
    // Note: JSON, not v8's serializer, which writes a string as one- or two-byte as V8 happens to hold it, so that
    // the same article, processed now or read from the cache, would hash apart.
    digest = createHash("sha256").update(JSON.stringify(article)).digest("base64");
    digests.set(article, digest);
  }
  return digest;
}
