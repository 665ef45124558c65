/**
 * Turns articles into what grouping compares: a TF-IDF vector of title, lead and named entities, a time interval,
 * an outlet, a canonical URL, related-coverage titles and the lead's shingles (to spot republished copy).
 */
import { dateValue } from "../dates.ts";
import type { Article } from "../types.ts";
import { extractEntities, learnProperWords } from "./extract-entities.ts";
import type { GroupingParameters } from "./grouping-parameters.ts";
import { hostOf, normaliseUrl } from "./normalise-url.ts";
import { fnv1a, shingleHashes } from "./hash-shingles.ts";
import { firstWords, foldText, splitUnits, textLanguage, tokenize, type Unit, type Word } from "./tokenize.ts";
import type { SparseVector } from "./sparse-vectors.ts";
import { type ArticleEvidence, featurizeEvidence } from "./features/featurize-evidence.ts";
import { urlDay } from "./features/extract-url-date.ts";
import { stripOutletFurniture } from "./features/strip-outlet-furniture.ts";

export type { SparseVector } from "./sparse-vectors.ts";

/** Everything grouping knows about one article, at its index in the id-sorted list. */
export interface ArticleFeatures {
  index: number;
  id: string;
  /** Unit-length TF-IDF vector of title, lead and entities; entity terms are `e:`-prefixed. */
  vector: SparseVector;
  /** Terms of the title alone, for matching an aggregator's related-coverage titles. */
  titleTerms: readonly string[];
  /** Milliseconds; a date without a time of day covers that whole day. Null when undated. */
  time: { from: number; to: number } | null;
  /** The day the URL's path gives (days since 1970), null when it gives none. */
  urlDay: number | null;
  /** Folded outlet name, or the URL's host when no outlet is known. */
  outlet: string | null;
  canonicalUrl: string | null;
  /** Terms of each related-coverage title, and its canonical URL (null when unusable), in the listed order. */
  relatedTitles: ReadonlyArray<readonly string[]>;
  relatedUrls: ReadonlyArray<string | null>;
  /** Hashes of the lead's 4-term shingles, ascending, distinct; empty for a lead too short to compare. */
  shingles: Uint32Array;
  /** Title, body, names, figures and mentioned dates, each compared on its own by the pair score. */
  evidence: ArticleEvidence;
}

/** Features and what their term ids mean. */
export interface FeatureSet {
  features: ArticleFeatures[];
  /** `vocabulary[id]` is the term. */
  vocabulary: readonly string[];
  /** Documents containing each term id. */
  documentFrequency: Int32Array;
  /** A readable word for each stemmed term, and each entity key as first written. */
  surfaces: ReadonlyMap<string, string>;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Features of `articles`, which must already be in their canonical (id) order. */
export function featurizeArticles(articles: readonly Article[], parameters: GroupingParameters): FeatureSet {
  const outlets = articles.map(outletOf);
  const texts = stripOutletFurniture(articles.map((a) => a.text), outlets);
  const leads = articles.map((a, i) => leadOf(a, texts[i] ?? "", parameters.leadWords));
  const languages = articles.map((a, i) => textLanguage(`${a.title}\n${leads[i] ?? ""}`));
  // Units are split once: every article's are needed to learn which words are proper before any is read for names.
  const titleUnits = articles.map((a, i) => splitUnits(a.title, languages[i]));
  const leadUnits = leads.map((lead, i) => splitUnits(lead, languages[i]));
  const properWords = learnProperWords(titleUnits.concat(leadUnits));
  const surfaces = new Map<string, string>();
  const vocabulary: string[] = [];
  const termIds = new Map<string, number>();
  const hashes: number[] = [];
  const idOf = (term: string, surface: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = vocabulary.length;
      termIds.set(term, id);
      vocabulary.push(term);
      hashes.push(fnv1a(term));
      surfaces.set(term, surface);
    }
    return id;
  };

  // Term frequencies are summed in one dense scratch array (reset after each article), far cheaper than a map each.
  let scratch = new Float64Array(4096);
  const touched: number[] = [];
  const accumulate = (ids: readonly number[], weight: number): void => {
    if (weight <= 0) return;
    for (const id of ids) {
      const before = scratch[id]!;
      if (before === 0) touched.push(id);
      scratch[id] = before + weight;
    }
  };
  // Term ids per written word: one identity lookup per word instead of a string lookup per term.
  const idsOfWord = new Map<Word, readonly number[]>();
  const termIdsOf = (units: readonly Unit[]): number[] => {
    const ids: number[] = [];
    for (const unit of units) {
      for (const word of unit) {
        let wordIds = idsOfWord.get(word);
        if (wordIds === undefined) {
          wordIds = word.terms.map((term, k) => idOf(term, word.termParts[k] ?? term));
          idsOfWord.set(word, wordIds);
        }
        for (const id of wordIds) ids.push(id);
      }
    }
    return ids;
  };

