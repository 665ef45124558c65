/**
 * The clustering's decisions on pair probabilities given outright: a model whose log-odds are the first feature, so
 * that each test states the probability of every pair.
 */
import { describe, expect, it } from "vitest";
import { clusterArticles, type FeaturedPair } from "../../src/group/cluster-articles.ts";
import type { ArticleFeatures } from "../../src/group/featurize-articles.ts";
import type { Neighbourhoods } from "../../src/group/features/describe-neighbourhoods.ts";
import type { GroupingModel } from "../../src/group/model/grouping-model.ts";
import { PAIR_FEATURES } from "../../src/group/model/pair-features.ts";

const ALIKE = { terms: Int32Array.from([0]), weights: Float64Array.from([1]) };

function model(lone: number, margin: number): GroupingModel {
  const weights = new Float64Array(PAIR_FEATURES.length);
  weights[0] = 1;
  return { intercept: 0, weights, joinProbability: 0.5, loneJoinProbability: lone, loneMargin: margin };
}

/** Articles 0–1 and 2–3 are two stories (0.9 inside, 0.1 across); article 4 fits the first at `first`, the second at `second`. */
function cluster(first: number, second: number, lone = 0.35, margin = 0.2): number[][] {
  const size = 5;
  const features = Array.from({ length: size }, (_, index) => ({ index, time: null, vector: ALIKE, evidence: { title: ALIKE } })) as unknown as ArticleFeatures[];
  const probability = (i: number, j: number): number => {
    if (j === 4) return i < 2 ? first : second;
    return (i < 2) === (j < 2) ? 0.9 : 0.1;
  };
  const pairs: FeaturedPair[] = [];
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const x = new Float64Array(PAIR_FEATURES.length);
      const p = probability(i, j);
      x[0] = Math.log(p / (1 - p));
      pairs.push({ i, j, x });
    }
  }
  const hoods: Neighbourhoods = { ranks: features.map(() => new Map()), closest: new Float64Array(size), spread: new Float64Array(size) };
  return clusterArticles(features, pairs, [], hoods, model(lone, margin));
}

describe("an article left alone by clustering", () => {
  it("joins the story it fits clearly best, below the join probability", () => {
    expect(cluster(0.4, 0.1)).toEqual([[0, 1, 4], [2, 3]]);
  });

  it("stays alone when two stories fit it about as well", () => {
    expect(cluster(0.4, 0.3)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it("stays alone below the bar, and when the model says never", () => {
    expect(cluster(0.3, 0.05)).toEqual([[0, 1], [2, 3], [4]]);
    expect(cluster(0.4, 0.1, 1, 0)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it("joins at the join probability as any story does", () => {
    expect(cluster(0.6, 0.55)).toEqual([[0, 1, 4], [2, 3]]);
  });
});
