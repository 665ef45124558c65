import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildSite } from "../helpers/build-sample.ts";
import { tempDir } from "../helpers/run-cli.ts";
import { brokenLinks, listFiles } from "../helpers/site-links.ts";
import { htmlErrors } from "../helpers/validate-html.ts";

const STORIES = 25;
const OUTLETS = ["Harbour Times", "Northern Ledger", "Valley Post", "Coastal Herald"];
// Invented words keep each story's vocabulary its own, so that grouping keeps the stories apart.
const SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "vos", "zel", "pra", "dun", "qui", "sor", "bel", "nax", "fio", "gru", "hep"];
const word = (story: number, index: number): string =>
  [...createHash("sha256").update(`${story}/${index}`).digest().subarray(0, 3)].map((byte) => SYLLABLES[byte % 16]).join("");

/** Stories 0–4 mention the same institute (related stories, a topic page); every story has a name of its own. */
function writeContent(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let story = 0; story < STORIES; story += 1) {
    const place = `${word(story, 1)[0]?.toUpperCase()}${word(story, 1).slice(1)}`;
    const shared = story < 5 ? " with the Tarsk Institute" : "";
    const vocabulary = Array.from({ length: 14 }, (_, i) => word(story, i + 2)).join(" ");
    for (let copy = 0; copy < 2 + (story % 3); copy += 1) {
      const outlet = OUTLETS[(story + copy) % OUTLETS.length] ?? "";
      const day = 5 + (story % 4);
      const body = `${place} ${vocabulary}${shared}.\n\n${vocabulary.split(" ").reverse().join(" ")}.\n`;
      const front = [
        "---",
        `title: "${place} ${word(story, 2)} ${word(story, 3)} ${word(story, 4)}${shared}${copy > 0 ? ` ${word(story, 5)}` : ""}"`,
        `date: 2026-01-0${day}T${String(8 + copy).padStart(2, "0")}:30`,
        `publisher: "${outlet}"`,
        `url: "https://${outlet.toLowerCase().replace(/\s+/g, "-")}.example/${story}/${copy}"`,
        "---",
      ].join("\n");
      writeFileSync(path.join(dir, `story-${String(story).padStart(2, "0")}-${copy}.md`), `${front}\n${body}`);
    }
  }
}

describe("a site with many stories", () => {
  const tmp = tempDir();
  let site: BuiltSite;
  const read = (file: string): string => readFileSync(path.join(site.output, file), "utf8");
  beforeAll(async () => {
    const content = path.join(tmp.dir, "many");
    writeContent(content);
    site = await buildSite(["--base-url", "https://news.example.org/"], content);
  });
  afterAll(() => {
    site?.remove();
    tmp.remove();
  });

  it("groups the articles into the stories written", () => {
    const { stories } = JSON.parse(read("data/stories.json"));
    expect(stories.length).toBe(STORIES);
  });

  it("paginates the home page twenty stories at a time, newest first", () => {
    const first = read("index.html");
    const second = read("page/2/index.html");
    expect(first.match(/class="story-card"/g)?.length).toBe(20);
    expect(second.match(/class="story-card"/g)?.length).toBe(STORIES - 20);
    expect(first).toContain('href="/page/2/" rel="next"');
    expect(second).toContain('href="/" rel="prev"');
    const dates = [...first.matchAll(/updated <time datetime="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("shows the most covered stories on the first page only", () => {
    expect(read("index.html")).toContain('id="most-covered"');
    expect(read("page/2/index.html")).not.toContain('id="most-covered"');
  });

  it("links stories that share a name as related, and gives the name a topic page", () => {
    const files = listFiles(site.output);
    const shared = files.filter((f) => /^stories\/[^/]+\/index\.html$/.test(f) && read(f).includes("Tarsk Institute"));
    expect(shared.length).toBe(5);
    for (const file of shared) {
      const html = read(file);
      const related = html.slice(html.indexOf('id="related"'));
      expect(related.match(/class="story-card"/g)?.length).toBe(4);
    }
    const topic = read("topics/tarsk-institute/index.html");
    expect(topic.match(/class="story-card"/g)?.length).toBe(5);
  });

  it("writes a page per outlet and per day", () => {
    const files = listFiles(site.output);
    expect(files.filter((f) => /^outlets\/[^/]+\/index\.html$/.test(f) && f !== "outlets/index.html").length).toBe(OUTLETS.length);
    expect(files.filter((f) => /^archive\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(f))).toEqual(["05", "06", "07", "08"].map((d) => `archive/2026-01-${d}/index.html`));
    expect(read("archive/2026-01-06/index.html")).toContain('rel="prev"');
  });

  it("has valid HTML and no broken internal link", async () => {
    expect(await htmlErrors(site.output)).toEqual([]);
    expect(brokenLinks(site.output, "/", "https://news.example.org/")).toEqual([]);
  });

  it("puts every page in the sitemap and every story in the feed", () => {
    const sitemap = read("sitemap.xml");
    for (const page of listFiles(site.output).filter((f) => f.endsWith(".html") && f !== "404.html")) {
      expect(sitemap).toContain(`<loc>https://news.example.org/${page.replace(/index\.html$/, "")}</loc>`);
    }
    expect(JSON.parse(read("feed.json")).items.length).toBe(STORIES);
  });
});
