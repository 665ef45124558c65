/** Golden fixtures of a story's claims: where independent reports differ, and where they must stay quiet. */
import { describe, it } from "vitest";
import { fixturesOf, matchGolden, stableJson } from "../helpers/golden.ts";
import { assessFixture } from "../reports/story-fixture.ts";

describe("claims", () => {
  for (const fixture of fixturesOf("claims")) {
    it(fixture.name, () => matchGolden(fixture, "expected.json", stableJson(assessFixture(fixture))));
  }
});
