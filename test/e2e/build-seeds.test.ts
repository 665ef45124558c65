import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brokenLinks, listFiles } from "../helpers/site-links.ts";
import { ROOT, copyContent, runCli, tempDir } from "../helpers/run-cli.ts";

describe("building the sample content", () => {
  const tmp = tempDir();
  const output = path.join(tmp.dir, "site");
  // The build runs in a folder of its own holding a dist/ of an earlier build, where the default output would go.
  const cwd = path.join(tmp.dir, "work");
  const dist = path.join(cwd, "dist");
  const EARLIER = "<!doctype html><title>An earlier build</title>\n";
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    const content = copyContent(path.join(ROOT, "content"), tmp.dir);
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, "index.html"), EARLIER);
    result = await runCli(["build", "--content", content, "--output", output, "--cache-dir", path.join(tmp.dir, "cache")], { cwd });
  });
  afterAll(() => tmp.remove());

  it("exits 0 and reports the counts", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/6 files read: 5 rendered, 0 merged, 0 skipped, 1 data/);
    expect(result.stdout).toMatch(/5 articles in 1 story;/);
  });

  it("writes the home page, one story page and five article pages", () => {
    const files = listFiles(output);
    expect(files).toContain("index.html");
    expect(files).toContain("404.html");
    expect(files.filter((f) => /^stories\/[^/]+\/index\.html$/.test(f))).toHaveLength(1);
    expect(files.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f))).toHaveLength(5);
  });

  it("exports one story holding all five files", () => {
    const { stories } = JSON.parse(readFileSync(path.join(output, "data/stories.json"), "utf8"));
    expect(stories).toHaveLength(1);
    expect(stories[0].articles.map((a: { file: string }) => a.file).sort()).toEqual(listFiles(path.join(ROOT, "content")).filter((f) => f.endsWith(".txt")));
    for (const key of ["id", "url", "headline", "firstSeen", "lastUpdated", "articles", "sources"]) expect(stories[0]).toHaveProperty(key);
    const { articles } = JSON.parse(readFileSync(path.join(output, "data/articles.json"), "utf8"));
    expect(articles).toHaveLength(5);
    for (const key of ["id", "file", "title", "date", "publisher", "author", "url", "summary", "text"]) expect(articles[0]).toHaveProperty(key);
  });

  it("indexes an article page's own text for search, not the other outlets' headlines it lists", () => {
    const pages = listFiles(output).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    for (const page of pages) {
      const html = readFileSync(path.join(output, page), "utf8");
      expect(html).toMatch(/<main id="main" data-pagefind-body>/);
      expect(html).toMatch(/<section aria-labelledby="other-coverage" data-pagefind-ignore>/);
      expect(html).toMatch(/<p class="story-box" data-pagefind-ignore>/);
    }
  });

  it("has no broken internal link", () => {
    expect(brokenLinks(output)).toEqual([]);
  });

  it("lists the aggregator's related coverage on the story page", () => {
    const storyPage = listFiles(output).find((f) => /^stories\/[^/]+\/index\.html$/.test(f)) ?? "";
    const html = readFileSync(path.join(output, storyPage), "utf8");
    for (const outlet of ["BBC", "AP News", "Reuters", "Nikkei Asia", "DW", "Bloomberg"]) expect(html).toMatch(new RegExp(`<span class="outlet"><a href="/outlets/[a-z-]+/">${outlet}</a></span>`));
  });

  it("builds into a custom folder without touching dist/", () => {
    expect(listFiles(output)).toContain("index.html");
    expect(listFiles(cwd)).toEqual(["dist/index.html"]);
    expect(readFileSync(path.join(dist, "index.html"), "utf8")).toBe(EARLIER);
  });
});
