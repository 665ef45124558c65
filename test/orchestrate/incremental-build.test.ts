/**
 * A build after a change reuses what the change did not reach (processed files, the grouping, pages, parts of the
 * search index, also when the change brings new words), and its output is byte for byte that of a cold build of the
 * same content.
 */
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, copyContent, runCli, tempDir, timingCounters } from "../helpers/run-cli.ts";
import { hashTree } from "../helpers/tree.ts";

const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 1, 1) / 1000) };
// Note: small search parts, so that the site's index is made of several parts, some reused and some not.
const FLAGS = ["--search-chunk", "4"];

/** A dated article of one of a few events, so that some join a story and some stand alone. */
function article(event: "harbour" | "orchard" | "comet", outlet: string, day: number, extra = ""): string {
  const bodies = {
    harbour: "Dock workers at the Port of Valmere walked out on Monday over night-shift pay, halting container traffic. The Valmere harbour authority said talks with the dockers' union would resume.",
    orchard: "A late frost destroyed most of the apple blossom in the Kessel valley orchards, growers said, and the regional cooperative expects the smallest harvest in twenty years.",
    comet: "Astronomers at the Lindqvist observatory confirmed a new long-period comet, which will be visible with binoculars in the northern sky in April.",
  };
  const titles = { harbour: "Valmere dockers strike over night-shift pay", orchard: "Frost wipes out Kessel valley apple blossom", comet: "New comet to be visible in April, Lindqvist observatory says" };
  return `---\ntitle: "${titles[event]}"\npublisher: "${outlet}"\ndate: 2026-01-${String(day).padStart(2, "0")}\n---\n${bodies[event]} ${outlet} reported.${extra}\n`;
}

