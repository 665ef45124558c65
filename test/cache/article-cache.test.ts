/** The cache of processed files: a rebuild with nothing changed reuses every result and writes the same site. */
import { appendFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleCache, cacheFileOf } from "../../src/cache/article-cache.ts";
import type { FileOutcome } from "../../src/pipeline.ts";
import { sanitize } from "../../src/render/sanitize.ts";
import { listFiles } from "../helpers/site-links.ts";
import { ROOT, copyContent, runCli, tempDir, timingCounters } from "../helpers/run-cli.ts";

const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 1, 1) / 1000) };

function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file), "utf8")]));
}

/** The build report without Eleventy's own timing line. */
const report = (stdout: string): string => stdout.replace(/^\[11ty\].*\n/gm, "");


describe("rebuilding with the cache", () => {
  const tmp = tempDir("roundup-cache-");
  const output = path.join(tmp.dir, "site");
  const timings = (name: string): string => path.join(tmp.dir, `${name}.json`);
  let content = "";
  let first = new Map<string, string>();
  let firstReport = "";
  beforeAll(async () => {
    content = copyContent(path.join(ROOT, "content"), tmp.dir);
    const cold = await runCli(["build", "--content", content, "--output", output, "--timings", timings("cold")], { env: ENV });
    expect(cold.code).toBe(0);
    firstReport = report(cold.stdout);
    first = snapshot(output);
  });
  afterAll(() => tmp.remove());

  it("keeps the cache in node_modules/.cache/roundup, never beside the site", () => {
    expect(existsSync(cacheFileOf(path.join(ROOT, "node_modules/.cache/roundup"), content))).toBe(true);
    expect(readdirSync(tmp.dir).sort()).toEqual(["cold.json", "content", "site"]);
    expect(timingCounters(timings("cold")).cacheHits).toBe(0);
  });

  it("reuses every result that depends on nothing but the file, and writes the same site", async () => {
    const warm = await runCli(["build", "--content", content, "--output", output, "--timings", timings("warm")], { env: ENV });
    expect(warm.code).toBe(0);
    expect(report(warm.stdout)).toBe(firstReport);
    expect(snapshot(output)).toEqual(first);
    // Note: a file whose image path was checked against the content folder is processed again every time.
    const imageChecks = firstReport.split("\n").filter((line) => line.endsWith("image-missing")).length;
    expect(timingCounters(timings("warm")).cacheHits).toBe(5 - imageChecks);
    // The story and article pages are the same, so the published search index was reused, byte for byte.
    expect(timingCounters(timings("cold")).searchIndexReused).toBe(0);
    expect(timingCounters(timings("warm")).searchIndexReused).toBe(1);
  });

  it("indexes again when a file of the published search index was changed", async () => {
    const entry = path.join(output, "pagefind", "pagefind-entry.json");
    const original = readFileSync(entry, "utf8");
    writeFileSync(entry, `${original} `);
    const result = await runCli(["build", "--content", content, "--output", output, "--timings", timings("tampered")], { env: ENV });
    expect(result.code).toBe(0);
    expect(timingCounters(timings("tampered")).searchIndexReused).toBe(0);
    expect(snapshot(output)).toEqual(first);
  });

  it("processes a changed file again", async () => {
    const changed = "003_893e1b22cc0b54cc.txt";
    appendFileSync(path.join(content, changed), "\nA paragraph added after the first build, to be found on the rebuilt page.\n");
    const rebuilt = await runCli(["build", "--content", content, "--output", output, "--timings", timings("changed")], { env: ENV });
    expect(rebuilt.code).toBe(0);
    const imageChecks = firstReport.split("\n").filter((line) => line.endsWith("image-missing")).length;
    expect(timingCounters(timings("changed")).cacheHits).toBe(4 - imageChecks);
    const { articles } = JSON.parse(readFileSync(path.join(output, "data/articles.json"), "utf8"));
    const article = articles.find((a: { file: string }) => a.file === changed);
    expect(article.text).toContain("A paragraph added after the first build");
    // A changed page: Pagefind indexes again, and finds the new words.
    expect(timingCounters(timings("changed")).searchIndexReused).toBe(0);
    expect(snapshot(output).get("pagefind/pagefind-entry.json")).not.toBe(first.get("pagefind/pagefind-entry.json"));
  });

  it("is neither read nor written with --no-cache", async () => {
    const before = statSync(cacheFileOf(path.join(ROOT, "node_modules/.cache/roundup"), content)).mtimeMs;
    const result = await runCli(["build", "--content", content, "--output", path.join(tmp.dir, "uncached"), "--no-cache", "--timings", timings("none")], { env: ENV });
    expect(result.code).toBe(0);
    expect(timingCounters(timings("none")).cacheHits).toBe(0);
    expect(statSync(cacheFileOf(path.join(ROOT, "node_modules/.cache/roundup"), content)).mtimeMs).toBe(before);
  });

  it("goes where --cache-dir says", async () => {
    const dir = path.join(tmp.dir, "elsewhere");
    const result = await runCli(["build", "--content", content, "--output", output, "--cache-dir", dir], { env: ENV });
    expect(result.code).toBe(0);
    expect(existsSync(cacheFileOf(dir, content))).toBe(true);
  });
});

