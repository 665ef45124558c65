/**
 * The search index in parts (src/search/search-index.ts): every story and article page in exactly one part, each part
 * also holding the site's vocabulary, the same bytes however many threads index them, and parts reused on a rebuild,
 * also when their pages changed only in text Pagefind does not read.
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexSearch } from "../../src/search/search-index.ts";
import { searchPartCount } from "../../src/search/plan-parts.ts";
import { listFiles } from "../helpers/site-links.ts";
import { ROOT, copyContent, runCli, tempDir, timingCounters } from "../helpers/run-cli.ts";

const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 1, 1) / 1000) };

interface Entry {
  languages: Record<string, { page_count: number }>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

function bundleSnapshot(site: string): Map<string, string> {
  const bundle = path.join(site, "pagefind");
  return new Map(listFiles(bundle).map((file) => [file, readFileSync(path.join(bundle, file)).toString("base64")]));
}


describe("the search index in parts", () => {
  const tmp = tempDir("roundup-search-parts-");
  const output = path.join(tmp.dir, "site");
  const timings = (name: string): string => path.join(tmp.dir, `${name}.json`);
  let content = "";
  let first = new Map<string, string>();
  beforeAll(async () => {
    content = copyContent(path.join(ROOT, "content"), tmp.dir);
    const cold = await runCli(["build", "--content", content, "--output", output, "--search-chunk", "1", "--cache-dir", path.join(tmp.dir, "cache"), "--timings", timings("cold")], { env: ENV });
    expect(cold.code).toBe(0);
    first = bundleSnapshot(output);
  });
  afterAll(() => tmp.remove());

  it("doubles the parts until each holds at most a chunk of pages, up to 16", () => {
    expect(searchPartCount(0, 5000)).toBe(1);
    expect(searchPartCount(5000, 5000)).toBe(1);
    expect(searchPartCount(5001, 5000)).toBe(2);
    expect(searchPartCount(17_800, 5000)).toBe(4);
    expect(searchPartCount(1_000_000, 5000)).toBe(16);
  });

  it("puts every story and article page in exactly one part, and each part's vocabulary in the primary", () => {
    const { parts, hide, vocabulary } = readJson<{ parts: string[]; hide: Record<string, string>; vocabulary: Record<string, string> }>(path.join(output, "pagefind", "parts.json"));
    expect(parts.length).toBeGreaterThan(1);
    expect(hide).toEqual({ "roundup-vocabulary": "yes" });
    const counted = parts.map((folder) => Object.values(readJson<Entry>(path.join(output, "pagefind", folder, "pagefind-entry.json")).languages).reduce((sum, language) => sum + language.page_count, 0));
    const pages = listFiles(output).filter((file) => /^(?:stories|articles)\/[^/]+\/index\.html$/.test(file)).length;
    // Each part counts its own pages; the primary, one vocabulary record per part.
    expect(counted.reduce((a, b) => a + b, 0)).toBe(pages);
    for (const count of counted) expect(count).toBeGreaterThan(0);
    expect(Object.values(vocabulary).sort()).toEqual([...parts].sort());
    const primary = readJson<Entry>(path.join(output, "pagefind", "pagefind-entry.json"));
    expect(Object.values(primary.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(parts.length);
    // Only the primary carries the script and WebAssembly the browser runs.
    for (const folder of parts) expect(listFiles(path.join(output, "pagefind", folder)).filter((file) => /\.js$|^wasm\./.test(file))).toEqual([]);
    expect(listFiles(path.join(output, "pagefind"))).toContain("pagefind.js");
  });

  it("writes the same bytes whether its parts are indexed one after the other or two at a time", async () => {
    const copies = [1, 2].map((threads) => {
      const site = path.join(tmp.dir, `threads-${threads}`);
      cpSync(output, site, { recursive: true });
      return { site, threads };
    });
    for (const { site, threads } of copies) {
      const result = await indexSearch(site, { language: "en", chunk: 1, threads });
      expect(result.reused).toBe(0);
    }
    const [one, two] = copies.map(({ site }) => bundleSnapshot(site));
    expect(two).toEqual(one);
    expect(one).toEqual(first);
  });

  it("reuses every part on a rebuild with nothing changed, and indexes again only a part whose files changed", async () => {
    const args = ["build", "--content", content, "--output", output, "--search-chunk", "1", "--cache-dir", path.join(tmp.dir, "cache")];
    const warm = await runCli([...args, "--timings", timings("warm")], { env: ENV });
    expect(warm.code).toBe(0);
    const parts = timingCounters(timings("cold")).searchIndexParts ?? 0;
    expect(parts).toBeGreaterThan(1);
    expect(timingCounters(timings("cold")).searchIndexReused).toBe(0);
    expect(timingCounters(timings("warm")).searchIndexReused).toBe(parts);
    expect(bundleSnapshot(output)).toEqual(first);

    const { parts: folders } = readJson<{ parts: string[] }>(path.join(output, "pagefind", "parts.json"));
    const entry = path.join(output, "pagefind", folders[0] ?? "", "pagefind-entry.json");
    writeFileSync(entry, `${readFileSync(entry, "utf8")} `);
    const tampered = await runCli([...args, "--timings", timings("tampered")], { env: ENV });
    expect(tampered.code).toBe(0);
    expect(timingCounters(timings("tampered")).searchIndexReused).toBe(parts - 1);
    expect(bundleSnapshot(output)).toEqual(first);
  });

  it("reuses a part whose pages changed only in text Pagefind ignores, and indexes again one whose filters changed", async () => {
    const record = path.join(tmp.dir, "ignored", "search.json");
    const published = path.join(tmp.dir, "published");
    cpSync(output, published, { recursive: true });
    const reuse = { record, bundle: path.join(published, "pagefind"), codeVersion: "test" };
    expect((await indexSearch(published, { language: "en", chunk: 1, reuse })).reused).toBe(0);
    const story = readdirSync(path.join(published, "stories")).find((name) => readFileSync(path.join(published, "stories", name, "index.html"), "utf8").includes('<details class="why" data-pagefind-ignore>')) ?? "";
    expect(story).not.toBe("");
    /** The published site with one story page changed by `change`, indexed with reuse, and its index made afresh. */
    const rebuild = async (name: string, change: (html: string) => string): Promise<{ reused: number; parts: number; same: boolean }> => {
      const site = path.join(tmp.dir, name);
      cpSync(published, site, { recursive: true });
      rmSync(path.join(site, "pagefind"), { recursive: true });
      const page = path.join(site, "stories", story, "index.html");
      const before = readFileSync(page, "utf8");
      writeFileSync(page, change(before));
      expect(readFileSync(page, "utf8")).not.toBe(before);
      const fresh = path.join(tmp.dir, `${name}-fresh`);
      cpSync(site, fresh, { recursive: true });
      const result = await indexSearch(site, { language: "en", chunk: 1, reuse });
      await indexSearch(fresh, { language: "en", chunk: 1 });
      return { reused: result.reused, parts: result.parts, same: JSON.stringify([...bundleSnapshot(site)]) === JSON.stringify([...bundleSnapshot(fresh)]) };
    };
    // The grouping's explanation is marked `data-pagefind-ignore`: its text is not indexed, so no part changes.
    const explained = await rebuild("explained", (html) => html.replace("<summary>Why these articles are grouped</summary>", "<summary>Why these articles are one story</summary>"));
    expect(explained).toMatchObject({ reused: explained.parts, same: true });
    // A filter is read inside an ignored element: the story's part is indexed again.
    const filtered = await rebuild("filtered", (html) => html.replace('data-pagefind-filter="kind">Story<', 'data-pagefind-filter="kind">Stories<'));
    expect(filtered).toMatchObject({ reused: filtered.parts - 1, same: true });
  });

  it("indexes an article of a later month in a part of its own, and reuses every part of the earlier pages", async () => {
    const args = ["build", "--content", content, "--output", output, "--search-chunk", "1", "--cache-dir", path.join(tmp.dir, "cache")];
    const before = await runCli([...args, "--timings", timings("before-new")], { env: ENV });
    expect(before.code).toBe(0);
    const { parts: earlier } = readJson<{ parts: string[] }>(path.join(output, "pagefind", "parts.json"));
    writeFileSync(
      path.join(content, "later-month.md"),
      "---\ntitle: Harbour ferry timetable changes for the spring season\ndate: 2026-03-02\npublisher: Harbour Gazette\n---\n\nThe harbour ferry runs every twenty minutes from the second of March, the operator said on Monday.\n",
    );
    const after = await runCli([...args, "--timings", timings("after-new")], { env: ENV });
    expect(after.code).toBe(0);
    const { parts: now } = readJson<{ parts: string[] }>(path.join(output, "pagefind", "parts.json"));
    // The new article and its story are of a month after every other page: they make new parts (two, at a chunk of
    // one page); the vocabulary changes too.
    expect(now.length).toBeGreaterThan(earlier.length);
    const counters = timingCounters(timings("after-new"));
    expect(counters.searchIndexParts).toBe(now.length + 1);
    expect(counters.searchIndexReused).toBe(earlier.length);
  });
});
