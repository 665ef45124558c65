/**
 * The shipped grouping model (`src/group/model/grouping-model.json`) decides what matters: two reports of one event
 * join, two events of one topic do not, with dates and without; and it records how it was made.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareIds, groupArticles, prepareGrouping } from "../../src/group/group-articles.ts";
import { resolveGroupingParameters } from "../../src/group/grouping-parameters.ts";
import { GROUPING_MODEL, pairLogit, readGroupingModel, sigmoid } from "../../src/group/model/grouping-model.ts";
import { PAIR_FEATURES, pairFeatures } from "../../src/group/model/pair-features.ts";
import type { Article } from "../../src/types.ts";
import { isRecord, makeArticle } from "./dataset-loader.ts";
import { ROOT } from "../helpers/run-cli.ts";

const MODEL_FILE = path.join(ROOT, "src/group/model/grouping-model.json");

/** The fixture's articles, dated as given or undated. */
function fixtureArticles(name: string, dated: boolean): Article[] {
  const input: unknown = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/group", name, "input.json"), "utf8"));
  if (!isRecord(input) || !Array.isArray(input.articles)) throw new Error(`${name}: no articles`);
  return input.articles.filter(isRecord).map((a) =>
    makeArticle({
      id: String(a.id),
      title: String(a.title),
      text: typeof a.text === "string" ? a.text : "",
      publisher: typeof a.publisher === "string" ? a.publisher : null,
      url: typeof a.url === "string" ? a.url : null,
      date: dated && typeof a.date === "string" ? a.date : null,
    }),
  );
}

/** The model's probability that articles `x` and `y` of `articles` report one event. */
function probability(articles: readonly Article[], x: string, y: string): number {
  const sorted = [...articles].sort((a, b) => compareIds(a.id, b.id));
  const { featureSet, hoods } = prepareGrouping(sorted, resolveGroupingParameters());
  const at = (id: string): number => sorted.findIndex((a) => a.id === id);
  const a = featureSet.features[at(x)];
  const b = featureSet.features[at(y)];
  if (!a || !b) throw new Error(`no article ${x} or ${y}`);
  return sigmoid(pairLogit(GROUPING_MODEL, pairFeatures(a, b, hoods)));
}

describe("the shipped grouping model", () => {
  it("has a weight for every feature, and records its data and command", () => {
    const document: unknown = JSON.parse(readFileSync(MODEL_FILE, "utf8"));
    expect(() => readGroupingModel(document)).not.toThrow();
    expect(isRecord(document) && document.command).toBe("npm run fit-grouping");
    expect(isRecord(document) && Array.isArray(document.data) && document.data.length).toBeGreaterThanOrEqual(2);
    expect(GROUPING_MODEL.weights).toHaveLength(PAIR_FEATURES.length);
  });

  it("refuses a model file without its story margins, or with one out of range, naming it", () => {
    const document: unknown = JSON.parse(readFileSync(MODEL_FILE, "utf8"));
    if (!isRecord(document)) throw new Error("the model file is not an object");
    const { storyMargin: _dropped, ...withoutMargin } = document;
    expect(() => readGroupingModel(withoutMargin)).toThrow(/storyMargin/);
    expect(() => readGroupingModel({ ...document, headlineStoryMargin: 1 })).toThrow(/headlineStoryMargin/);
    expect(() => readGroupingModel({ ...document, storyMargin: -0.1 })).toThrow(/storyMargin/);
  });

  for (const dated of [true, false]) {
    const when = dated ? "dated" : "undated";
    it(`joins two reports of one ruling (${when})`, () => {
      const articles = fixtureArticles("same-topic-different-event", dated);
      expect(probability(articles, "court-dropbox-times", "court-dropbox-ledger")).toBeGreaterThanOrEqual(GROUPING_MODEL.joinProbability);
      expect(probability(articles, "court-wildfire-wire", "court-wildfire-post")).toBeGreaterThanOrEqual(GROUPING_MODEL.joinProbability);
    });

    it(`keeps a ruling and a hearing of the same court apart (${when})`, () => {
      const articles = fixtureArticles("same-topic-different-event", dated);
      expect(probability(articles, "court-dropbox-times", "court-wildfire-wire")).toBeLessThan(GROUPING_MODEL.joinProbability);
      expect(probability(articles, "court-dropbox-ledger", "court-wildfire-post")).toBeLessThan(GROUPING_MODEL.joinProbability);
    });
  }

  it("keeps two monthly rate decisions a month apart as two stories when dated", () => {
    const stories = groupArticles(fixtureArticles("same-topic-a-month-apart", true)).map((s) => [...s.articleIds].sort());
    expect(stories).toContainEqual(["rates-march-a", "rates-march-b"]);
    expect(stories).toContainEqual(["rates-april-a", "rates-april-b"]);
  });
});
