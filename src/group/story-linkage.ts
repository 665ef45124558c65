/**
 * A story as it grows during clustering, and the features between two stories that the model weighs: the mean of
 * the pair features over the candidate pairs that join the two stories (so that a story takes what fits its
 * members, not a sum that has grown toward a topic), time as the gap between the two stories' spans, and title
 * and lead similarity against the sum of each story's vectors too (what its members share, so that a 300-headline
 * story holds a new headline that matches few of its members word for word), and how much of the two stories
 * their candidate pairs cover (so that one close pair between two stories of many members does not pass for a
 * match).
 */
import type { ArticleFeatures } from "./featurize-articles.ts";
import { CANDIDATES_PER_ARTICLE } from "./build-index.ts";
import { F, hoursApart, setTime } from "./model/pair-features.ts";
import { addVectors, dot, type SparseVector } from "./sparse-vectors.ts";

/** The vectors summed per story: title and lead (the combined vector). */
const KINDS = 2;

/** A story being grown; `version` changes with every article it takes in. */
export interface GrowingStory {
  sums: SparseVector[];
  /** Squared length of each sum, for its cosine. */
  norms: Float64Array;
  time: { from: number; to: number } | null;
  size: number;
  version: number;
}

/** A story of one article. */
export function startStory(article: ArticleFeatures): GrowingStory {
  const sums = [article.evidence.title, article.vector];
  return { sums, norms: Float64Array.from(sums, (v) => (v.terms.length > 0 ? 1 : 0)), time: article.time, size: 1, version: 0 };
}

/** `keep` grown by `gone`. */
export function joinStories(keep: GrowingStory, gone: GrowingStory): GrowingStory {
  const sums: SparseVector[] = [];
  const norms = new Float64Array(KINDS);
  for (let k = 0; k < KINDS; k++) {
    const a = keep.sums[k]!;
    const b = gone.sums[k]!;
    norms[k] = keep.norms[k]! + gone.norms[k]! + 2 * dot(a, b);
    sums.push(b.terms.length === 0 ? a : a.terms.length === 0 ? b : addVectors(a, b));
  }
  const time = keep.time === null ? gone.time : gone.time === null ? keep.time : { from: Math.min(keep.time.from, gone.time.from), to: Math.max(keep.time.to, gone.time.to) };
  return { sums, norms, time, size: keep.size + gone.size, version: keep.version + gone.version + 1 };
}

/**
 * The features between two stories into `x`, which holds the mean features of the `count` candidate pairs between
 * them.
 */
export function storyFeatures(a: GrowingStory, b: GrowingStory, x: Float64Array, count: number): Float64Array {
  const cosine = (k: number): number | null => {
    const na = a.norms[k]!;
    const nb = b.norms[k]!;
    return na > 0 && nb > 0 ? dot(a.sums[k]!, b.sums[k]!) / Math.sqrt(na * nb) : null;
  };
  x[F.storyTitle] = cosine(0) ?? 0;
  x[F.storyLead] = cosine(1) ?? 0;
  setTime(x, hoursApart(a.time, b.time));
  // Note: a sum of many alike vectors is nearer to anything on its topic than any one member: the model learns
  // how much nearer from the story sizes.
  x[F.smallerStory] = Math.log(Math.min(a.size, b.size));
  x[F.largerStory] = Math.log(Math.max(a.size, b.size));
  // True average linkage: lead similarity averaged over every pair of members, a pair the index did not offer
  // counting as 0, so that one close pair among many unrelated ones does not join two stories of one topic.
  const all = a.size * b.size;
  const reach = Math.min(all, CANDIDATES_PER_ARTICLE * (a.size + b.size));
  x[F.averageLead] = (x[F.lead]! * count) / all;
  // The share of the pairs the index could offer that it did: each article keeps its few nearest neighbours, so
  // two large stories of one event meet in at most that many pairs per member, not in every pair.
  x[F.coverage] = Math.min(0, Math.log(count / reach));
  return x;
}
