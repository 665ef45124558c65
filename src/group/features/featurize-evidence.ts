/**
 * The evidence a pair score reads beside the combined vector: title words, body words, names and figures, each
 * as a TF-IDF vector of its own, and the dates the text mentions.
 */
import type { Article } from "../../types.ts";
import type { SparseVector } from "../sparse-vectors.ts";
import { fnv1a } from "../hash-shingles.ts";
import { distinctSorted } from "../sorted-lists.ts";
import { firstWords, type TextLanguage, tokenize } from "../tokenize.ts";
import { extractMentionedDates, type MentionedDate, mentionedWeekdays } from "./extract-mentioned-dates.ts";
import { extractNumbers } from "./extract-numbers.ts";
import { weighBags } from "./weigh-bags.ts";

/** One article's evidence vectors (unit length, or empty when it has none of that kind). */
export interface ArticleEvidence {
  title: SparseVector;
  /** Empty when the article has too little body text to compare (a headline, a teaser). */
  body: SparseVector;
  entities: SparseVector;
  numbers: SparseVector;
  /** Figure keys as read (`14 memorandum`), for the "why grouped" disclosure. */
  numberKeys: readonly string[];
  /** Hashes of the figures' values alone (`385000`, `$568`), ascending, distinct; years left out. */
  figureValues: Uint32Array;
  mentionedDates: readonly MentionedDate[];
  /** Hashes of the body's runs of three terms, ascending, distinct: shared quotes and phrasings. */
  phrases: Uint32Array;
  /** Weekdays the title and lead name, as bits (Monday = 1). */
  weekdays: number;
}

// Note: below a sentence or so there is no body to compare (a headline alone, a caption); a feed's two-sentence
// summary is a body, and must not be weighed as a bare headline.
const MIN_BODY_WORDS = 12;
// Note: the first 400 words hold what a report says about its event; the rest is background, and costly to read.
const BODY_WORDS = 400;

/**
 * Evidence for each article, in order, from `texts` (the articles' texts without their outlets' furniture), read
 * in `languages`; `titleTerms` and `entityKeys` come from the combined featurization.
 */
export function featurizeEvidence(
  articles: readonly Article[],
  texts: readonly string[],
  languages: readonly TextLanguage[],
  titleTerms: ReadonlyArray<readonly string[]>,
  entityKeys: ReadonlyArray<readonly string[]>,
): ArticleEvidence[] {
  const bodies = articles.map((a, i) => firstWords(a.related.length > 0 ? "" : (texts[i] ?? "").trim() || a.summary?.trim() || "", BODY_WORDS));
  const bodyTerms = bodies.map((body, i) => (countWords(body) >= MIN_BODY_WORDS ? tokenize(body, languages[i]) : []));
  const numberKeys = articles.map((a, i) => extractNumbers(`${a.title}\n${bodies[i] ?? ""}`));
  const title = weighBags(titleTerms);
  const body = weighBags(bodyTerms);
  const entities = weighBags(entityKeys);
  const numbers = weighBags(numberKeys);
  const empty: SparseVector = { terms: new Int32Array(0), weights: new Float64Array(0) };
  return articles.map((a, i) => ({
    title: title[i] ?? empty,
    body: body[i] ?? empty,
    entities: entities[i] ?? empty,
    numbers: numbers[i] ?? empty,
    numberKeys: numberKeys[i] ?? [],
    figureValues: valueHashes(numberKeys[i] ?? []),
    mentionedDates: extractMentionedDates(`${a.title}\n${bodies[i] ?? ""}`),
    phrases: phraseHashes(bodyTerms[i] ?? []),
    weekdays: mentionedWeekdays(`${a.title}\n${firstWords(bodies[i] ?? "", 120)}`),
  }));
}

// Note: a year ("2019") dates the background, not the event: two reports of one topic share it as often as two of
// one event.
const YEAR = /^(1[89]|20)\d\d$/;

/**
 * The values of figure keys, without what they count: two reports of one event give its figures with different
 * words ("385,000 claims", "to 385,000"), and two events of one topic differ in them (a week's jobless claims).
 */
function valueHashes(keys: readonly string[]): Uint32Array {
  const values = new Set<number>();
  for (const key of keys) {
    const value = key.split(" ", 1)[0] ?? "";
    if (!YEAR.test(value)) values.add(fnv1a(value));
  }
  return distinctSorted(Uint32Array.from(values));
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

// Note: three terms (stop words out) make a phrase rare enough that two reports of different events seldom share
// it, and short enough that two reports of one event share the quotes and names they both give.
const PHRASE_TERMS = 3;

function phraseHashes(terms: readonly string[]): Uint32Array {
  if (terms.length < PHRASE_TERMS) return new Uint32Array(0);
  const each = terms.map(fnv1a);
  const hashes = new Uint32Array(each.length - PHRASE_TERMS + 1);
  for (let k = 0; k < hashes.length; k++) {
    let hash = 0;
    for (let m = k; m < k + PHRASE_TERMS; m++) hash = (Math.imul(hash, 0x01000193) ^ each[m]!) >>> 0;
    hashes[k] = hash;
  }
  return distinctSorted(hashes);
}
