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
const NONE = { terms: new Int32Array(0), weights: new Float64Array(0) };

function model(lone: number, margin: number, storyMargin = 0, headlineStoryMargin = 0): GroupingModel {
  const weights = new Float64Array(PAIR_FEATURES.length);
  weights[0] = 1;
  return { intercept: 0, weights, joinProbability: 0.5, loneJoinProbability: lone, loneMargin: margin, storyMargin, headlineStoryMargin };
}

/** Articles with text (or headlines alone), each pair at the probability `probability` gives. */
function clusterAt(size: number, probability: (i: number, j: number) => number, groupingModel: GroupingModel, headlines = false): number[][] {
  const body = headlines ? NONE : ALIKE;
  const features = Array.from({ length: size }, (_, index) => ({ index, time: null, vector: ALIKE, evidence: { title: ALIKE, body } })) as unknown as ArticleFeatures[];
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
  return clusterArticles(features, pairs, [], hoods, groupingModel);
}

/** Articles 0–1 and 2–3 are two stories (0.9 inside, 0.1 across); article 4 fits the first at `first`, the second at `second`. */
function cluster(first: number, second: number, lone = 0.35, margin = 0.2): number[][] {
  return clusterAt(
    5,
    (i, j) => {
      if (j === 4) return i < 2 ? first : second;
      return (i < 2) === (j < 2) ? 0.9 : 0.1;
    },
    model(lone, margin),
  );
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

describe("two stories that have each formed", () => {
  // Articles 0–1 and 2–3: `inside` within each pair, `across` between them.
  const twoPairs = (across: number, inside = 0.9) => (i: number, j: number) => ((i < 2) === (j < 2) ? inside : across);

  it("join at the join probability when the model sets no margin", () => {
    expect(clusterAt(4, twoPairs(0.6), model(1, 0))).toEqual([[0, 1, 2, 3]]);
  });

  it("stay apart below the join probability and the story margin together", () => {
    expect(clusterAt(4, twoPairs(0.6), model(1, 0, 0.2))).toEqual([[0, 1], [2, 3]]);
    expect(clusterAt(4, twoPairs(0.75), model(1, 0, 0.2))).toEqual([[0, 1, 2, 3]]);
  });

  it("of headlines alone are held to the headline margin instead", () => {
    expect(clusterAt(4, twoPairs(0.6), model(1, 0, 0.2, 0), true)).toEqual([[0, 1, 2, 3]]);
    expect(clusterAt(4, twoPairs(0.6), model(1, 0, 0, 0.2), true)).toEqual([[0, 1], [2, 3]]);
  });

  it("join at the join probability when they fit each other nearly as well as their own members do", () => {
    // 0.6 across against 0.8 inside: halves of one event, whatever the margin.
    expect(clusterAt(4, twoPairs(0.6, 0.8), model(1, 0, 0.3))).toEqual([[0, 1, 2, 3]]);
    // Still never below the join probability.
    expect(clusterAt(4, twoPairs(0.45, 0.6), model(1, 0, 0.3))).toEqual([[0, 1], [2, 3]]);
  });

  it("leave a lone article to join its story at the join probability", () => {
    // Article 2 fits article 0 and 1's story at 0.6: below the story margin's bar, above the join probability.
    expect(clusterAt(3, (i, j) => (j === 2 ? 0.6 : 0.9), model(1, 0, 0.2))).toEqual([[0, 1, 2]]);
  });
});