describe("what the cache keeps", () => {
  const tmp = tempDir("roundup-cache-unit-");
  afterAll(() => tmp.remove());
  const outcome = (date: string | null, image: string | null = null): FileOutcome => ({
    kind: "article",
    diagnostics: [],
    article: { file: "a.md", title: "A", date, publisher: null, author: null, url: null, summary: null, credit: null, dateline: null, image, tags: [], bodyFormat: "markdown", frontMatter: true, html: sanitize(""), text: "", related: [], contentHash: "h", updated: null },
  });
  const options = { contentDir: tmp.dir, maxFileSize: 1000, maxFrontMatterSize: 100, now: 0 };
  const bytes = new TextEncoder().encode("# A\n");

  it("keys results by path, limits and bytes", () => {
    const cache = ArticleCache.open(tmp.dir, tmp.dir, "v1");
    const key = cache.key("a.md", bytes, options);
    expect(cache.key("a.md", bytes, options)).toBe(key);
    expect(cache.key("b.md", bytes, options)).not.toBe(key);
    expect(cache.key("a.md", new TextEncoder().encode("# B\n"), options)).not.toBe(key);
    expect(cache.key("a.md", bytes, { ...options, maxFileSize: 2000 })).not.toBe(key);
  });

  it("drops everything when the code changes", () => {
    const cache = ArticleCache.open(tmp.dir, tmp.dir, "v1");
    const key = cache.key("a.md", bytes, options);
    cache.put(key, outcome("2026-01-05"));
    cache.save();
    expect(ArticleCache.open(tmp.dir, tmp.dir, "v1").get(key, Date.UTC(2026, 1, 1))).toEqual(outcome("2026-01-05"));
    expect(ArticleCache.open(tmp.dir, tmp.dir, "v2").get(key, Date.UTC(2026, 1, 1))).toBeNull();
  });

  it("does not reuse a result whose date lies after the build clock, nor one that checked an image file", () => {
    const cache = ArticleCache.open(tmp.dir, tmp.dir, "v3");
    cache.put("dated", outcome("2026-03-01"));
    cache.put("imaged", outcome("2026-01-05", "photos/a.jpg"));
    cache.put("remote", outcome("2026-01-05", "https://example.org/a.jpg"));
    expect(cache.get("dated", Date.UTC(2026, 1, 1))).toBeNull();
    expect(cache.get("dated", Date.UTC(2026, 3, 1))).not.toBeNull();
    expect(cache.get("imaged", Date.UTC(2026, 1, 1))).toBeNull();
    expect(cache.get("remote", Date.UTC(2026, 1, 1))).not.toBeNull();
  });
});
