/**
 * Groups articles into stories by agglomerative clustering over the candidate pairs, most likely join first. Two
 * stories join when the model's probability that they report one event, averaged over pairs of their members,
 * reaches the join probability, and some pair of them is alike in title or lead. A large story is represented by
 * its few most central members, so that each join costs the same however large the story, and a story that has
 * grown toward a topic is still judged by its core: the next event of the topic meets the story's centre, not its
 * fringe, and an average, unlike a sum, does not drift. Two stories that have each formed join only at a higher
 * bar (the model's story margin): they are more often a topic's successive events than one event's two halves, and
 * joining them wrongly mixes every member of one with every member of the other; halves of one event still join,
 * as they fit each other nearly as well as their own members fit. Explicit links join first.
 */
import type { ArticleFeatures } from "./featurize-articles.ts";
import type { Neighbourhoods } from "./features/describe-neighbourhoods.ts";
import { MergeQueue } from "./merge-queue.ts";
import { type GroupingModel, pairLogit, sigmoid } from "./model/grouping-model.ts";
import { hasText, pairFeatures } from "./model/pair-features.ts";
import { dot } from "./sparse-vectors.ts";

/** A candidate pair of article indices and its features (`PAIR_FEATURES` order). */
export interface FeaturedPair {
  i: number;
  j: number;
  x: Float64Array;
}

// Note: members that stand for a story in the average: 4, 6 and 10 gave a mean BCubed F1 over the nine dataset
// variants of 0.879, 0.889 and 0.887 (each at its best join probability); 6 costs at most 36 pairs a comparison.
export const REPRESENTATIVES = 6;

// Note: two stories join only where some pair of their central members is alike in title or lead at least this
// much, whatever the dates, weekdays and neighbourhoods add: unrelated pages of one site or one day sit between 0.05
// and 0.1, and of the labelled sets' same-story candidate pairs 1 in 500 falls below 0.1.
const MIN_TEXT_SIMILARITY = 0.1;

// Note: two stories that fit each other at least this share of the less cohesive one's own fit are halves of one
// event and join without the story margin. The five samples (one summit, told before, during and after) form halves
// that fit each other at 0.79 of the smaller half's own fit; a topic's successive events fit at about half. Each
// share with the margin refitted (mean BCubed F1 over the nine variants; AllSides same day, undated): 0.6 0.8945
// (0.849, 0.848); 0.7 0.8953 (0.853, 0.851); 0.75 0.8953 (0.852, 0.849); 0.8 0.8953 (0.850, 0.851), the samples
// split; never 0.8956 (0.851, 0.850), the samples split.
const HALVES_SHARE = 0.7;

