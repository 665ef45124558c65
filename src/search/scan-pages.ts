/**
 * The pages the search index is made of: listed folder by folder in name order, and read once per build for what
 * the index's parts need (a hash of their pages, how many Pagefind indexes, the words of the site's vocabulary).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { type PartWords, PartWordsCache } from "./part-words.ts";
import { VocabularyBuilder } from "./search-vocabulary.ts";

// Note: only these pages are indexed; lists (home, outlets, topics, archive) repeat their headlines.
// Pagefind numbers pages in the order it lists them, and a folder's listing follows the order its entries were made
// on some file systems: one folder at a time, so that when the article pages were written (by one Eleventy run
// or by render workers, src/eleventy/render-shards.ts) does not change the index.
export const INDEXED_FOLDERS = ["stories", "articles"];
// Note: Pagefind writes only the pages that mark their body, once any page does (every story and article page does;
// redirect pages do not).
const INDEXED_BODY = "data-pagefind-body";

/** A story or article page of the output. */
export interface IndexedPage {
  folder: string;
  name: string;
}

/**
 * Make the folder's entries in name order. Pagefind numbers pages in the order a folder lists them, which on some file
 * systems (tmpfs) is the order they were made in; a build that renders some pages and copies the others makes them
 * in another order than a cold build, and must still write the same index.
 */
export function inNameOrder(folder: string): void {
  if (!existsSync(folder)) return;
  const sorted = `${folder}.in-order`;
  rmSync(sorted, { recursive: true, force: true });
  mkdirSync(sorted);
  for (const name of readdirSync(folder).sort()) renameSync(path.join(folder, name), path.join(sorted, name));
  rmSync(folder, { recursive: true });
  renameSync(sorted, folder);
}

/** What one part's pages are: their hash, how many Pagefind indexes, and their words (when there are parts). */
export function scanPart(outputDir: string, list: readonly IndexedPage[], withWords: boolean, cached: PartWordsCache | null): PartWords & { digest: string } {
  const hash = createHash("sha256");
  const builder = withWords && !cached ? new VocabularyBuilder() : null;
  let marked = 0;
  const read = (page: IndexedPage): Buffer => readFileSync(path.join(outputDir, page.folder, page.name, "index.html"));
  for (const page of list) {
    const bytes = read(page);
    if (bytes.includes(INDEXED_BODY)) marked += 1;
    builder?.add(bytes.toString("utf8"));
    hash.update(`${page.folder}/${page.name}\0`).update(bytes).update("\0");
  }
  const digest = hash.digest("hex");
  if (!withWords) return { digest, marked, words: [] };
  if (builder) return { digest, marked, words: builder.list() };
  const known = cached?.get(digest);
  if (known && known.marked === marked) return { digest, ...known };
  // Note: read again rather than kept from the pass above, so that only parts that changed hold their pages' words.
  const fresh = new VocabularyBuilder();
  for (const page of list) fresh.add(read(page).toString("utf8"));
  const found = { marked, words: fresh.list() };
  cached?.set(digest, found);
  return { digest, ...found };
}

/** The file of the parts' words, beside the record of the parts. */
export function wordsFileOf(record: string): string {
  return path.join(path.dirname(record), path.basename(record).replace(/^search-/, "search-words-").replace(/\.json$/, ".bin"));
}

/** The indexed pages, folder by folder, in name order. */
export function listPages(outputDir: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const folder of INDEXED_FOLDERS) {
    const root = path.join(outputDir, folder);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      if (existsSync(path.join(root, name, "index.html"))) pages.push({ folder, name });
    }
  }
  return pages;
}
