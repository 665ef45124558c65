/**
 * The pages the search index is made of: listed folder by folder in name order, and read once per build for what
 * the index's parts need (a hash of their pages, how many Pagefind indexes, the words of the site's vocabulary).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { type IndexedPageDigest, type PartWords, PartWordsCache } from "./part-words.ts";
import { VocabularyBuilder, pageWords, withoutIgnored } from "./search-vocabulary.ts";

// Note: only these pages are indexed; lists (home, outlets, topics, archive) repeat their headlines.
export const INDEXED_FOLDERS = ["stories", "articles"];
// Note: Pagefind writes only the pages that mark their body, once any page does (every story and article page does;
// redirect pages do not).
const INDEXED_BODY = "data-pagefind-body";

/** A story or article page of the output. */
export interface IndexedPage {
  folder: string;
  name: string;
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

/** A page with what it is to the search index. */
export interface ScannedPage extends IndexedPage {
  found: IndexedPageDigest;
}

/**
 * What each page is to the index: the hash of what Pagefind reads, whether it is indexed, and its words (when
 * `withWords`, or when there is a cache to keep them in). `keys` are the pages' keys (src/eleventy/reuse-pages.ts), by
 * file: a page whose key `cached` knows is not read.
 */
export function scanPages(outputDir: string, pages: readonly IndexedPage[], withWords: boolean, cached: PartWordsCache | null, keys?: ReadonlyMap<string, string>): ScannedPage[] {
  return pages.map((page) => {
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
        day: earliestDay(html),
      };
      if (key && cached) cached.setPage(key, found);
    }
    return { ...page, found };
  });
}

/**
 * What one part's pages are: their hash, how many Pagefind indexes, and their words (when there are parts); a part
 * whose pages `cached` knows takes its words from there.
 */
export function scanPart(list: readonly ScannedPage[], withWords: boolean, cached: PartWordsCache | null): PartWords & { digest: string } {
  const hash = createHash("sha256");
  let marked = 0;
  for (const page of list) {
    if (page.found.marked) marked += 1;
    hash.update(`${pageFileOf(page)}\0${page.found.digest}\0`);
  }
  const digest = hash.digest("hex");
  if (!withWords) return { digest, marked, words: [] };
  const known = cached?.get(digest);
  if (known && known.marked === marked) return { digest, ...known };
  const builder = new VocabularyBuilder();
  for (const page of list) if (page.found.words) builder.add(page.found.words.split(" "));
  const words = { marked, words: builder.list() };
  cached?.set(digest, words);
  return { digest, ...words };
}

const DAY_FILTER = /data-pagefind-filter="day">(\d{4}-\d{2}-\d{2})</g;

/** The earliest of a page's day filters (an article's day; the first day of a story's coverage), or null. */
function earliestDay(html: string): string | null {
  let earliest: string | null = null;
  for (const match of html.matchAll(DAY_FILTER)) {
    const day = match[1] ?? "";
    if (earliest === null || day < earliest) earliest = day;
  }
  return earliest;
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
