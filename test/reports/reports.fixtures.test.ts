/** Golden fixtures of a story's independent reports: wire copy and republished text. */
import { describe, it } from "vitest";
import { fixturesOf, matchGolden, stableJson } from "../helpers/golden.ts";
import { assessFixture } from "./story-fixture.ts";

describe("reports", () => {
  for (const fixture of fixturesOf("reports")) {
    it(fixture.name, () => matchGolden(fixture, "expected.json", stableJson(assessFixture(fixture))));
  }
});
