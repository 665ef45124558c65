/**
 * Groups articles into stories by agglomerative clustering over the candidate edges, best pair first, with
 * centroid linkage: two stories join when the sum of their members' vectors point the same way. Centroid linkage
 * rather than single link (which chains one topic's events into one blob) or average link (which never lets a
 * 300-headline story hold together, since most pairs of headlines share no word): a story's centroid keeps what
 * its members share, so a new article joins when it matches the story as a whole. Explicit links join first.
 */
import type { ArticleFeatures } from "./featurize-articles.ts";
import type { GroupingParameters } from "./grouping-parameters.ts";
import { MergeQueue } from "./merge-queue.ts";
import { type GrowingStory, joinStories, startStory, storyLinkage } from "./story-linkage.ts";

/** A scored candidate pair of article indices. */
export interface ScoredPair {
  i: number;
  j: number;
  score: number;
}

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
  const clusters: Array<GrowingStory | undefined> = features.map(startStory);
  const merge = (x: number, y: number): void => {
    const [keep, gone] = x < y ? [x, y] : [y, x];
    const kept = clusters[keep];
    const absorbed = clusters[gone];
    if (kept === undefined || absorbed === undefined) throw new Error(`Story ${keep} or ${gone} was already merged`);
    parent[gone] = keep;
    clusters[keep] = joinStories(kept, absorbed);
    clusters[gone] = undefined;
  };

  for (const [i, j] of links) {
    const a = find(i);
    const b = find(j);
    if (a !== b) merge(a, b);
  }

  // Version 0 is an article still alone, for which the pair score is the linkage: such a pair merges when popped.
  const heap = new MergeQueue(
    pairs.filter(({ score }) => score >= parameters.joinThreshold).map(({ i, j, score }) => ({ score, a: i, b: j, versionA: 0, versionB: 0 })),
  );
  // Stories already re-queued at their current versions: the many pairs between two grown stories are scored once.
  const n = features.length + 1;
  const queued = new Map<number, number>();
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
    const score = storyLinkage(ca, cb, parameters);
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
