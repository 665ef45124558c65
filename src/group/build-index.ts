/**
 * Finds the pairs of articles worth comparing without comparing all pairs: an inverted index over every term,
 * queried with each article's heaviest (rarest, most repeated) terms, with long posting lists read only near the
 * article in time. Cost grows with the number of articles times the bounds below, not with its square.
 */
import type { FeatureSet, SparseVector } from "./featurize-articles.ts";

// Note: an article's event is named by a handful of rare terms; ten covers a headline and the key words of a lead.
const QUERY_TERMS = 10;
// Note: an article is indexed under its heaviest terms only; twenty hold a headline and the gist of a lead.
const INDEX_TERMS = 20;
// Note: a posting list longer than this (a common word, or a very large story) is read only at the entries nearest
// the article in time; 100 neighbours in time were as good as 200 on both datasets, and halve the scan.
const POSTING_SCAN = 100;
// Note: neighbours kept per article; clustering needs the closest few: 10, 15, 20 and 50 scored alike (10 best by
// 0.002 on AllSides half A), and fewer means fewer pairs to score and queue.
export const CANDIDATES_PER_ARTICLE = 10;

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
  // A pair is kept as one number, i * n + j, so that collecting, deduplicating and sorting them is cheap.
  const keys: number[] = [];

  const postingArticles = postings.articles;
  const postingWeights = postings.weights;
  for (const article of features) {
    const { terms, weights } = article.vector;
    const time = article.time?.from ?? null;
    const self = article.index;
    for (const k of heaviestTerms(article.vector, documentFrequency, QUERY_TERMS)) {
      const weight = weights[k] ?? 0;
      const [from, to] = rangeNear(postings, terms[k] ?? 0, time);
      // The hot loop of grouping: indices are in range by construction, hence the assertions.
      for (let p = from; p < to; p++) {
        const other = postingArticles[p]!;
        if (other === self) continue;
        const before = score[other]!;
        if (before === 0) touched.push(other);
        score[other] = before + weight * postingWeights[p]!;
      }
    }
    for (const other of strongest(touched, score, CANDIDATES_PER_ARTICLE)) keys.push(Math.min(self, other) * n + Math.max(self, other));
    for (const other of touched) score[other] = 0;
    touched.length = 0;
  }
  const sortedKeys = Float64Array.from(keys).sort();
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < sortedKeys.length; k++) {
    const key = sortedKeys[k]!;
    if (k > 0 && key === sortedKeys[k - 1]) continue;
    const i = Math.floor(key / n);
    pairs.push([i, key - i * n]);
  }
  return pairs;
}

/** Positions in `vector` of its `count` heaviest terms found in other articles too, heaviest first; ties by position. */
function heaviestTerms(vector: SparseVector, documentFrequency: Int32Array, count: number): number[] {
  const best: number[] = [];
  const weights = vector.weights;
  for (let k = 0; k < vector.terms.length; k++) {
    if (documentFrequency[vector.terms[k]!]! < 2) continue;
    const weight = weights[k]!;
    if (best.length === count && weight <= weights[best[count - 1]!]!) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && weight > weights[best[at - 1]!]!) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = k;
  }
  return best;
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

/**
 * Postings of each article's `INDEX_TERMS` heaviest shared terms, filled in time order so that no list needs
 * sorting. A term that is minor in an article (one mention in a long lead) does not make it a candidate.
 */
function buildPostings({ features, documentFrequency, vocabulary }: FeatureSet): Postings {
  const indexed = features.map((f) => heaviestTerms(f.vector, documentFrequency, INDEX_TERMS));
  const start = new Int32Array(vocabulary.length + 1);
  for (const [i, positions] of indexed.entries()) {
    const terms = features[i]!.vector.terms;
    for (const k of positions) start[terms[k]! + 1]!++;
  }
  for (let t = 0; t < vocabulary.length; t++) start[t + 1]! += start[t]!;
  const total = start[vocabulary.length]!;
  const postings: Postings = { start, articles: new Int32Array(total), weights: new Float64Array(total), times: new Float64Array(total) };
  const timeOf = Float64Array.from(features, (f) => f.time?.from ?? Number.POSITIVE_INFINITY);
  const order = Int32Array.from(features, (_, i) => i).sort((a, b) => timeOf[a]! - timeOf[b]! || a - b);
  const cursor = start.slice(0, vocabulary.length);
  for (const i of order) {
    const { terms, weights } = features[i]!.vector;
    for (const k of indexed[i]!) {
      const term = terms[k]!;
      const p = cursor[term]!;
      cursor[term] = p + 1;
      postings.articles[p] = i;
      postings.weights[p] = weights[k]!;
      postings.times[p] = timeOf[i]!;
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
