/**
 * How spread in time an article's neighbours are: the mean log gap over its own era, where a few neighbours from
 * years away (two corpora in one folder, an archive beside the news) leave it as it is.
 */
import { describe, expect, it } from "vitest";
import type { ArticleFeatures } from "../../../src/group/featurize-articles.ts";
import { describeNeighbourhoods } from "../../../src/group/features/describe-neighbourhoods.ts";

const ALIKE = { terms: Int32Array.from([0]), weights: Float64Array.from([1]) };
const DAY_MS = 86_400_000;

/** Articles published the given days after a start (null: undated), all alike. */
function articles(days: ReadonlyArray<number | null>): ArticleFeatures[] {
  return days.map((day, index) => ({ index, vector: ALIKE, time: day === null ? null : { from: day * DAY_MS, to: day * DAY_MS } })) as unknown as ArticleFeatures[];
}

/** The spread of article 0, whose neighbours are every other article. */
function spreadOfFirst(days: ReadonlyArray<number | null>): number {
  const candidates = days.slice(1).map((_, k): [number, number] => [0, k + 1]);
  return describeNeighbourhoods(articles(days), candidates).spread[0]!;
}

describe("describeNeighbourhoods' spread", () => {
  it("is the mean of log(1 + days apart) over the dated neighbours", () => {
    expect(spreadOfFirst([0, 0, 2, null])).toBeCloseTo((Math.log1p(0) + Math.log1p(2)) / 2, 12);
    expect(spreadOfFirst([0, null])).toBe(0);
  });

  it("leaves out a few neighbours from years away", () => {
    const ownEra = (Math.log1p(1) + Math.log1p(3) + Math.log1p(10)) / 3;
    expect(spreadOfFirst([0, 1, 3, 10, 7 * 365])).toBeCloseTo(ownEra, 12);
    expect(spreadOfFirst([0, 1, 3, 10, -2000, 7 * 365])).toBeCloseTo(ownEra, 12);
  });

  it("counts them when they are most of the neighbours: a topic that comes back each year", () => {
    const all = [1, 400, 800, 1200].map((d) => Math.log1p(d));
    expect(spreadOfFirst([0, 1, 400, 800, 1200])).toBeCloseTo(all.reduce((s, x) => s + x, 0) / all.length, 12);
    const half = [0, 500].map((d) => Math.log1p(d));
    expect(spreadOfFirst([0, 0, 500])).toBeCloseTo((half[0]! + half[1]!) / 2, 12);
  });
});
