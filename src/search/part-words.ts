/**
 * The words of each part of the search index, by the hash of the part's pages: a build whose part has the same pages
 * takes the part's words from here instead of reading them out of every page again (the whole site's vocabulary is
 * the union of its parts' words, and a part's words depend on its pages only).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";

/** A part's words and how many of its pages Pagefind indexes, by the hash of its pages. */
export interface PartWords {
  marked: number;
  words: string[];
}

/** The words kept for the parts of one output folder's search index. */
export class PartWordsCache {
  private readonly fresh = new Map<string, PartWords>();

  private constructor(
    private readonly file: string,
    private readonly known: Map<string, PartWords>,
  ) {}

  /** Open the file; an unreadable or foreign one is an empty cache. */
  static read(file: string): PartWordsCache {
    try {
      const value: unknown = deserialize(readFileSync(file));
      const entries = Array.isArray(value) ? value.filter(isEntry) : [];
      return new PartWordsCache(file, new Map(entries));
    } catch {
      return new PartWordsCache(file, new Map());
    }
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

  /** Write the words of this build's parts only. */
  save(): void {
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize([...this.fresh]));
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
