/**
 * The pages the search index is made of: listed folder by folder in name order, and read once per build for what
 * the index's parts need (a hash of their pages, how many Pagefind indexes, the words of the site's vocabulary).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { type IndexedPageDigest, type PartWords, PartWordsCache } from "./part-words.ts";
import { VocabularyBuilder, pageWords, withoutIgnored } from "./search-vocabulary.ts";

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

// Note: Pagefind leaves out the text of an element marked `data-pagefind-ignore`, but still reads the filters and
// metadata inside it, and may read its anchors and images: only text and links leave a page's digest.
const PAGEFIND_DATA = /\sdata-pagefind-(?!ignore\b)/;
const ANCHOR_OR_IMAGE = /<[a-z][^>]*\s(?:id|src|srcset)=[^>]*>/g;

/**
 * What Pagefind reads of a page: the page less the text of the elements it ignores. The grouping's explanation and
 * the related stories change with edits elsewhere in the site; a part whose pages changed only there is reused.
 */
export function indexedView(html: string): string {
  return withoutIgnored(html, (element) => (PAGEFIND_DATA.test(element) ? element : ` ${(element.match(ANCHOR_OR_IMAGE) ?? []).join("")} `));
}

/**
 * What one part's pages are: their hash, how many Pagefind indexes, and their words (when there are parts). `keys`
 * are the pages' keys (src/eleventy/reuse-pages.ts), by file: a page whose key `cached` knows is not read, and a
 * part whose pages `cached` knows takes its words from there.
 */
export function scanPart(outputDir: string, list: readonly IndexedPage[], withWords: boolean, cached: PartWordsCache | null, keys?: ReadonlyMap<string, string>): PartWords & { digest: string } {
  const hash = createHash("sha256");
  const seen: IndexedPageDigest[] = [];
  let marked = 0;
  for (const page of list) {
    const file = pageFileOf(page);
    const key = keys?.get(file);
    let found: IndexedPageDigest | null = key && cached ? cached.page(key) : null;
    if (!found) {
      const html = readFileSync(path.join(outputDir, file), "utf8");
      // Note: without a cache the digest is never compared, so it is not made; with one, the words are always kept,
      // for the day the site has parts.
      found = {
        digest: cached ? createHash("sha256").update(indexedView(html)).digest("hex") : "",
        marked: html.includes(INDEXED_BODY),
        words: cached || withWords ? pageWords(html).join(" ") : "",
      };
      if (key && cached) cached.setPage(key, found);
    }
    seen.push(found);
    if (found.marked) marked += 1;
    hash.update(`${file}\0${found.digest}\0`);
  }
  const digest = hash.digest("hex");
  if (!withWords) return { digest, marked, words: [] };
  const known = cached?.get(digest);
  if (known && known.marked === marked) return { digest, ...known };
  const builder = new VocabularyBuilder();
  for (const page of seen) if (page.words) builder.add(page.words.split(" "));
  const words = { marked, words: builder.list() };
  cached?.set(digest, words);
  return { digest, ...words };
}

/** A page's file, relative to the output folder. */
export function pageFileOf(page: IndexedPage): string {
  return `${page.folder}/${page.name}/index.html`;
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
