/**
 * Finds the pairs of articles worth comparing without comparing all pairs: an inverted index over every term,
 * queried with each article's heaviest (rarest, most repeated) terms, with long posting lists read only near the
 * article in time. Cost grows with the number of articles times the bounds below, not with its square.
 */
import type { FeatureSet, SparseVector } from "./featurize-articles.ts";

// Note: an article's event is named by a handful of rare terms; ten covers a headline and the key words of a lead.
const QUERY_TERMS = 10;
// Note: a posting list longer than this (a common word, or a very large story) is read only at the entries nearest
// the article in time; 200 neighbours in time reach far enough to tie even a 300-article story together.
const POSTING_SCAN = 200;
// Note: neighbours kept per article; clustering needs the closest few, and scores were flat from 10 to 50.
const CANDIDATES_PER_ARTICLE = 20;

/** Every posting list in three flat arrays; list `t` is entries `start[t]` to `start[t + 1]`. */
interface Postings {
  start: Int32Array;
  /** Article indices: dated ones by time then index, undated ones last by index. */
  articles: Int32Array;
  weights: Float64Array;
  /** Start time of each entry (+∞ when undated), for binary search. */
  times: Float64Array;
}

/** Candidate pairs `[i, j]` (indices into `set.features`, i < j), sorted, each once. */
export function buildCandidatePairs(set: FeatureSet): Array<[number, number]> {
  const { features, documentFrequency } = set;
  const n = features.length;
  const postings = buildPostings(set);
  const score = new Float64Array(n);
  const touched: number[] = [];
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];

  for (const article of features) {
    const { terms, weights } = article.vector;
    const time = article.time?.from ?? null;
    for (const k of queryTerms(article.vector, documentFrequency)) {
      const term = terms[k] ?? 0;
      const weight = weights[k] ?? 0;
      const [from, to] = rangeNear(postings, term, time);
      for (let p = from; p < to; p++) {
        const other = postings.articles[p] ?? 0;
        if (other === article.index) continue;
        if (score[other] === 0) touched.push(other);
        score[other] = (score[other] ?? 0) + weight * (postings.weights[p] ?? 0);
      }
    }
    for (const other of strongest(touched, score, CANDIDATES_PER_ARTICLE)) {
      const i = Math.min(article.index, other);
      const j = Math.max(article.index, other);
      const key = i * n + j;
      if (!seen.has(key)) {
        seen.add(key);
        pairs.push([i, j]);
      }
    }
    for (const other of touched) score[other] = 0;
    touched.length = 0;
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Positions in `vector` of its `QUERY_TERMS` heaviest terms found in other articles too; ties by position. */
function queryTerms(vector: SparseVector, documentFrequency: Int32Array): number[] {
  const positions: number[] = [];
  for (let k = 0; k < vector.terms.length; k++) if ((documentFrequency[vector.terms[k] ?? 0] ?? 0) > 1) positions.push(k);
  const weights = vector.weights;
  positions.sort((x, y) => (weights[y] ?? 0) - (weights[x] ?? 0) || x - y);
  return positions.length > QUERY_TERMS ? positions.slice(0, QUERY_TERMS) : positions;
}

/**
 * The `k` articles of `touched` with the highest `score`, best first, ties by lower index so that the choice never
 * depends on the order the posting lists were read in. O(touched × k) at worst; usually one comparison each.
 */
function strongest(touched: readonly number[], score: Float64Array, k: number): number[] {
  const best: number[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  let floorIndex = -1;
  for (const other of touched) {
    const value = score[other] ?? 0;
    if (best.length === k && (value < floor || (value === floor && other > floorIndex))) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0) {
      const above = best[at - 1] ?? 0;
      const aboveValue = score[above] ?? 0;
      if (value < aboveValue || (value === aboveValue && other > above)) break;
      best[at] = above;
      at--;
    }
    best[at] = other;
    floorIndex = best[best.length - 1] ?? -1;
    floor = score[floorIndex] ?? 0;
  }
  return best;
}

/** Postings of the terms in two or more articles, filled in time order so that no list needs sorting. */
function buildPostings({ features, documentFrequency, vocabulary }: FeatureSet): Postings {
  const start = new Int32Array(vocabulary.length + 1);
  for (let t = 0; t < vocabulary.length; t++) {
    const df = documentFrequency[t] ?? 0;
    start[t + 1] = (start[t] ?? 0) + (df > 1 ? df : 0);
  }
  const total = start[vocabulary.length] ?? 0;
  const postings: Postings = { start, articles: new Int32Array(total), weights: new Float64Array(total), times: new Float64Array(total) };
  const timeOf = Float64Array.from(features, (f) => f.time?.from ?? Number.POSITIVE_INFINITY);
  const order = Int32Array.from(features, (_, i) => i).sort((a, b) => (timeOf[a] ?? 0) - (timeOf[b] ?? 0) || a - b);
  const cursor = start.slice(0, vocabulary.length);
  for (const i of order) {
    const { terms, weights } = features[i]?.vector ?? { terms: new Int32Array(0), weights: new Float64Array(0) };
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k] ?? 0;
      if ((documentFrequency[term] ?? 0) < 2) continue;
      const p = cursor[term] ?? 0;
      cursor[term] = p + 1;
      postings.articles[p] = i;
      postings.weights[p] = weights[k] ?? 0;
      postings.times[p] = timeOf[i] ?? 0;
    }
  }
  return postings;
}

/**
 * The entries of `term`'s list to compare with an article at `time`: all of a short list; of a long one, the
 * `POSTING_SCAN` entries nearest in time (for an undated article, the end of the list: other undated articles and
 * the latest dated ones).
 */
function rangeNear(postings: Postings, term: number, time: number | null): [number, number] {
  const first = postings.start[term] ?? 0;
  const end = postings.start[term + 1] ?? first;
  if (end - first <= POSTING_SCAN) return [first, end];
  if (time === null) return [end - POSTING_SCAN, end];
  let lo = first;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((postings.times[mid] ?? 0) < time) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(first, Math.min(lo - POSTING_SCAN / 2, end - POSTING_SCAN));
  return [from, from + POSTING_SCAN];
}
