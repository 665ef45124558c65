/**
 * Groups articles into stories by agglomerative clustering over the candidate edges, best pair first, with
 * centroid linkage: two stories join when the sum of their members' vectors point the same way. Centroid linkage
 * rather than single link (which chains one topic's events into one blob) or average link (which never lets a
 * 300-headline story hold together, since most pairs of headlines share no word): a story's centroid keeps what
 * its members share, so a new article joins when it matches the story as a whole. Explicit links join first.
 */
import type { ArticleFeatures, SparseVector } from "./featurize-articles.ts";
import type { GroupingParameters } from "./grouping-parameters.ts";
import { dot, timeFactor } from "./score-pair.ts";

/** A scored candidate pair of article indices. */
export interface ScoredPair {
  i: number;
  j: number;
  score: number;
}

interface Interval {
  from: number;
  to: number;
}

interface Cluster {
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

interface Entry {
  score: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

const HOUR_MS = 3_600_000;

/** Member indices of each story, ascending, stories by their first member. */
export function clusterArticles(
  features: readonly ArticleFeatures[],
  pairs: readonly ScoredPair[],
  links: ReadonlyArray<readonly [number, number]>,
  parameters: GroupingParameters,
): number[][] {
  const parent = Int32Array.from(features, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[x] !== root) [parent[x], x] = [root, parent[x] ?? root];
    return root;
  };
  const clusters: Array<Cluster | undefined> = features.map(singleton);
  const merge = (x: number, y: number): void => {
    const [keep, gone] = x < y ? [x, y] : [y, x];
    const kept = clusters[keep];
    const absorbed = clusters[gone];
    if (kept === undefined || absorbed === undefined) throw new Error(`Story ${keep} or ${gone} was already merged`);
    parent[gone] = keep;
    clusters[keep] = combine(kept, absorbed);
    clusters[gone] = undefined;
  };

  for (const [i, j] of links) {
    const a = find(i);
    const b = find(j);
    if (a !== b) merge(a, b);
  }

  const heap = new EntryHeap();
  // Stories already re-queued at their current versions: the many pairs between two grown stories are scored once.
  const n = features.length + 1;
  const queued = new Map<number, number>();
  // Version 0 is an article still alone, for which the pair score is the linkage: such a pair merges when popped.
  for (const { i, j, score } of pairs) if (score >= parameters.joinThreshold) heap.push({ score, a: i, b: j, versionA: 0, versionB: 0 });
  while (heap.size > 0) {
    const entry = heap.pop();
    const a = find(entry.a);
    const b = find(entry.b);
    if (a === b) continue;
    const ca = clusters[a];
    const cb = clusters[b];
    if (ca === undefined || cb === undefined) continue;
    const current = entry.a === a && entry.b === b && entry.versionA === ca.version && entry.versionB === cb.version;
    if (current) {
      merge(a, b);
      continue;
    }
    // The stories changed since this pair was scored: score them as they are now and queue them again.
    const [x, y] = a < b ? [a, b] : [b, a];
    const [cx, cy] = a < b ? [ca, cb] : [cb, ca];
    const key = x * n + y;
    const versions = cx.version * n + cy.version;
    if (queued.get(key) === versions) continue;
    queued.set(key, versions);
    const score = linkage(ca, cb, parameters);
    if (score >= parameters.joinThreshold) heap.push({ score, a: x, b: y, versionA: cx.version, versionB: cy.version });
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < features.length; i++) {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}

/** Centroid cosine, discounted for the time the joined story would span, less the same-outlet penalty share. */
function linkage(a: Cluster, b: Cluster, parameters: GroupingParameters): number {
  let score = product(a.centroid, b.centroid) / Math.sqrt(a.normSquared * b.normSquared || 1);
  if (a.dated && b.dated) {
    const span = Math.max(0, Math.max(a.latestFrom, b.latestFrom) - Math.min(a.earliestTo, b.earliestTo));
    score *= timeFactor(span / HOUR_MS, parameters);
  }
  return score - (parameters.sameOutletPenalty * closeSameOutletPairs(a, b, parameters)) / (a.size * b.size);
}

function closeSameOutletPairs(a: Cluster, b: Cluster, parameters: GroupingParameters): number {
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

function singleton(article: ArticleFeatures): Cluster {
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
function combine(keep: Cluster, gone: Cluster): Cluster {
  const sizeOf = (c: Cluster): number => (c.centroid instanceof Map ? c.centroid.size : c.centroid.terms.length);
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

/** A binary max-heap of entries: best score first, then smaller indices, so that ties break the same every run. */
class EntryHeap {
  private readonly items: Entry[] = [];

  get size(): number {
    return this.items.length;
  }

  push(entry: Entry): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Entry {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && before(items[left]!, items[best]!)) best = left;
        if (right < items.length && before(items[right]!, items[best]!)) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}

function before(x: Entry, y: Entry): boolean {
  return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
}
