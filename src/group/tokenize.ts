/**
 * Turns text into the words grouping reads: split into units (sentences, lines, headline parts), each word folded
 * (case, accents, apostrophes; hyphens and acronym dots resolved), stop words dropped, Porter-stemmed into terms,
 * so that "Lee Jae-myung" and "Lee Jae Myung", "vaccines" and "vaccinated" meet.
 */
import { stemmer } from "stemmer";
import { eng } from "stopword";

// Note: the `stopword` English list (108 words) lacks several function words that are frequent in news copy;
// on a small content folder IDF cannot discount them, so they are added here. Function words and honorifics
// only: no topic words.
const MORE_FUNCTION_WORDS = [
  "she", "hers", "herself", "its", "itself", "it's", "they're", "we're", "you're", "i'm", "ours", "yours", "theirs",
  "will", "shall", "may", "does", "done", "doing", "having", "not", "no", "nor", "so", "just", "off", "onto",
  "upon", "via", "per", "whom", "whose", "why", "when", "s", "t", "don't", "won't", "can't", "isn't",
  "aren't", "wasn't", "weren't", "didn't", "doesn't", "hasn't", "haven't", "hadn't", "couldn't", "wouldn't",
  "shouldn't", "mr", "mrs", "ms", "dr", "amp", "nbsp",
];

/** Folded forms of the words grouping ignores. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...MORE_FUNCTION_WORDS].map((w) => foldText(w)));

/** A word as written, with what grouping needs to know about it. */
export interface Word {
  readonly raw: string;
  readonly capitalised: boolean;
  /** Starts with a letter (not a digit). */
  readonly letter: boolean;
  readonly possessive: boolean;
  /** Folded parts, stop words left out: `Jae-myung` → `jae`, `myung`; `U.S.` → `us`; `Mr` → none. */
  readonly parts: readonly string[];
  /** The parts' stemmed terms (`vaccines` → `vaccin`), one-letter parts left out. */
  readonly terms: readonly string[];
  /** The part each term was stemmed from, to show readers a word rather than a stem. */
  readonly termParts: readonly string[];
}

/** A sentence, line, or headline part (a headline's " - Outlet" and "Topic: " are parts of their own), as words. */
export type Unit = readonly Word[];

const RAW_WORD = /[\p{L}\p{N}]+(?:[-'\u2019.&][\p{L}\p{N}]+)*/gu;
// Between two words, what ends a unit: a line break; a sentence end before a capital; a spaced dash or bar
// (" - BBC"); a colon ("Explainer: …").
const SENTENCE_END = /[.!?][\u201d"')]*\s+["\u201c(]*$/u;
const PART_BREAK = /\n|\s[-\u2013\u2014|]\s|:\s/u;

/**
 * Lower case, accents and compatibility forms folded, typographic apostrophes and dashes made plain, dotted
 * acronyms closed up (`U.S.` → `us`), so that spelling variants of one name compare equal.
 */
export function foldText(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      // Note: `u.s.` and `j.c.` must become one word, or their letters are dropped as too short.
      .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, "$1")
      .replace(/(\p{L})&(\p{L})/gu, "$1$2")
  );
}

/** The units of `text`, each word analysed; one pass over the words, looking at the gap before each. */
export function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let words: Word[] = [];
  let end = 0;
  for (const match of text.matchAll(RAW_WORD)) {
    const word = analyse(match[0]);
    // The usual gap, one space, breaks nothing: only longer gaps are looked at.
    if (words.length > 0 && !(match.index === end + 1 && text.charCodeAt(end) === 32)) {
      const gap = text.slice(end, match.index);
      if (PART_BREAK.test(gap) || (word.capitalised && SENTENCE_END.test(gap))) {
        units.push(words);
        words = [];
      }
    }
    words.push(word);
    end = match.index + match[0].length;
  }
  if (words.length > 0) units.push(words);
  return units;
}

/** The stemmed terms of `text`, in order. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const unit of splitUnits(text)) for (const word of unit) terms.push(...word.terms);
  return terms;
}

// Note: folding and stemming are the costly steps and news repeats its words; a bounded memo per written word
// makes 64,000 articles cheap.
const MEMO_LIMIT = 200_000;
const memo = new Map<string, Word>();

function analyse(raw: string): Word {
  const known = memo.get(raw);
  if (known !== undefined) return known;
  const possessive = /['\u2019]s$/u.test(raw);
  const parts = foldText(raw)
    .replace(/'s$/u, "")
    .split(/[-.]/)
    .filter((p) => p.length > 0 && !STOP_WORDS.has(p))
    .map((p) => p.replace(/'/g, ""))
    .filter((p) => p.length > 0);
  const termParts = parts.filter((p) => p.length >= 2);
  const word: Word = { raw, capitalised: /^\p{Lu}/u.test(raw), letter: /^\p{L}/u.test(raw), possessive, parts, terms: termParts.map(stem), termParts };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, word);
  return word;
}

/** Numbers are kept whole (`2026`, `737`): stemming would cut `1990s` and similar to nonsense. */
function stem(part: string): string {
  return /^\p{N}/u.test(part) ? part : stemmer(part);
}

/** The first `words` words of `text`, as written (all of it when shorter). */
export function firstWords(text: string, words: number): string {
  let count = 0;
  for (const gap of text.matchAll(/\s+/g)) if (++count >= words) return text.slice(0, gap.index);
  return text;
}
