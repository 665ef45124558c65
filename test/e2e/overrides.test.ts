import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, copyContent, runCli, tempDir } from "../helpers/run-cli.ts";

const FIXTURES = path.join(ROOT, "test/fixtures/permalinks");

interface StoryJson {
  id: string;
  headline: string;
  articles: Array<{ file: string }>;
}

const filesOf = (story: StoryJson | undefined): string[] => (story?.articles.map((a) => a.file) ?? []).sort();

// Four stories as grouped: the lava flow (Reuters, BBC), the Blue Lagoon (AP, Guardian), the Bank of Japan
// (Nikkei Asia, Bloomberg, Reuters) and the Chile fires (AP, Reuters, BBC). One override of each kind.
describe("editor overrides in _roundup.yml", () => {
  const tmp = tempDir();
  const site = path.join(tmp.dir, "site");
  let content: string;
  let before: StoryJson[];
  let after: StoryJson[];
  let build: Awaited<ReturnType<typeof runCli>>;
  let report: { ledger: Array<{ file: string; status: string; reason: string | null }> };
  let bojId: string;

  beforeAll(async () => {
    content = copyContent(path.join(FIXTURES, "first"), tmp.dir);
    for (const name of ["boj-nikkei-asia.md", "boj-bloomberg.md", "boj-reuters.md", "chile-ap-news.md", "chile-reuters.md", "chile-bbc.md"]) {
      cpSync(path.join(FIXTURES, "added", name), path.join(content, name));
    }
    expect((await runCli(["build", "--content", content, "--output", site])).code).toBe(0);
    before = JSON.parse(readFileSync(path.join(site, "data/stories.json"), "utf8")).stories;
    bojId = before.find((s) => filesOf(s).includes("boj-reuters.md"))?.id ?? "";
    writeFileSync(
      path.join(content, "_roundup.yml"),
      [
        "site:",
        "  title: Harbour Desk",
        "  description: The desk's pick of the coverage.",
        "stories:",
        `  - story: ${bojId}          # by id`,
        "    headline: Japan's central bank raises rates again",
        "  - story: spa-ap.md         # by a member's file",
        "    pin: true",
        "merge:",
        "  - [lava-reuters.md, spa-ap.md]",
        "move:",
        "  - article: boj-bloomberg.md",
        "    to: new",
        "  - article: chile-reuters.md",
        "    to: boj-nikkei-asia.md",
        "hide:",
        "  articles: [lava-bbc.md]",
        "  outlets: [The Guardian]",
        "",
      ].join("\n"),
    );
    build = await runCli(["build", "--content", content, "--output", site, "--report", path.join(tmp.dir, "report.json")]);
    after = JSON.parse(readFileSync(path.join(site, "data/stories.json"), "utf8")).stories;
    report = JSON.parse(readFileSync(path.join(tmp.dir, "report.json"), "utf8"));
  });
  afterAll(() => tmp.remove());

  const storyWith = (stories: StoryJson[], file: string): StoryJson | undefined => stories.find((s) => filesOf(s).includes(file));

  it("starts from the four stories as grouped", () => {
    expect(before.map(filesOf).sort()).toEqual([
      ["boj-bloomberg.md", "boj-nikkei-asia.md", "boj-reuters.md"],
      ["chile-ap-news.md", "chile-bbc.md", "chile-reuters.md"],
      ["lava-bbc.md", "lava-reuters.md"],
      ["spa-ap.md", "spa-guardian.md"],
    ]);
    expect(build.code).toBe(0);
    expect(build.stdout).not.toMatch(/override-invalid/);
  });

  it("hides an article and an outlet: no page, no source, skipped in the ledger with the line", () => {
    for (const file of ["lava-bbc.md", "spa-guardian.md"]) expect(storyWith(after, file)).toBeUndefined();
    const ledger = new Map(report.ledger.map((e) => [e.file, e]));
    expect(ledger.get("lava-bbc.md")).toMatchObject({ status: "skipped", reason: "hidden in _roundup.yml line 17" });
    expect(ledger.get("spa-guardian.md")).toMatchObject({ status: "skipped", reason: "its outlet is hidden in _roundup.yml line 18" });
    const { articles } = JSON.parse(readFileSync(path.join(site, "data/articles.json"), "utf8"));
    expect(articles.map((a: { file: string }) => a.file)).not.toContain("lava-bbc.md");
  });

  it("merges two stories", () => {
    expect(filesOf(storyWith(after, "spa-ap.md"))).toEqual(["lava-reuters.md", "spa-ap.md"]);
  });

  it("moves an article into its own story, and another into a different story", () => {
    expect(filesOf(storyWith(after, "boj-bloomberg.md"))).toEqual(["boj-bloomberg.md"]);
    expect(filesOf(storyWith(after, "boj-nikkei-asia.md"))).toEqual(["boj-nikkei-asia.md", "boj-reuters.md", "chile-reuters.md"]);
    expect(filesOf(storyWith(after, "chile-bbc.md"))).toEqual(["chile-ap-news.md", "chile-bbc.md"]);
  });

  it("sets a headline on the story named by its id, which keeps that id", () => {
    const boj = storyWith(after, "boj-reuters.md");
    expect(boj?.headline).toBe("Japan's central bank raises rates again");
    expect(boj?.id).toBe(bojId);
    const page = readFileSync(path.join(site, `stories/${bojId}/index.html`), "utf8");
    expect(page).toContain("Japan&#39;s central bank raises rates again");
  });

  it("pins a story at the top of the home page, and takes the site's title from the file", () => {
    const home = readFileSync(path.join(site, "index.html"), "utf8");
    const order = [...home.matchAll(/<a href="\/stories\/([^/]+)\/">/g)].map((m) => m[1]);
    expect(order[0]).toBe(storyWith(after, "spa-ap.md")?.id);
    expect(after.map((s) => s.id)).toContain(order[0]); // the oldest story, ahead of newer ones
    expect(home).toContain("<title>Harbour Desk</title>");
    expect(home).toContain('content="The desk&#39;s pick of the coverage."');
  });
});

