/**
 * Saved pages at the limits, built as an editor builds them: a page of 200,000 elements and a 10 MB page each
 * become an article within the per-file time limit, or are listed in the build report with their reason.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRecord } from "../../src/records.ts";
import { runCli, tempDir } from "../helpers/run-cli.ts";

const HEAD = '<!DOCTYPE html><html><head><title>Night buses | Harbour Times</title><meta property="og:site_name" content="Harbour Times"></head><body><nav><a href="/">Home</a></nav>';
const PROSE = "<p>The council voted on Tuesday to extend the night bus network to the eastern districts, after three years of debate.</p>";
const PARAGRAPH = `<p>${"The council voted on Tuesday to extend the night bus network. ".repeat(30)}</p>\n`;

describe("saved pages at the limits", () => {
  const tmp = tempDir("roundup-page-limits-");
  const content = path.join(tmp.dir, "content");
  let result: Awaited<ReturnType<typeof runCli>>;
  let articles: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    mkdirSync(content);
    writeFileSync(path.join(content, "many-elements.html"), `${HEAD}<article>${PROSE.repeat(20)}</article><div>${"<div><span>x</span></div>".repeat(100_000)}</div></body></html>`);
    writeFileSync(path.join(content, "ten-megabytes.html"), `${HEAD}<article>${PARAGRAPH.repeat(Math.ceil(10_000_000 / PARAGRAPH.length))}</article></body></html>`);
    result = await runCli(["build", "--content", content, "--output", path.join(tmp.dir, "site"), "--no-cache", "--verbose"]);
    const exported: unknown = JSON.parse(readFileSync(path.join(tmp.dir, "site/data/articles.json"), "utf8"));
    articles = isRecord(exported) && Array.isArray(exported.articles) ? exported.articles.filter(isRecord) : [];
  }, 600_000);
  afterAll(() => tmp.remove());

  it("builds", () => {
    expect(result.code, result.stderr).toBe(0);
  });

  it("reads the page of 200,000 elements without Readability, and says so", () => {
    const article = articles.find((a) => a.file === "many-elements.html");
    if (!article) {
      expect(result.stdout).toMatch(/many-elements\.html.*skipped.*\S/);
      return;
    }
    expect(String(article.text)).toContain("The council voted on Tuesday");
    expect(result.stdout).toMatch(/many-elements\.html.*page-too-large/);
  });

  it("reads the 10 MB page, or lists it with its reason", () => {
    const article = articles.find((a) => a.file === "ten-megabytes.html");
    if (!article) {
      expect(result.stdout).toMatch(/ten-megabytes\.html.*skipped.*\S/);
      return;
    }
    expect(article.title).toBe("Night buses");
    expect(String(article.text).length).toBeGreaterThan(9_000_000);
  });
});