describe("an incremental build", () => {
  const tmp = tempDir("roundup-incremental-");
  const output = path.join(tmp.dir, "site");
  const cache = path.join(tmp.dir, "cache");
  const timings = (name: string): string => path.join(tmp.dir, `${name}.json`);
  let content = "";
  const build = (dir: string, out: string, name: string, extra: string[] = ["--cache-dir", cache]) =>
    runCli(["build", "--content", dir, "--output", out, "--timings", timings(name), ...FLAGS, ...extra], { env: ENV });
  /** A cold build (no cache, no earlier output) of a copy of the content folder as it is now. */
  const coldCopy = async (name: string): Promise<{ site: Record<string, string>; storyIds: string }> => {
    const copy = path.join(tmp.dir, `content-${name}`);
    rmSync(copy, { recursive: true, force: true });
    cpSync(content, copy, { recursive: true });
    const out = path.join(tmp.dir, `site-${name}`);
    const result = await build(copy, out, name, ["--no-cache"]);
    expect(result.code, result.stderr).toBe(0);
    return { site: hashTree(out), storyIds: readFileSync(path.join(copy, "_stories.json"), "utf8") };
  };

  beforeAll(async () => {
    content = copyContent(path.join(ROOT, "content"), tmp.dir);
    const outlets = ["Harbour Times", "Valley Post", "Sky Weekly", "Morning Ledger"];
    outlets.forEach((outlet, i) => {
      writeFileSync(path.join(content, `harbour-${i}.md`), article("harbour", outlet, 5 + i));
      writeFileSync(path.join(content, `orchard-${i}.md`), article("orchard", outlet, 9 + i));
    });
    const first = await build(content, output, "first");
    expect(first.code, first.stderr).toBe(0);
  });
  afterAll(() => tmp.remove());

  it("after articles are added, edited and removed, writes what a cold build writes", async () => {
    writeFileSync(path.join(content, "harbour-new.md"), article("harbour", "Evening Courier", 12));
    writeFileSync(path.join(content, "comet-0.md"), article("comet", "Sky Weekly", 14));
    appendFileSync(path.join(content, "orchard-1.md"), "\nThe cooperative corrected its estimate on Tuesday.\n");
    appendFileSync(path.join(content, "003_893e1b22cc0b54cc.txt"), "\nA paragraph added after the first build.\n");
    rmSync(path.join(content, "harbour-2.md"));
    const cold = await coldCopy("cold-1");
    const rebuilt = await build(content, output, "changed");
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(hashTree(output)).toEqual(cold.site);
    expect(readFileSync(path.join(content, "_stories.json"), "utf8")).toBe(cold.storyIds);
    // The change reached some pages, not all.
    const counters = timingCounters(timings("changed"));
    expect(counters.pagesReused).toBeGreaterThan(0);
    expect(counters.pagesRendered).toBeGreaterThan(0);
  });

  it("after an edit in words the site already has, indexes again only the parts of the search index it reached", async () => {
    appendFileSync(path.join(content, "harbour-1.md"), "\nThe Valmere harbour authority said talks would resume.\n");
    const cold = await coldCopy("cold-edit");
    const rebuilt = await build(content, output, "edited");
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(hashTree(output)).toEqual(cold.site);
    const counters = timingCounters(timings("edited"));
    expect(counters.pagesRendered).toBeLessThan(5);
    // The edited article's story is assessed again; the others keep their reports.
    expect(counters.storyReportsMade).toBe(1);
    expect(counters.storyReportsReused).toBeGreaterThan(0);
    expect(counters.searchIndexReused).toBeGreaterThan(0);
    expect(counters.searchIndexReused).toBeLessThan(counters.searchIndexParts ?? 0);
  });

  it("after an article with words the site does not have is added, still reuses the parts of the search index it did not reach", async () => {
    writeFileSync(path.join(content, "comet-1.md"), article("comet", "Morning Ledger", 15, " The Quillobrand survey team named it after Vastrelund."));
    const cold = await coldCopy("cold-new-words");
    const rebuilt = await build(content, output, "new-words");
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(hashTree(output)).toEqual(cold.site);
    const counters = timingCounters(timings("new-words"));
    expect(counters.searchIndexReused).toBeGreaterThan(0);
    expect(counters.searchIndexReused).toBeLessThan(counters.searchIndexParts ?? 0);
  });

  it("after an edit moves an article from one story to another, writes what a cold build writes", async () => {
    // Figures that disagree, so that the stories' claims are compared, and an orchard article rewritten as a report
    // of the strike: two stories change members.
    appendFileSync(path.join(content, "harbour-0.md"), "\nThe union said 40 ships were waiting to unload.\n");
    appendFileSync(path.join(content, "harbour-3.md"), "\nThe union said 45 ships were waiting to unload.\n");
    let before = await build(content, output, "figures");
    expect(before.code, before.stderr).toBe(0);
    writeFileSync(path.join(content, "orchard-3.md"), article("harbour", "Sky Weekly", 9, "\nThe union said 40 ships were waiting to unload."));
    const cold = await coldCopy("cold-moved");
    const rebuilt = await build(content, output, "moved");
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(hashTree(output)).toEqual(cold.site);
    expect(readFileSync(path.join(content, "_stories.json"), "utf8")).toBe(cold.storyIds);
    const storyOf = (file: string): string[] => {
      const saved: { stories: Record<string, string[]> } = JSON.parse(readFileSync(path.join(content, "_stories.json"), "utf8"));
      return Object.values(saved.stories).find((members) => members.includes(file)) ?? [];
    };
    expect(storyOf("orchard-3.md")).toContain("harbour-0.md");
    expect(storyOf("orchard-0.md")).not.toContain("orchard-3.md");
    const counters = timingCounters(timings("moved"));
    expect(counters.storyReportsMade).toBeGreaterThan(0);
    expect(counters.storyReportsReused).toBeGreaterThan(0);
    before = await build(content, output, "moved-again");
    expect(timingCounters(timings("moved-again")).storyReportsMade).toBe(0);
  });

  it("with nothing changed renders no page, and still writes what a cold build writes", async () => {
    const cold = await coldCopy("cold-2");
    const again = await build(content, output, "unchanged");
    expect(again.code, again.stderr).toBe(0);
    expect(hashTree(output)).toEqual(cold.site);
    const counters = timingCounters(timings("unchanged"));
    expect(counters.pagesRendered).toBe(0);
    expect(counters.searchIndexReused).toBe(counters.searchIndexParts);
  });

  it("renders a page again, and writes a story's feed again, when its published file was changed by hand", async () => {
    const files = Object.keys(hashTree(output));
    const page = files.find((file) => file.startsWith("stories/") && file.endsWith("index.html")) ?? "";
    appendFileSync(path.join(output, page), "<!-- changed by hand -->");
    const feed = files.find((file) => file.startsWith("stories/") && file.endsWith("feed.xml")) ?? "";
    expect(feed).not.toBe("");
    appendFileSync(path.join(output, feed), "<!-- changed by hand -->");
    const cold = await coldCopy("cold-3");
    const again = await build(content, output, "tampered");
    expect(again.code, again.stderr).toBe(0);
    expect(hashTree(output)).toEqual(cold.site);
    expect(timingCounters(timings("tampered")).pagesRendered).toBe(1);
  });
});
