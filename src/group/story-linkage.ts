/**
 * A story as it grows during clustering, and how well two stories fit together (their linkage): the sum of their
 * members' vectors (the centroid), the time their members span, and which outlets published when.
 */
import type { ArticleFeatures, SparseVector } from "./featurize-articles.ts";
import type { GroupingParameters } from "./grouping-parameters.ts";
import { dot, timeFactor } from "./score-pair.ts";
import { countCommon } from "./sorted-lists.ts";

interface Interval {
  from: number;
  to: number;
}

/** A story being grown; `version` changes with every article it takes in. */
export interface GrowingStory {
  size: number;
  /** Sum of the members' vectors (the article's own while alone: most stay alone). */
  centroid: SparseVector;
  normSquared: number;
  /** Latest start and earliest end of the dated members: the story spans at least `latestFrom - earliestTo`. */
  latestFrom: number;
  earliestTo: number;
  dated: boolean;
  outlets: Map<string, Interval[]>;
  version: number;
}

const HOUR_MS = 3_600_000;

/** Centroid cosine, discounted for the time the joined story would span, less the same-outlet penalty share. */
export function storyLinkage(a: GrowingStory, b: GrowingStory, parameters: GroupingParameters): number {
  let score = product(a.centroid, b.centroid) / Math.sqrt(a.normSquared * b.normSquared || 1);
  if (a.dated && b.dated) {
    const span = Math.max(0, Math.max(a.latestFrom, b.latestFrom) - Math.min(a.earliestTo, b.earliestTo));
    score *= timeFactor(span / HOUR_MS, parameters);
  }
  return score - (parameters.sameOutletPenalty * closeSameOutletPairs(a, b, parameters)) / (a.size * b.size);
}

function closeSameOutletPairs(a: GrowingStory, b: GrowingStory, parameters: GroupingParameters): number {
  const [small, large] = a.outlets.size <= b.outlets.size ? [a.outlets, b.outlets] : [b.outlets, a.outlets];
  const limit = parameters.timeScaleHours * HOUR_MS;
  let count = 0;
  for (const [outlet, times] of small) {
    const others = large.get(outlet);
    if (others === undefined) continue;
    for (const x of times) for (const y of others) if (Math.max(0, x.from - y.to, y.from - x.to) <= limit) count++;
  }
  return count;
}

/**
 * Dot product of two sparse vectors: a merge walk when their sizes are alike, a binary search of the smaller's
 * terms in the larger when one is a lone article and the other a 300-article story.
 */
function product(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  if (large.terms.length < 8 * small.terms.length) return dot(a, b);
  const terms = large.terms;
  let sum = 0;
  let lo = 0;
  for (let k = 0; k < small.terms.length; k++) {
    const term = small.terms[k]!;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    if (lo < terms.length && terms[lo] === term) sum += small.weights[k]! * large.weights[lo]!;
  }
  return sum;
}

/** A story of one article. */
export function startStory(article: ArticleFeatures): GrowingStory {
  let normSquared = 0;
  for (const weight of article.vector.weights) normSquared += weight * weight;
  const centroid = article.vector;
  const outlets = new Map<string, Interval[]>();
  if (article.outlet !== null && article.time !== null) outlets.set(article.outlet, [article.time]);
  return {
    size: 1,
    centroid,
    normSquared,
    latestFrom: article.time?.from ?? Number.NEGATIVE_INFINITY,
    earliestTo: article.time?.to ?? Number.POSITIVE_INFINITY,
    dated: article.time !== null,
    outlets,
    version: 0,
  };
}

/** `keep` grown by `gone`: centroids summed in one merge walk, which also gives their dot product for the norm. */
export function joinStories(keep: GrowingStory, gone: GrowingStory): GrowingStory {
  const a = keep.centroid;
  const b = gone.centroid;
  // Counted first, so that the sum is allocated once at its exact size (allocation is most of the cost here).
  const terms = new Int32Array(a.terms.length + b.terms.length - countCommon(a.terms, b.terms));
  const weights = new Float64Array(terms.length);
  let i = 0;
  let j = 0;
  let n = 0;
  let shared = 0;
  while (i < a.terms.length || j < b.terms.length) {
    const x = i < a.terms.length ? a.terms[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.terms.length ? b.terms[j]! : Number.POSITIVE_INFINITY;
    if (x === y) {
      shared += a.weights[i]! * b.weights[j]!;
      terms[n] = x;
      weights[n++] = a.weights[i++]! + b.weights[j++]!;
    } else if (x < y) {
      terms[n] = x;
      weights[n++] = a.weights[i++]!;
    } else {
      terms[n] = y;
      weights[n++] = b.weights[j++]!;
    }
  }
  const outlets = keep.outlets;
  for (const [outlet, times] of gone.outlets) outlets.set(outlet, [...(outlets.get(outlet) ?? []), ...times]);
  return {
    size: keep.size + gone.size,
    centroid: { terms, weights },
    normSquared: keep.normSquared + gone.normSquared + 2 * shared,
    latestFrom: Math.max(keep.latestFrom, gone.latestFrom),
    earliestTo: Math.min(keep.earliestTo, gone.earliestTo),
    dated: keep.dated || gone.dated,
    outlets,
    version: keep.version + gone.version + 1,
  };
}

