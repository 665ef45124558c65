/**
 * What an article's candidate neighbours say about a pair, beside the pair's own similarity: where each article
 * ranks the other among its neighbours, how close its closest neighbour is, and how far apart in time its
 * neighbours were published. Similarity means little on its own: on a busy day every report on a topic is alike,
 * but a report's own story is still its nearest neighbours; and a publication gap means little where every
 * neighbour was published the same day (a feed dump, dates that were all filled in at once).
 */
import { type ArticleFeatures, hoursApart } from "../featurize-articles.ts";
import { dot } from "../sparse-vectors.ts";

/** Each article's neighbours by rank, its closest similarity, and how spread in time its neighbours are. */
export interface Neighbourhoods {
  /** For each article, its candidate neighbours and their rank (1 = most alike), by combined-vector similarity. */
  ranks: ReadonlyArray<ReadonlyMap<number, number>>;
  /** For each article, the similarity of its most alike neighbour (0 without one). */
  closest: Float64Array;
  /** For each article, the mean of log(1 + days apart) over its dated neighbours (0 when none are dated). */
  spread: Float64Array;
}

/** The neighbourhoods of `features` given the candidate pairs `[i, j]`. */
export function describeNeighbourhoods(features: readonly ArticleFeatures[], candidates: ReadonlyArray<readonly [number, number]>): Neighbourhoods {
  const n = features.length;
  const lists: Array<Array<{ other: number; similarity: number }>> = Array.from({ length: n }, () => []);
  const spread = new Float64Array(n);
  const dated = new Int32Array(n);
  for (const [i, j] of candidates) {
    const similarity = dot(features[i]!.vector, features[j]!.vector);
    lists[i]!.push({ other: j, similarity });
    lists[j]!.push({ other: i, similarity });
    const hours = hoursApart(features[i]!.time, features[j]!.time);
    if (hours === null) continue;
    const days = Math.log1p(hours / 24);
    spread[i] = spread[i]! + days;
    spread[j] = spread[j]! + days;
    dated[i] = dated[i]! + 1;
    dated[j] = dated[j]! + 1;
  }
  const closest = new Float64Array(n);
  const ranks = lists.map((list, i) => {
    // Ties by index, so that ranks never depend on the order pairs were found in.
    list.sort((x, y) => y.similarity - x.similarity || x.other - y.other);
    closest[i] = list[0]?.similarity ?? 0;
    if (dated[i]! > 0) spread[i] = spread[i]! / dated[i]!;
    return new Map(list.map(({ other }, k) => [other, k + 1]));
  });
  return { ranks, closest, spread };
}
