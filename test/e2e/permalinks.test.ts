import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, copyContent, runCli, tempDir } from "../helpers/run-cli.ts";
import { brokenLinks, listFiles } from "../helpers/site-links.ts";

const FIXTURES = path.join(ROOT, "test/fixtures/permalinks");

/** Where a site-relative URL leads in a built site: the page's HTML, and the URL a redirect page sends on to. */
function resolve(site: string, url: string): { html: string; redirectsTo: string | null } | null {
  const file = path.join(site, url, url.endsWith("/") ? "index.html" : "");
  try {
    const html = readFileSync(file, "utf8");
    return { html, redirectsTo: /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1] ?? null };
  } catch {
    return null;
  }
}

// The first build has two stories of one event that share no names: the lava flow at Grindavik, and the Blue
// Lagoon closing. Twenty articles are then added; one is an aggregator item that lists all four articles of both
// stories under one heading, which makes them one story. One article's title is corrected, which changes its id.
// Every URL of the first build must still lead somewhere.
describe("URLs outlive regrouping", () => {
  const tmp = tempDir();
  const site = path.join(tmp.dir, "site");
  let content: string;
  let before: string[];
  let storiesBefore: string[];
  let second: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    content = copyContent(path.join(FIXTURES, "first"), tmp.dir);
    expect((await runCli(["build", "--content", content, "--output", site])).code).toBe(0);
    before = listFiles(site).filter((f) => f.endsWith(".html"));
    storiesBefore = before.filter((f) => f.startsWith("stories/"));
    cpSync(path.join(FIXTURES, "added"), content, { recursive: true });
    const corrected = path.join(content, "lava-bbc.md");
    writeFileSync(corrected, readFileSync(corrected, "utf8").replace("Grindavik evacuated again as", "Grindavik evacuated for a third time as"));
    second = await runCli(["build", "--content", content, "--output", site, "--report", path.join(tmp.dir, "report.json")]);
  });
  afterAll(() => tmp.remove());

  it("starts from two stories and ends with them joined", () => {
    expect(storiesBefore).toHaveLength(2);
    expect(second.code).toBe(0);
    const { stories } = JSON.parse(readFileSync(path.join(site, "data/stories.json"), "utf8"));
    const joined = stories.find((s: { articles: Array<{ file: string }> }) => s.articles.some((a) => a.file === "aggregator-lava-spa.html"));
    expect(joined.articles.map((a: { file: string }) => a.file).sort()).toEqual(["aggregator-lava-spa.html", "lava-bbc.md", "lava-reuters.md", "spa-ap.md", "spa-guardian.md"]);
  });

  it("serves every page of the first build, or a redirect to its new home", () => {
    for (const page of before) {
      const found = resolve(site, `/${page.replace(/index\.html$/, "")}`);
      expect(found, `${page} of the first build is gone`).not.toBeNull();
      if (found?.redirectsTo) {
        const target = resolve(site, found.redirectsTo);
        expect(target?.redirectsTo ?? null, `${page} redirects to ${found.redirectsTo}, which must be a page`).toBeNull();
        expect(target?.html).toContain(page.startsWith("stories/") ? "Blue Lagoon" : "Grindavik evacuated for a third time");
      }
    }
  });

  it("redirects the merged story's old URL with a refresh, a canonical link and a visible link, and lists it", () => {
    const redirected = storiesBefore.map((page) => ({ page, found: resolve(site, `/${page.replace(/index\.html$/, "")}`) })).filter((r) => r.found?.redirectsTo);
    expect(redirected).toHaveLength(1);
    const [{ page, found }] = redirected as [{ page: string; found: { html: string; redirectsTo: string } }];
    expect(found.html).toContain(`<link rel="canonical" href="${found.redirectsTo}">`);
    expect(found.html).toContain(`<a href="${found.redirectsTo}">`);
    const oldId = page.split("/")[1] ?? "";
    expect(second.stdout).toContain(`/stories/${oldId}/  redirects to  ${found.redirectsTo}  (merged)`);
    expect(second.stdout).toContain("2 old URLs redirect to where their pages are now (2 new)");
    const report = JSON.parse(readFileSync(path.join(tmp.dir, "report.json"), "utf8"));
    expect(report.redirects.filter((r: { kind: string }) => r.kind === "story")).toEqual([{ kind: "story", from: oldId, to: found.redirectsTo.split("/")[2], new: true }]);
    expect(readFileSync(path.join(site, "_redirects"), "utf8")).toContain(`/stories/${oldId}/ ${found.redirectsTo} 301`);
    const ids = JSON.parse(readFileSync(path.join(content, "_stories.json"), "utf8"));
    expect(ids.redirects[oldId]).toBe(found.redirectsTo.split("/")[2]);
  });

  it("redirects the old URL of an article whose title was corrected", () => {
    const articlePages = before.filter((f) => f.startsWith("articles/"));
    const moved = articlePages.filter((page) => resolve(site, `/${page.replace(/index\.html$/, "")}`)?.redirectsTo);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatch(/^articles\/grindavik-evacuated-again-[a-z0-9-]+\/index\.html$/);
    expect(second.stdout).toMatch(/\/articles\/grindavik-evacuated-again-[^ ]+  redirects to  \/articles\/grindavik-evacuated-for-a-third-time-[^ ]+  \(renamed\)/);
    const ids = JSON.parse(readFileSync(path.join(content, "_stories.json"), "utf8"));
    expect(ids.articles["lava-bbc.md"]).toMatch(/^grindavik-evacuated-for-a-third-time-/);
    expect(Object.keys(ids.articleRedirects)).toEqual([moved[0]?.split("/")[1]]);
  });

  it("keeps internal links whole", () => {
    expect(brokenLinks(site)).toEqual([]);
  });
});
