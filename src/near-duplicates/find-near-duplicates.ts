/**
 * Near-exact duplicates: the same article saved twice with small differences (a repaired encoding, a line of page
 * furniture, an added update paragraph). Two articles are one when they have the same normalised title and outlet
 * and their texts share at least `NEAR_DUPLICATE_SIMILARITY` of their word 4-shingles (Jaccard). Only articles of
 * one title and outlet are compared, so the cost stays linear in the number of files.
 */
import { dateValue } from "../dates.ts";

// Note: measured on 398 article leads of about 100 words (the AllSides set): a copy with one sentence added or three
// lines of page furniture scores 0.84 at least (median 0.88), one word replaced 0.88 at least; a copy that lost its
// last paragraph drops to a median of 0.72, and an excerpt is not the same file. Longer articles score higher still.
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
const SHINGLE = 4;
// Note: texts shorter than this (headline-only feed items, captions) cannot be compared by shingles: they must be
// equal, and their links must not differ.
const MIN_WORDS = 12;

/** What the comparison needs of an article. */
export interface DuplicateCandidate {
  file: string;
  title: string;
  publisher: string | null;
  text: string;
  url: string | null;
  date: string | null;
}

/** A file that repeats another, with the share of text they have in common (0–1). */
export interface NearDuplicate {
  file: string;
  of: string;
  similarity: number;
}

const normalise = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

// Note: a title is compared as written but for case, spacing, quote and dash styles and closing punctuation
// (“Storm” and "storm", – and -); other punctuation stays, since it can tell two different headlines apart.
const normaliseTitle = (text: string): string =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[\s.!?…:;,]+$/u, "")
    .trim();

/** The near-exact duplicates among `articles`; each names the article it repeats (the newest, then longest, then first by path). */
export function findNearDuplicates(articles: readonly DuplicateCandidate[]): NearDuplicate[] {
  const groups = new Map<string, DuplicateCandidate[]>();
  for (const article of articles) {
    const key = `${normaliseTitle(article.title)}\u0000${normaliseTitle(article.publisher ?? "")}`;
    groups.set(key, [...(groups.get(key) ?? []), article]);
  }
  const duplicates: NearDuplicate[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const kept: Array<{ article: DuplicateCandidate; words: string[]; shingles: Set<string> }> = [];
    for (const article of [...group].sort(preference)) {
      const words = normalise(article.text).split(" ").filter(Boolean);
      const shingles = shinglesOf(words);
      let match: NearDuplicate | null = null;
      for (const other of kept) {
        const similarity = similarityOf(article, words, shingles, other.article, other.words, other.shingles);
        if (similarity >= NEAR_DUPLICATE_SIMILARITY && (match === null || similarity > match.similarity)) match = { file: article.file, of: other.article.file, similarity };
      }
      if (match) duplicates.push(match);
      else kept.push({ article, words, shingles });
    }
  }
  return duplicates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Newest first (undated last), then the longer text, then path order. */
function preference(a: DuplicateCandidate, b: DuplicateCandidate): number {
  const da = dateValue(a.date) ?? -Infinity;
  const db = dateValue(b.date) ?? -Infinity;
  if (da !== db) return db - da;
  if (a.text.length !== b.text.length) return b.text.length - a.text.length;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** The word 4-shingles of a text, normalised as near-duplicates are compared (republished copies use the same measure). */
export function wordShingles(text: string): Set<string> {
  return shinglesOf(normalise(text).split(" ").filter(Boolean));
}

function shinglesOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i += 1) out.add(words.slice(i, i + SHINGLE).join(" "));
  return out;
}

function similarityOf(a: DuplicateCandidate, aWords: string[], aShingles: Set<string>, b: DuplicateCandidate, bWords: string[], bShingles: Set<string>): number {
  if (aWords.length < MIN_WORDS || bWords.length < MIN_WORDS) {
    const sameLink = a.url === null || b.url === null || a.url === b.url;
    return sameLink && aWords.join(" ") === bWords.join(" ") ? 1 : 0;
  }
  let shared = 0;
  for (const shingle of aShingles) if (bShingles.has(shingle)) shared += 1;
  return shared / (aShingles.size + bShingles.size - shared);
}
