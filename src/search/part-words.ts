/**
 * The words of each part of the search index, by the hash of the part's pages: a build whose part has the same pages
 * takes the part's words from here instead of reading them out of every page again (the whole site's vocabulary is
 * the union of its parts' words, and a part's words depend on its pages only). Beside them, what each page is to the
 * index, by the page's key (src/eleventy/reuse-pages.ts): a page with the same key has the same bytes, so a page
 * copied from the published site is not read again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";

/** A part's words and how many of its pages Pagefind indexes, by the hash of its pages. */
export interface PartWords {
  marked: number;
  words: string[];
}

/** What one page is to the search index: the hash of what Pagefind reads of it, whether it is indexed, its words. */
export interface IndexedPageDigest {
  digest: string;
  marked: boolean;
  /** Its words, separated by spaces (src/search/search-vocabulary.ts). */
  words: string;
  /** Its earliest day filter (`YYYY-MM-DD`), which places it in a part; null when it has none. */
  day: string | null;
}

/** The words kept for the parts of one output folder's search index. */
export class PartWordsCache {
  private readonly fresh = new Map<string, PartWords>();
  private readonly freshPages = new Map<string, IndexedPageDigest>();

  private constructor(
    private readonly file: string,
    private readonly known: Map<string, PartWords>,
    private readonly knownPages: Map<string, IndexedPageDigest>,
  ) {}

  /** Open the file; an unreadable or foreign one is an empty cache. */
  static read(file: string): PartWordsCache {
    try {
      const value: unknown = deserialize(readFileSync(file));
      const parts: unknown = typeof value === "object" && value !== null && "parts" in value ? value.parts : null;
      const pages: unknown = typeof value === "object" && value !== null && "pages" in value ? value.pages : null;
      return new PartWordsCache(file, new Map(Array.isArray(parts) ? parts.filter(isEntry) : []), new Map(Array.isArray(pages) ? pages.filter(isPageEntry) : []));
    } catch {
      return new PartWordsCache(file, new Map(), new Map());
    }
  }

  /** What the page of key `key` is to the index, or null. */
  page(key: string): IndexedPageDigest | null {
    const found = this.knownPages.get(key) ?? null;
    if (found) this.freshPages.set(key, found);
    return found;
  }

  /** Keep what a page is to the index for the next build. */
  setPage(key: string, page: IndexedPageDigest): void {
    this.freshPages.set(key, page);
  }

  /** The part's words when its pages hash to `digest`, or null. */
  get(digest: string): PartWords | null {
    const found = this.known.get(digest) ?? null;
    if (found) this.fresh.set(digest, found);
    return found;
  }

  /** Keep a part's words for the next build. */
  set(digest: string, words: PartWords): void {
    this.fresh.set(digest, words);
  }

  /** Write the words of this build's parts and pages only. */
  save(): void {
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({ parts: [...this.fresh], pages: [...this.freshPages] }));
      renameSync(temporary, this.file);
    } catch {
      // Note: words that cannot be kept are read from the pages again next time.
    }
  }
}

function isEntry(entry: unknown): entry is [string, PartWords] {
  if (!Array.isArray(entry) || typeof entry[0] !== "string") return false;
  const words: unknown = entry[1];
  return typeof words === "object" && words !== null && "marked" in words && typeof words.marked === "number" && "words" in words && Array.isArray(words.words) && words.words.every((word) => typeof word === "string");
}

function isPageEntry(entry: unknown): entry is [string, IndexedPageDigest] {
  if (!Array.isArray(entry) || typeof entry[0] !== "string") return false;
  const page: unknown = entry[1];
  return typeof page === "object" && page !== null && "digest" in page && typeof page.digest === "string" && "marked" in page && typeof page.marked === "boolean" && "words" in page && typeof page.words === "string" &&
    "day" in page && (page.day === null || typeof page.day === "string");
}
