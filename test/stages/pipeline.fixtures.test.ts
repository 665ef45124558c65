/** Golden fixtures of a whole file through the pipeline: metadata, sanitized HTML and the messages an editor sees. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";
import { DEFAULT_LIMITS, processFile } from "../../src/pipeline.ts";
import { fixturesOf, matchGolden, stableJson } from "../helpers/golden.ts";

// Note: a fixed clock, so that no fixture depends on the day the tests run.
const NOW = Date.UTC(2026, 10, 1);

describe("pipeline", () => {
  for (const fixture of fixturesOf("pipeline")) {
    it(fixture.name, () => {
      const absolute = path.join(fixture.dir, fixture.input);
      const outcome = processFile(fixture.input, absolute, readFileSync(absolute), { contentDir: fixture.dir, now: NOW, ...DEFAULT_LIMITS });
      const messages = outcome.diagnostics.map((d) => `${d.file}:${d.line ?? "-"}:${d.column ?? "-"}  ${d.severity}  ${d.message}  ${d.ruleId}`).join("\n");
      matchGolden(fixture, "messages.txt", `${messages}\n`);
      if (outcome.kind === "skipped") {
        matchGolden(fixture, "expected.json", stableJson({ skipped: outcome.reason }));
        return;
      }
      const { html, text, contentHash, ...metadata } = outcome.article;
      matchGolden(fixture, "expected.json", stableJson(metadata));
      matchGolden(fixture, "expected.html", html.replace(/(<\/(?:p|h[2-6]|ul|ol|li|blockquote|figure)>)/g, "$1\n"));
      matchGolden(fixture, "expected.txt", `${text}\n`);
    });
  }
});