describe("a bad override file", () => {
  const tmp = tempDir();
  let check: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const content = copyContent(path.join(FIXTURES, "first"), tmp.dir);
    writeFileSync(
      path.join(content, "_roundup.yml"),
      ["stories:", "  - story: lava-reuters.md", "    pin: yes please", "merge:", "  - [spa-ap.md]", "  - [spa-ap.md, no-such-file.md]", "hide:", "  outlets: [Nobody Weekly]", "colour: blue", ""].join("\n"),
    );
    check = await runCli(["check", "--content", content]);
  });
  afterAll(() => tmp.remove());

  it("fails `roundup check` with a message at each bad line", () => {
    expect(check.code).toBe(1);
    const lines = check.stdout.split("\n").filter((l) => l.includes("override-invalid"));
    expect(lines).toEqual([
      expect.stringMatching(/_roundup\.yml:3:10 {2}error {2}`pin` must be true or false; the entry was ignored\. {2}override-invalid$/),
      expect.stringMatching(/_roundup\.yml:5:5 {2}error {2}A merge lists at least two stories .*override-invalid$/),
      expect.stringMatching(/_roundup\.yml:6:17 {2}error {2}No story has the id `no-such-file\.md`, and no file has that path; the entry was ignored\. {2}override-invalid$/),
      expect.stringMatching(/_roundup\.yml:8:13 {2}warning {2}No article or listed link is from the outlet “Nobody Weekly”.*override-invalid$/),
      expect.stringMatching(/_roundup\.yml:9:1 {2}error {2}Unknown key `colour` in the override file; expected `site`, `stories`, `merge`, `move`, `hide`; the entry was ignored\. {2}override-invalid$/),
    ]);
  });
});
