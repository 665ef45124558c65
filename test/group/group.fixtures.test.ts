/**
 * Golden fixtures for story grouping, one folder per phenomenon under `test/fixtures/group/`:
 * `input.json` (`{about, articles}`), optional `options.json` (grouping parameters), `expected.json` (the stories).
 * `UPDATE=1 npx vitest run test/group` rewrites the expected files, so reviewers read the change as a diff.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupArticles } from "../../src/group/group-articles.ts";
import { GROUPING_PARAMETER_NAMES, type GroupingParameters } from "../../src/group/grouping-parameters.ts";
import type { Article, RelatedLink } from "../../src/types.ts";
import { fixturesOf, matchGolden, stableJson } from "../helpers/golden.ts";
import { isRecord, makeArticle } from "./dataset-loader.ts";

describe("story grouping fixtures", () => {
  for (const fixture of fixturesOf("group")) {
    it(fixture.name, () => {
      const articles = readArticles(JSON.parse(readFileSync(join(fixture.dir, fixture.input), "utf8")));
      const optionsFile = join(fixture.dir, "options.json");
      const options = existsSync(optionsFile) ? readOptions(JSON.parse(readFileSync(optionsFile, "utf8"))) : {};
      // A missing expected file is written and fails the test, so that it is read before it is trusted.
      matchGolden(fixture, "expected.json", stableJson({ stories: groupArticles(articles, options) }));
      // The files' order must not matter.
      expect(groupArticles([...articles].reverse(), options)).toEqual(groupArticles(articles, options));
    });
  }
});

function readArticles(input: unknown): Article[] {
  if (!isRecord(input) || !Array.isArray(input.articles)) throw new Error("input.json needs an array named articles");
  return input.articles.map((value: unknown) => {
    if (!isRecord(value) || typeof value.id !== "string" || typeof value.title !== "string") {
      throw new Error(`input.json: every article needs a string id and title: ${JSON.stringify(value)}`);
    }
    return makeArticle({
      id: value.id,
      title: value.title,
      date: stringOrNull(value.date),
      publisher: stringOrNull(value.publisher),
      url: stringOrNull(value.url),
      text: stringOrNull(value.text) ?? "",
      summary: stringOrNull(value.summary),
      credit: stringOrNull(value.credit),
      related: Array.isArray(value.related) ? value.related.filter(isRecord).map(readRelated) : [],
    });
  });
}

function readRelated(value: Record<string, unknown>): RelatedLink {
  return { title: stringOrNull(value.title) ?? "", publisher: stringOrNull(value.publisher), url: stringOrNull(value.url) ?? "" };
}

function readOptions(value: unknown): Partial<GroupingParameters> {
  const options: Partial<GroupingParameters> = {};
  if (!isRecord(value)) return options;
  for (const key of GROUPING_PARAMETER_NAMES) {
    const option = value[key];
    if (typeof option === "number") options[key] = option;
  }
  return options;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
