/**
 * The fitted grouping model (`grouping-model.json`, made by `npm run fit-grouping`): a logistic regression over
 * the pair features, and the mean pair probability at which two stories join.
 */
import { isRecord } from "../../records.ts";
import shipped from "./grouping-model.json" with { type: "json" };
import { PAIR_FEATURES, type PairFeature } from "./pair-features.ts";

/** A validated model. */
export interface GroupingModel {
  intercept: number;
  /** Weights in `PAIR_FEATURES` order. */
  weights: Float64Array;
  /** Two stories join when the mean probability over pairs of their central members reaches this. */
  joinProbability: number;
  /**
   * An article left alone by clustering joins the story it fits best when that mean probability reaches this and is
   * at least `loneMargin` above its next story's (1: never).
   */
  loneJoinProbability: number;
  loneMargin: number;
  /**
   * How much higher the mean must be for two stories of several members each to join, on pairs of full texts and on
   * pairs where a side is a headline alone; a story weighs each pair's bar by the pair's kind.
   */
  storyMargin: number;
  headlineStoryMargin: number;
}

/** The model shipped beside its fitting script. */
export const GROUPING_MODEL: Readonly<GroupingModel> = readGroupingModel(shipped);

/** A model from parsed JSON; throws when a weight is missing or not a finite number (a programmer error). */
export function readGroupingModel(value: unknown): GroupingModel {
  if (!isRecord(value) || !isRecord(value.weights)) throw new Error("grouping model: expected an object with weights");
  const weights = new Float64Array(PAIR_FEATURES.length);
  const source = value.weights;
  PAIR_FEATURES.forEach((name: PairFeature, k) => {
    const w = source[name];
    if (typeof w !== "number" || !Number.isFinite(w)) throw new Error(`grouping model: weight ${name} must be a finite number`);
    weights[k] = w;
  });
  const { intercept, joinProbability, loneJoinProbability, loneMargin } = value;
  if (typeof intercept !== "number" || !Number.isFinite(intercept)) throw new Error("grouping model: intercept must be a finite number");
  if (typeof joinProbability !== "number" || !(joinProbability > 0 && joinProbability < 1)) throw new Error("grouping model: joinProbability must be between 0 and 1");
  if (typeof loneJoinProbability !== "number" || !(loneJoinProbability > 0 && loneJoinProbability <= 1)) throw new Error("grouping model: loneJoinProbability must be above 0 and at most 1");
  if (typeof loneMargin !== "number" || !(loneMargin >= 0 && loneMargin < 1)) throw new Error("grouping model: loneMargin must be at least 0 and below 1");
  const { storyMargin, headlineStoryMargin } = value;
  if (typeof storyMargin !== "number" || !(storyMargin >= 0 && storyMargin < 1)) throw new Error("grouping model: storyMargin must be at least 0 and below 1");
  if (typeof headlineStoryMargin !== "number" || !(headlineStoryMargin >= 0 && headlineStoryMargin < 1)) {
    throw new Error("grouping model: headlineStoryMargin must be at least 0 and below 1");
  }
  return { intercept, weights, joinProbability, loneJoinProbability, loneMargin, storyMargin, headlineStoryMargin };
}

/** The log-odds that two articles with features `x` report one event. */
export function pairLogit(model: GroupingModel, x: Float64Array): number {
  let z = model.intercept;
  for (let k = 0; k < x.length; k++) z += (model.weights[k] ?? 0) * (x[k] ?? 0);
  return z;
}

/** The probability for log-odds `z`. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