  const partial = articles.map((_, index) => {
    const titleIds = termIdsOf(titleUnits[index] ?? []);
    const leadIds = termIdsOf(leadUnits[index] ?? []);
    const mentions = extractEntities(leadUnits[index] ?? [], properWords, extractEntities(titleUnits[index] ?? [], properWords));
    const entityIds = mentions.map((mention) => idOf(`e:${mention.key}`, mention.text));
    if (vocabulary.length > scratch.length) {
      const grown = new Float64Array(Math.max(scratch.length * 2, vocabulary.length));
      grown.set(scratch);
      scratch = grown;
    }
    accumulate(titleIds, parameters.titleWeight);
    accumulate(leadIds, 1);
    accumulate(entityIds, parameters.entityWeight);
    // A typed array sorts numerically, and much faster than an array with a comparator.
    const ids = Int32Array.from(touched).sort();
    touched.length = 0;
    const frequencies = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] ?? 0;
      frequencies[k] = scratch[id] ?? 0;
      scratch[id] = 0;
    }
    return {
      ids,
      frequencies,
      titleTerms: titleIds.map((id) => vocabulary[id] ?? ""),
      entityKeys: mentions.map((mention) => mention.key),
      shingles: shingleHashes(leadIds.map((id) => hashes[id] ?? 0)),
    };
  });

  const documentFrequency = new Int32Array(vocabulary.length);
  for (const { ids } of partial) for (const id of ids) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const n = articles.length;
  // Smoothed IDF (as scikit-learn's): a term in every article keeps weight 1, so a folder of five still compares.
  const idf = (id: number): number => Math.log((n + 1) / ((documentFrequency[id] ?? 0) + 1)) + 1;

  const evidence = featurizeEvidence(
    articles,
    texts,
    languages,
    partial.map((p) => p.titleTerms),
    partial.map((p) => p.entityKeys),
  );
  const features = articles.map((article, index): ArticleFeatures => {
    const part = partial[index];
    return {
      index,
      id: article.id,
      vector: weigh(part?.ids ?? new Int32Array(0), part?.frequencies ?? new Float64Array(0), idf),
      titleTerms: part?.titleTerms ?? [],
      time: timeOf(article.date),
      urlDay: urlDay(article.url),
      outlet: outlets[index] ?? null,
      canonicalUrl: normaliseUrl(article.url),
      relatedTitles: article.related.map((r) => tokenize(r.title)),
      relatedUrls: article.related.map((r) => normaliseUrl(r.url)),
      shingles: part?.shingles ?? new Uint32Array(0),
      evidence: evidence[index]!,
    };
  });
  return { features, vocabulary, documentFrequency, surfaces };
}

/**
 * The first `words` words of the body, or of the summary when there is no body. An aggregator item's body is its
 * list of coverage, so its lead is the listed titles (one line each, without the outlet names between them).
 */
function leadOf(article: Article, text: string, words: number): string {
  if (article.related.length > 0) return article.related.map((r) => r.title).join("\n");
  return firstWords(text.trim() || article.summary?.trim() || "", words);
}

/**
 * Sublinear term frequency (a word said five times is not five times the topic) times IDF, scaled to unit length;
 * `ids` ascending. Below 1 (a weight option under 1) the frequency is taken as is, so a weight never turns negative.
 */
function weigh(ids: Int32Array, frequencies: Float64Array, idf: (id: number) => number): SparseVector {
  const weights = new Float64Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const frequency = frequencies[k] ?? 1;
    const w = (frequency < 1 ? frequency : 1 + Math.log(frequency)) * idf(ids[k] ?? 0);
    weights[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / norm;
  return { terms: ids, weights };
}

/** Hours between two time intervals (0 when they overlap); null when either is undated. */
export function hoursApart(a: { from: number; to: number } | null, b: { from: number; to: number } | null): number | null {
  if (a === null || b === null) return null;
  return Math.max(0, a.from - b.to, b.from - a.to) / HOUR_MS;
}

function timeOf(date: string | null): { from: number; to: number } | null {
  const from = dateValue(date);
  if (from === null || date === null) return null;
  // Note: "2026-01-05" says the day, not midnight: any time that day is as likely.
  return { from, to: date.includes("T") ? from : from + DAY_MS - 1 };
}

function outletOf(article: Article): string | null {
  const name = article.publisher ? foldText(article.publisher).replace(/[^\p{L}\p{N}]+/gu, " ").trim() : "";
  return name || hostOf(article.url);
}
