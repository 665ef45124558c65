import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../helpers/run-cli.ts";

const FIXTURES = path.join(ROOT, "test/fixtures/import");

describe("roundup import", () => {
  const tmp = tempDir();
  const content = path.join(tmp.dir, "content");
  const site = path.join(tmp.dir, "site");
  const results: Record<string, Awaited<ReturnType<typeof runCli>>> = {};

  beforeAll(async () => {
    results.google = await runCli(["import", path.join(FIXTURES, "google-news.xml"), "--content", content]);
    results.atom = await runCli(["import", path.join(FIXTURES, "atom.xml"), "--content", content]);
    results.again = await runCli(["import", path.join(FIXTURES, "google-news.xml"), "--content", content]);
    writeFileSync(path.join(tmp.dir, "not-a-feed.xml"), "<html><body><p>Hello</p></body></html>");
    results.bad = await runCli(["import", path.join(tmp.dir, "not-a-feed.xml"), "--content", content]);
    results.build = await runCli(["build", "--content", content, "--output", site]);
  });
  afterAll(() => tmp.remove());

  it("writes one file per new item, named from the item's day and title", () => {
    expect(results.google?.code).toBe(0);
    expect(readdirSync(content).sort()).toEqual([
      "2026-01-06-ferry-crews-walk-out-over-winter-rosters.html",
      "2026-01-06-library-on-the-market-square-reopens-after-restoration.html",
      "2026-01-07-harbour-dredging-closes-two-berths.html",
      "2026-01-07-tram-depot-to-become-a-covered-market.html",
      "2026-01-07-winter-timetable-for-the-island-ferries.txt",
      "_stories.json",
    ]);
    expect(results.google?.stdout).toContain("google-news.xml (RSS 2.0): 3 items, 2 imported, 1 skipped");
    expect(results.atom?.stdout).toContain("atom.xml (Atom): 3 items, 3 imported, 0 skipped");
  });

  it("keeps a Google News item's coverage list as the HTML body, under YAML front matter", () => {
    const text = readFileSync(path.join(content, "2026-01-06-ferry-crews-walk-out-over-winter-rosters.html"), "utf8");
    expect(text).toMatch(/^---\ntitle: Ferry crews walk out over winter rosters - Harbour Courier\ndate: 2026-01-06T07:30:00Z\nlink: https:\/\/news\.google\.com\/rss\/articles\/CBMiFerryStrikeHarbourCourier\?oc=5\n/);
    expect(text).toContain("publisher: Harbour Courier\n");
    expect(text).toContain('---\n<ol><li><a href="https://news.google.com/rss/articles/CBMiFerryStrikeHarbourCourier?oc=5" target="_blank">Ferry crews walk out over winter rosters</a>&nbsp;&nbsp;<font color="#6f6f6f">Harbour Courier</font></li>');
  });

  it("skips items already in the content folder, by link or guid", () => {
    expect(results.again?.code).toBe(0);
    expect(results.again?.stdout).toContain("3 items, 0 imported, 3 skipped");
    expect(results.google?.stdout).toMatch(/skipped: already in the content folder as 2026-01-06-ferry-crews-walk-out-over-winter-rosters\.html \(same (link|guid)\)/);
  });

  it("refuses a file that is not a feed, saying why", () => {
    expect(results.bad?.code).toBe(1);
    expect(results.bad?.stderr).toMatch(/not-a-feed\.xml could not be imported: the document is not an RSS 2\.0 \(<rss><channel>\) or Atom \(<feed>\) feed/);
  });

  it("builds the imported files into stories, the aggregator's list becoming sources", () => {
    expect(results.build?.code).toBe(0);
    expect(results.build?.stdout).toMatch(/ 0 errors, 0 warnings/);
    const { stories } = JSON.parse(readFileSync(path.join(site, "data/stories.json"), "utf8"));
    const ferry = stories.find((s: { headline: string }) => s.headline === "Ferry crews walk out over winter rosters");
    // The aggregator's list becomes sources; which other articles join the story is grouping's business.
    expect(ferry.sources.map((s: { publisher: string }) => s.publisher)).toEqual(expect.arrayContaining(["BBC", "Harbour Courier", "Reuters"]));
    const { articles } = JSON.parse(readFileSync(path.join(site, "data/articles.json"), "utf8"));
    const dredging = articles.find((a: { title: string }) => a.title === "Harbour dredging closes two berths");
    expect(dredging.text).toContain("Berths 4 and 5 are closed");
    const depot = articles.find((a: { title: string }) => a.title === "Tram depot to become a covered market");
    expect(depot).toMatchObject({ author: "Ines Duarte", date: "2026-01-07T07:00:00Z", url: "https://harbourcourier.example/2026/01/depot-market" });
    expect(depot.text).toContain("Work begins in March & the market opens next spring.");
  });
});
