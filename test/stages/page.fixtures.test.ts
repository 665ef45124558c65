/**
 * Golden fixtures of saved web pages: whether a body is a page or a fragment (`page-kind/`), and what a page gives
 * (`page/`): the metadata chain with the source of each field, the article's fields, its text and the messages.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/ingest/decode-text.ts";
import { detectBodyFormat } from "../../src/ingest/detect-body-format.ts";
import { parseFrontMatter } from "../../src/ingest/parse-front-matter.ts";
import { detectPage } from "../../src/page/detect-page.ts";
import { readJsonLd } from "../../src/page/json-ld.ts";
import { parsePage } from "../../src/page/page-dom.ts";
import { readPageFields } from "../../src/page/page-metadata.ts";
import { DEFAULT_LIMITS, processFile } from "../../src/pipeline.ts";
import { fixturesOf, matchGolden, stableJson } from "../helpers/golden.ts";
import { stageFile } from "../helpers/stage-file.ts";

// Note: a fixed clock, so that no fixture depends on the day the tests run.
const NOW = Date.UTC(2026, 10, 1);

describe("page or fragment", () => {
  for (const fixture of fixturesOf("page-kind")) {
    it(fixture.name, () => {
      const file = stageFile(fixture.dir, fixture.input);
      if (decodeText(file, DEFAULT_LIMITS) && parseFrontMatter(file, DEFAULT_LIMITS)) {
        detectBodyFormat(file);
        detectPage(file);
      }
      matchGolden(fixture, "expected.json", stableJson({ bodyFormat: file.data.bodyFormat?.format ?? null, page: file.data.pageKind ?? null }));
    });
  }
});

describe("saved pages", () => {
  for (const fixture of fixturesOf("page")) {
    it(fixture.name, () => {
      const absolute = path.join(fixture.dir, fixture.input);
      const bytes = readFileSync(absolute);
      const document = parsePage(bytes.toString("utf8"));
      const fields = readPageFields(document, readJsonLd(document));
      const outcome = processFile(fixture.input, absolute, bytes, { contentDir: fixture.dir, now: NOW, ...DEFAULT_LIMITS });
      const messages = outcome.diagnostics.map((d) => `${d.file}:${d.line ?? "-"}:${d.column ?? "-"}  ${d.severity}  ${d.message}  ${d.ruleId}`).join("\n");
      matchGolden(fixture, "messages.txt", `${messages}\n`);
      if (outcome.kind === "skipped") {
        matchGolden(fixture, "expected.json", stableJson({ fields, skipped: outcome.reason }));
        return;
      }
      const { title, date, updated, author, publisher, url, image, summary } = outcome.article;
      matchGolden(fixture, "expected.json", stableJson({ fields, article: { title, date, updated, author, publisher, url, image, summary } }));
      matchGolden(fixture, "expected.html", outcome.article.html.replace(/(<\/(?:p|h[2-6]|ul|ol|li|blockquote|figure)>)/g, "$1\n"));
      matchGolden(fixture, "expected.txt", `${outcome.article.text}\n`);
    });
  }

  it("lets no script, style, frame, form, event handler or tracking pixel through", () => {
    const dir = path.join(import.meta.dirname, "../fixtures/page/scripts-forms-frames-and-pixels");
    const outcome = processFile("input.html", path.join(dir, "input.html"), readFileSync(path.join(dir, "input.html")), { contentDir: dir, now: NOW, ...DEFAULT_LIMITS });
    if (outcome.kind !== "article") throw new Error(`the page was skipped: ${outcome.reason}`);
    expect(outcome.article.html).not.toMatch(/<(?:script|style|iframe|form|input|button|noscript)\b|\bon[a-z]+=|javascript:|tracker\.example|stats\.example/i);
    expect(outcome.article.html).toContain("https://harbour.example/img/bus.jpg");
  });
});
