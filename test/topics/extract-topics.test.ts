import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";
import { extractTopics, nameEvidence } from "../../src/topics/extract-topics.ts";
import { fixturesOf, matchGolden, stableJson } from "../helpers/golden.ts";

// Each fixture is a set of headlines (one a line) read together, as one site's headlines are.
describe("extractTopics", () => {
  for (const fixture of fixturesOf("extract-topics")) {
    it(fixture.name, () => {
      const titles = readFileSync(path.join(fixture.dir, fixture.input), "utf8").split("\n").filter((line) => line.trim() !== "");
      const evidence = nameEvidence(titles);
      const actual = titles.map((title) => ({ title, topics: extractTopics(title, evidence) }));
      matchGolden(fixture, "expected.json", stableJson(actual));
    });
  }
});
