/**
 * A story as it grows during clustering, and how well two stories fit together (their linkage): the sum of their
 * members' vectors (the centroid), the time their members span, and which outlets published when.
 */
import type { ArticleFeatures, SparseVector } from "./featurize-articles.ts";
import type { GroupingParameters } from "./grouping-parameters.ts";
import { dot, timeFactor } from "./score-pair.ts";

interface Interval {
  from: number;
  to: number;
}

/** A story being grown; `version` changes with every article it takes in. */
export interface GrowingStory {
  size: number;
  /** Sum of the members' vectors: the article's own vector while alone (most stay alone), a map once grown. */
  centroid: SparseVector | Map<number, number>;
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

/** Dot product of two centroids, whichever form each is in. */
function product(a: SparseVector | Map<number, number>, b: SparseVector | Map<number, number>): number {
  if (a instanceof Map) return b instanceof Map ? mapProduct(a, b) : mixedProduct(a, b);
  return b instanceof Map ? mixedProduct(b, a) : dot(a, b);
}

function mapProduct(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

function mixedProduct(map: Map<number, number>, vector: SparseVector): number {
  let sum = 0;
  for (let k = 0; k < vector.terms.length; k++) sum += (vector.weights[k] ?? 0) * (map.get(vector.terms[k] ?? 0) ?? 0);
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

/** `keep` grown by `gone`; the larger centroid map is reused so that a big story absorbs small ones cheaply. */
export function joinStories(keep: GrowingStory, gone: GrowingStory): GrowingStory {
  const sizeOf = (c: GrowingStory): number => (c.centroid instanceof Map ? c.centroid.size : c.centroid.terms.length);
  const [larger, smaller] = sizeOf(keep) >= sizeOf(gone) ? [keep.centroid, gone.centroid] : [gone.centroid, keep.centroid];
  const into = larger instanceof Map ? larger : toMap(larger);
  let shared = 0;
  const add = (term: number, weight: number): void => {
    const existing = into.get(term) ?? 0;
    shared += weight * existing;
    into.set(term, existing + weight);
  };
  if (smaller instanceof Map) for (const [term, weight] of smaller) add(term, weight);
  else for (let k = 0; k < smaller.terms.length; k++) add(smaller.terms[k] ?? 0, smaller.weights[k] ?? 0);
  const outlets = keep.outlets;
  for (const [outlet, times] of gone.outlets) outlets.set(outlet, [...(outlets.get(outlet) ?? []), ...times]);
  return {
    size: keep.size + gone.size,
    centroid: into,
    normSquared: keep.normSquared + gone.normSquared + 2 * shared,
    latestFrom: Math.max(keep.latestFrom, gone.latestFrom),
    earliestTo: Math.min(keep.earliestTo, gone.earliestTo),
    dated: keep.dated || gone.dated,
    outlets,
    version: keep.version + gone.version + 1,
  };
}

function toMap(vector: SparseVector): Map<number, number> {
  const map = new Map<number, number>();
  for (let k = 0; k < vector.terms.length; k++) map.set(vector.terms[k] ?? 0, vector.weights[k] ?? 0);
  return map;
}
