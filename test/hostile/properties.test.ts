/** Rules that must hold for every input, checked on generated ones (fast-check). */
import { writeFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { HtmlValidate } from "html-validate";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, processFile } from "../../src/pipeline.ts";
import { sanitize } from "../../src/render/sanitize.ts";
import { runCli, tempDir } from "../helpers/run-cli.ts";
import { listFiles } from "../helpers/site-links.ts";

const OPTIONS = { contentDir: "/nonexistent", now: Date.UTC(2026, 10, 1), ...DEFAULT_LIMITS };
const EXTENSIONS = [".md", ".txt", ".html", ".markdown", ".htm"];
// Note: bytes that steer the pipeline's decisions, mixed into random ones so that the shapes it branches on occur.
const MEANINGFUL = ["---\n", "---js\n", "+++\n", "title: x\n", "<p>", "</div>", "<a href='javascript:x'>", "# ", "\r\n", "\u00a0", "â€™", "PHOTO: REUTERS\n", "&nbsp;", "\uFEFF", "\u0000", "{{ 7*6 }}", "- item\n", "> quote\n"];
const fragments = fc.oneof(fc.constantFrom(...MEANINGFUL), fc.string(), fc.string({ unit: "binary" }));

describe("the pipeline never crashes", () => {
  it("on arbitrary bytes, under any supported extension", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...EXTENSIONS), (bytes, ext) => {
        const outcome = processFile(`x${ext}`, `/nonexistent/x${ext}`, bytes, OPTIONS);
        expect(["article", "skipped"]).toContain(outcome.kind);
      }),
      { numRuns: 300 },
    );
  });
  it("on text assembled from the pieces it reacts to", () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 40 }), fc.constantFrom(...EXTENSIONS), (parts, ext) => {
        const outcome = processFile(`x${ext}`, `/nonexistent/x${ext}`, new TextEncoder().encode(parts.join("")), OPTIONS);
        if (outcome.kind === "article") {
          expect(outcome.article.title.length).toBeGreaterThan(0);
          expect(sanitize(outcome.article.html)).toBe(outcome.article.html);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("sanitizing", () => {
  it("twice equals once, for any HTML-ish string", () => {
    const htmlish = fc.array(fc.oneof(fc.constantFrom("<p>", "</p>", "<a href='http://x'>", "</a>", "<script>", "<img src=x onerror=y>", "<b>", "<!--", "-->", "<svg>", "<xmp>", "&amp;", "&lt;", "<![CDATA[", "]]>", "<style>", "<textarea>", "<font color=red>", "\"", "'"), fc.string()), { maxLength: 30 });
    fc.assert(
      fc.property(htmlish, (parts) => {
        const once = sanitize(parts.join(""));
        expect(sanitize(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("any article renders to valid HTML", () => {
  const tmp = tempDir("roundup-valid-");
  afterAll(() => tmp.remove());
  it("for generated titles, authors, summaries and bodies", async () => {
    const content = path.join(tmp.dir, "content");
    mkdirSync(content, { recursive: true });
    const field = fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), fc.constantFrom(...MEANINGFUL));
    const samples = fc.sample(fc.record({ title: field, author: field, summary: field, body: fc.array(fragments, { maxLength: 20 }) }), { numRuns: 40, seed: 20261121 });
    samples.forEach((sample, i) => {
      const yaml = (value: string): string => JSON.stringify(value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/g, ""));
      writeFileSync(path.join(content, `generated-${String(i).padStart(2, "0")}.md`), `---\ntitle: ${yaml(sample.title)}\nauthor: ${yaml(sample.author)}\nsummary: ${yaml(sample.summary)}\ndate: 2026-01-05\n---\n${sample.body.join("")}\n`);
    });
    const output = path.join(tmp.dir, "site");
    const result = await runCli(["build", "--content", content, "--output", output]);
    expect(result.code, result.stderr).toBe(0);
    // Every generated file has a title and a date; a few are skipped by design (a NUL byte in the body makes a file
    // binary), the rest each get a page of their own.
    const counts = /(\d+) files read: (\d+) rendered, (\d+) merged, (\d+) skipped/.exec(result.stdout);
    const [read = 0, rendered = 0, merged = 0, skipped = 0] = counts?.slice(1).map(Number) ?? [];
    expect(read, result.stdout.slice(-2000)).toBe(samples.length);
    expect(rendered + merged + skipped).toBe(read);
    expect(rendered).toBeGreaterThan(samples.length / 2);
    const pages = listFiles(output).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    expect(pages).toHaveLength(rendered);
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(path.join(output, page), "utf8"), page);
      for (const message of report.results.flatMap((r) => r.messages)) if (message.severity === 2) errors.push(`${page}:${message.line} ${message.ruleId} ${message.message}`);
    }
    expect(errors).toEqual([]);
  });
});
