/**
 * How likely two articles report one event: the cosine of their TF-IDF vectors, discounted when they are far apart
 * in time, less a penalty when one outlet published both close together (outlets rarely file twice on one event
 * within hours; when they do, the copy is usually near-identical and clears the penalty).
 */
import type { ArticleFeatures, SparseVector } from "./featurize-articles.ts";
import type { GroupingParameters } from "./grouping-parameters.ts";

const HOUR_MS = 3_600_000;

/** The similarity of `a` and `b`, about −penalty to 1; at least `joinThreshold` means one story. */
export function scorePair(a: ArticleFeatures, b: ArticleFeatures, parameters: GroupingParameters): number {
  const hours = hoursApart(a.time, b.time);
  let score = dot(a.vector, b.vector) * timeFactor(hours, parameters);
  if (sameOutletClose(a, b, parameters)) score -= parameters.sameOutletPenalty;
  return score;
}

/** Dot product of two sparse vectors (the cosine, for unit vectors). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i] ?? 0;
    const y = bt[j] ?? 0;
    if (x === y) {
      sum += (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return sum;
}

/**
 * Hours between two time intervals (0 when they overlap); for one story, the hours its coverage spans. Null when
 * either is undated: then time says nothing.
 */
export function hoursApart(a: { from: number; to: number } | null, b: { from: number; to: number } | null): number | null {
  if (a === null || b === null) return null;
  return Math.max(0, a.from - b.to, b.from - a.to) / HOUR_MS;
}

/**
 * 1 for coverage within `timeScaleHours`, halving for each further `timeScaleHours`: one event is reported over
 * a day or so, and a week-later article on the same topic is usually about a new development.
 */
export function timeFactor(hours: number | null, parameters: GroupingParameters): number {
  const scale = parameters.timeScaleHours;
  if (hours === null || hours <= scale || scale <= 0) return 1;
  return 0.5 ** ((hours - scale) / scale);
}

/** True when one outlet published both within `timeScaleHours`. */
export function sameOutletClose(a: ArticleFeatures, b: ArticleFeatures, parameters: GroupingParameters): boolean {
  if (a.outlet === null || a.outlet !== b.outlet) return false;
  const hours = hoursApart(a.time, b.time);
  return hours !== null && hours <= parameters.timeScaleHours;
}