/** Member indices of each story, ascending, stories by their first member. */
export function clusterArticles(
  features: readonly ArticleFeatures[],
  pairs: readonly FeaturedPair[],
  links: ReadonlyArray<readonly [number, number]>,
  hoods: Neighbourhoods,
  model: GroupingModel,
): number[][] {
  const size = features.length;
  const probabilities = new Map<number, number>();
  for (const { i, j, x } of pairs) probabilities.set(i * size + j, sigmoid(pairLogit(model, x)));
  // Pairs the index did not offer are scored when two stories first meet through other members.
  const probability = (i: number, j: number): number => {
    const key = i < j ? i * size + j : j * size + i;
    let p = probabilities.get(key);
    if (p === undefined) {
      p = sigmoid(pairLogit(model, pairFeatures(features[i]!, features[j]!, hoods)));
      probabilities.set(key, p);
    }
    return p;
  };

  // The span of each story's dated members: an undated member is compared at its story's time.
  const spans: Array<{ from: number; to: number } | null> = features.map((f) => f.time);
  const compare = (i: number, a: number, j: number, b: number): number => {
    const ti = features[i]!.time ?? spans[a] ?? null;
    const tj = features[j]!.time ?? spans[b] ?? null;
    if (ti === features[i]!.time && tj === features[j]!.time) return probability(i, j);
    return sigmoid(pairLogit(model, pairFeatures(features[i]!, features[j]!, hoods, ti, tj)));
  };
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) [parent[x], x] = [root, parent[x]!];
    return root;
  };
  const versions = new Int32Array(size);
  const representatives: number[][] = features.map((_, i) => [i]);
  // The stories each story (by root) has candidate pairs with.
  const around: Array<Set<number>> = Array.from({ length: size }, () => new Set());
  for (const { i, j } of pairs) {
    around[i]!.add(j);
    around[j]!.add(i);
  }

  const fullText = features.map(hasText);
  // How well a story's central members fit one another: the mean probability over their pairs.
  const cohesion = (story: number): number => {
    const members = representatives[story]!;
    let sum = 0;
    for (let u = 0; u < members.length; u++) for (let v = u + 1; v < members.length; v++) sum += probability(members[u]!, members[v]!);
    return sum / ((members.length * (members.length - 1)) / 2);
  };
  // The mean over pairs of central members. Two stories of several members each must clear the model's story
  // margin beyond it, so that the next event of a topic, once it has its own reports, stays a story of its own;
  // unless they fit each other nearly as well as their own members fit, as two halves of one event do.
  const linkage = (a: number, b: number): number => {
    const formed = representatives[a]!.length > 1 && representatives[b]!.length > 1;
    let sum = 0;
    let margin = 0;
    let alike = false;
    for (const x of representatives[a]!) {
      for (const y of representatives[b]!) {
        sum += compare(x, a, y, b);
        if (formed) margin += fullText[x] && fullText[y] ? model.storyMargin : model.headlineStoryMargin;
        alike ||= textSimilarity(features[x]!, features[y]!) >= MIN_TEXT_SIMILARITY;
      }
    }
    if (!alike) return 0;
    const pairs = representatives[a]!.length * representatives[b]!.length;
    const mean = sum / pairs;
    if (margin === 0 || mean >= HALVES_SHARE * Math.min(cohesion(a), cohesion(b))) return mean;
    return mean - margin / pairs;
  };
  const merge = (x: number, y: number): void => {
    // The smaller neighbour set moves into the larger, so that each entry moves O(log n) times in all.
    const [keep, gone] = around[x]!.size >= around[y]!.size ? [x, y] : [y, x];
    parent[gone] = keep;
    const kept = around[keep]!;
    kept.delete(gone);
    for (const other of around[gone]!) {
      if (other === keep) continue;
      const theirs = around[other]!;
      theirs.delete(gone);
      theirs.add(keep);
      kept.add(other);
    }
    around[gone] = new Set();
    const [s, t] = [spans[keep], spans[gone]];
    spans[keep] = s == null ? (t ?? null) : t == null ? s : { from: Math.min(s.from, t.from), to: Math.max(s.to, t.to) };
    spans[gone] = null;
    versions[keep] = versions[keep]! + versions[gone]! + 1;
    representatives[keep] = central(representatives[keep]!.concat(representatives[gone]!), probability);
    representatives[gone] = [];
  };

  for (const [i, j] of links) {
    const a = find(i);
    const b = find(j);
    if (a !== b) merge(a, b);
  }

  const initial = [];
  for (let a = 0; a < size; a++) {
    if (find(a) !== a) continue;
    for (const b of around[a]!) {
      if (b < a) continue;
      const score = linkage(a, b);
      if (score >= model.joinProbability) initial.push({ score, a, b, versionA: versions[a]!, versionB: versions[b]! });
    }
  }
  const queue = new MergeQueue(initial);
  while (queue.size > 0) {
    const entry = queue.pop();
    const a = find(entry.a);
    const b = find(entry.b);
    if (a === b) continue;
    const [x, y] = a < b ? [a, b] : [b, a];
    if (x === entry.a && y === entry.b && versions[x] === entry.versionA && versions[y] === entry.versionB) {
      merge(x, y);
      continue;
    }
    // One of the stories grew since this entry was scored: score them as they are now and queue them again. An
    // average over a grown story lies between the averages over its parts, so a pair never queued (both parts
    // below the join) stays below it, and only queued pairs need looking at again. (A story that grows can only
    // gain a margin, never lose one; the exception for halves can lift a pair that neither part's pair reached,
    // when growth lowers a story's own fit; that pair is not looked for, as the order of joins would otherwise
    // have to be searched again.)
    if (!around[x]!.has(y)) continue;
    const score = linkage(x, y);
    if (score >= model.joinProbability) queue.push({ score, a: x, b: y, versionA: versions[x]!, versionB: versions[y]! });
  }

  // An article still alone (opinion beside the news, an explainer) joins the story it fits best, at a lower bar,
  // only when that story is clearly ahead of the next: on a busy day a lone article that fits every story of its
  // topic alike stays alone. Decided for every lone article against the stories as clustering left them, then
  // applied, so that the order of the articles does not matter.
  const adoptions: Array<[number, number]> = [];
  for (let a = 0; a < size; a++) {
    if (find(a) !== a || versions[a] !== 0) continue;
    let best = -1;
    let bestScore = 0;
    let secondScore = 0;
    for (const root of new Set([...around[a]!].map(find))) {
      const score = linkage(a, root);
      if (score > bestScore || (score === bestScore && root < best)) {
        secondScore = Math.max(secondScore, bestScore);
        best = root;
        bestScore = score;
      } else secondScore = Math.max(secondScore, score);
    }
    if (best >= 0 && representatives[best]!.length > 1 && bestScore >= model.loneJoinProbability && bestScore - secondScore >= model.loneMargin) {
      adoptions.push([a, best]);
    }
  }
  for (const [a, story] of adoptions) merge(find(story), a);

  const groups = new Map<number, number[]>();
  for (let i = 0; i < size; i++) {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()].sort((x, y) => x[0]! - y[0]!);
}

/** How alike two articles' titles, or their leads, are: the higher of the two. */
function textSimilarity(a: ArticleFeatures, b: ArticleFeatures): number {
  return Math.max(dot(a.vector, b.vector), dot(a.evidence.title, b.evidence.title));
}

/** The `REPRESENTATIVES` members of `pool` most likely one event with the rest of it; ties by lower index. */
function central(pool: number[], probability: (i: number, j: number) => number): number[] {
  if (pool.length <= REPRESENTATIVES) return pool.sort((x, y) => x - y);
  const scored = pool.map((member) => {
    let sum = 0;
    for (const other of pool) if (other !== member) sum += probability(member, other);
    return { member, sum };
  });
  scored.sort((x, y) => y.sum - x.sum || x.member - y.member);
  return scored.slice(0, REPRESENTATIVES).map(({ member }) => member).sort((x, y) => x - y);
}
