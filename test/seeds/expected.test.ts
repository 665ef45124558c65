/**
 * The golden test of the five sample articles: every field of ../shared/seeds/expected.json, for every file and for
 * the story, against what a build of content/ makes of them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeHTML } from "entities";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRecord } from "../../src/records.ts";
import { ROOT, SHARED, copyContent, runCli, tempDir } from "../helpers/run-cli.ts";

const EXPECTED = path.join(SHARED, "seeds/expected.json");
const present = existsSync(EXPECTED);
if (!present) console.warn(`skipping the seed expectations: ${EXPECTED} is not there (it ships beside the project, not in it)`);

const fold = (text: string): string => text.normalize("NFC").replace(/\s+/g, " ").trim();
type Json = unknown;

/** Whether `actual` meets an expectation written as a string, null, {anyOf}, or {startsWith, maxLength}. */
function meets(actual: Json, expected: Json, compare: (a: string, e: string) => boolean = (a, e) => fold(a) === fold(e)): boolean {
  if (isRecord(expected) && Array.isArray(expected.anyOf)) return expected.anyOf.some((option: Json) => meets(actual, option, compare));
  if (isRecord(expected) && typeof expected.startsWith === "string") {
    return typeof actual === "string" && fold(actual).startsWith(fold(expected.startsWith)) && (typeof expected.maxLength !== "number" || actual.length <= expected.maxLength);
  }
  if (expected === null) return actual === null;
  return typeof actual === "string" && typeof expected === "string" && compare(actual, expected);
}

/** Dates compare on the precision the expectation gives. */
const sameDate = (actual: string, expected: string): boolean => actual.slice(0, expected.length) === expected && (actual.length === expected.length || /^[:T]/.test(actual.slice(expected.length)));

describe.skipIf(!present)("the sample articles meet expected.json", () => {
  const tmp = tempDir();
  const output = path.join(tmp.dir, "site");
  const spec = present ? JSON.parse(readFileSync(EXPECTED, "utf8")) : { files: {}, stories: [] };
  let articles: Array<Record<string, Json>> = [];
  let stories: Array<Record<string, Json>> = [];
  const pageOf = (article: Record<string, Json>): string => readFileSync(path.join(output, "articles", String(article.id), "index.html"), "utf8");
  const bodyOf = (html: string): string => /<div class="body">([\s\S]*?)<\/div>\s*<p class="links">/.exec(html)?.[1] ?? "";

  beforeAll(async () => {
    const content = copyContent(path.join(ROOT, "content"), tmp.dir);
    const result = await runCli(["build", "--content", content, "--output", output]);
    expect(result.code, result.stderr).toBe(0);
    articles = JSON.parse(readFileSync(path.join(output, "data/articles.json"), "utf8")).articles;
    stories = JSON.parse(readFileSync(path.join(output, "data/stories.json"), "utf8")).stories;
  });
  afterAll(() => tmp.remove());

  for (const [file, expected] of Object.entries<Record<string, Json>>(spec.files)) {
    describe(file, () => {
      const article = (): Record<string, Json> => {
        const found = articles.find((a) => a.file === file);
        if (!found) throw new Error(`${file} is not among the built articles`);
        return found;
      };
      for (const field of ["title", "publisher", "url", "author", "summary", "credit", "dateline"]) {
        if (!(field in expected)) continue;
        it(`has the expected ${field}`, () => {
          expect(meets(article()[field] ?? null, expected[field]), `${field}: ${JSON.stringify(article()[field])}`).toBe(true);
        });
      }
      if ("date" in expected) {
        it("has the expected date", () => {
          expect(meets(article().date ?? null, expected.date, sameDate), `date: ${JSON.stringify(article().date)}`).toBe(true);
        });
      }
      if ("frontMatter" in expected) it("detects front matter", () => expect(article().frontMatter).toBe(expected.frontMatter));
      if ("bodyFormat" in expected) it("detects the body format", () => expect(article().bodyFormat).toBe(expected.bodyFormat));
      const relatedCoverage = expected.relatedCoverage;
      if (Array.isArray(relatedCoverage)) {
        it("lists the related coverage in order", () => {
          const related = article().related;
          expect(Array.isArray(related)).toBe(true);
          const links = Array.isArray(related) ? related.filter(isRecord) : [];
          expect(links).toHaveLength(relatedCoverage.length);
          relatedCoverage.forEach((want: Record<string, Json>, i: number) => {
            expect(meets(links[i]?.title ?? null, want.title), `title ${i}`).toBe(true);
            expect(meets(links[i]?.publisher ?? null, want.publisher), `publisher ${i}: ${JSON.stringify(links[i]?.publisher)}`).toBe(true);
          });
        });
      }
      const headingsWanted = expected.headings;
      if (Array.isArray(headingsWanted)) {
        it("renders the headings as headings", () => {
          const headings = [...bodyOf(pageOf(article())).matchAll(/<h[2-6][^>]*>([\s\S]*?)<\/h[2-6]>/g)].map((m) => fold(decodeHTML((m[1] ?? "").replace(/<[^>]+>/g, ""))));
          for (const heading of headingsWanted) expect(headings).toContain(fold(String(heading)));
        });
      }
      const mustContain = expected.mustContain;
      if (Array.isArray(mustContain)) {
        it("contains what it must, in its HTML and its text", () => {
          const html = fold(decodeHTML(pageOf(article())));
          const text = fold(String(article().text));
          for (const needle of mustContain) {
            expect(html, `HTML lacks ${needle}`).toContain(fold(String(needle)));
            expect(text, `text lacks ${needle}`).toContain(fold(String(needle)));
          }
        });
      }
      const mustNotContain = expected.mustNotContain;
      if (Array.isArray(mustNotContain)) {
        it("contains nothing it must not, in its HTML and its text", () => {
          const raw = pageOf(article());
          const views = [raw.normalize("NFC"), fold(decodeHTML(raw)), String(article().text).normalize("NFC"), fold(String(article().text))];
          for (const needle of mustNotContain) {
            const want = String(needle);
            for (const view of views) expect(view.includes(want) || (want.trim() !== "" && view.includes(fold(want))), `found ${JSON.stringify(want)}`).toBe(false);
          }
        });
      }
    });
  }

  spec.stories.forEach((want: { files: string[]; sourcesMustInclude: Json[] }, index: number) => {
    describe(`story ${index + 1}`, () => {
      it("holds exactly its files, in one story", () => {
        const holding = stories.filter((story) => Array.isArray(story.articles) && story.articles.some((a: Json) => isRecord(a) && want.files.includes(String(a.file))));
        expect(holding).toHaveLength(1);
        const files = (holding[0]?.articles as Array<{ file: string }>).map((a) => a.file).sort();
        expect(files).toEqual([...want.files].sort());
      });
      it("names every outlet in its source list", () => {
        const story = stories.find((s) => Array.isArray(s.articles) && s.articles.some((a: Json) => isRecord(a) && a.file === want.files[0]));
        const publishers = Array.isArray(story?.sources) ? story.sources.filter(isRecord).map((s) => s.publisher) : [];
        for (const outlet of want.sourcesMustInclude) expect(publishers.some((p) => meets(p, outlet)), `missing ${JSON.stringify(outlet)} in ${publishers.join(", ")}`).toBe(true);
      });
    });
  });
});
