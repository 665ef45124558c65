import { describe, expect, it } from "vitest";
import { parseOverrides } from "../../src/data-files/read-overrides.ts";
import { resolveSiteSettings } from "../../src/data-files/site-settings.ts";

describe("parseOverrides", () => {
  it("reads every kind of override with the place of each reference", () => {
    const { overrides, problems } = parseOverrides(
      "site: {title: Desk, baseUrl: 'https://example.org/news'}\nstories:\n  - story: a.md\n    headline: New headline\n    pin: true\nmerge:\n  - [b.md, story-id-123456]\nmove:\n  - {article: c.md, to: new}\n  - {article: d.md, to: e.md}\nhide:\n  articles: f.md\n  outlets: [Example Tabloid]\n",
    );
    expect(problems).toEqual([]);
    expect(overrides.site).toEqual({ title: "Desk", baseUrl: "https://example.org/news/" });
    expect(overrides.stories).toEqual([{ story: { text: "a.md", line: 3, column: 12 }, headline: { text: "New headline", line: 4, column: 15 }, pin: true }]);
    expect(overrides.merge.map((group) => group.map((ref) => ref.text))).toEqual([["b.md", "story-id-123456"]]);
    expect(overrides.move.map((m) => [m.article.text, m.to?.text ?? null])).toEqual([["c.md", null], ["d.md", "e.md"]]);
    expect(overrides.hideArticles.map((r) => r.text)).toEqual(["f.md"]);
    expect(overrides.hideOutlets).toEqual([{ text: "Example Tabloid", line: 13, column: 13 }]);
  });

  it("names the line and column of each problem, and keeps the sound entries", () => {
    const { overrides, problems } = parseOverrides(
      "site:\n  baseUrl: example.org\nstories:\n  - story: a.md\n  - headline: Orphan\n  - story: b.md\n    headline: ''\nmove:\n  - article: c.md\nhide:\n  outlets: [Fine Outlet, {name: X}]\n",
    );
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      "2:12 `site.baseUrl` must be an absolute http(s) URL such as https://example.org/news/, not “example.org”",
      "4:5 An entry of `stories` sets nothing: give it `headline:` or `pin: true`",
      "5:5 An entry of `stories` needs `story:` (a story id or a member article's file path)",
      "7:15 `headline` must be non-empty text",
      "9:5 An entry of `move` needs `article:` (a file path) and `to:` (`new`, a story id or a member article's file path)",
      "11:26 each of `hide.outlets` must be non-empty text",
    ]);
    expect(overrides.hideOutlets.map((r) => r.text)).toEqual(["Fine Outlet"]);
    expect(overrides.stories).toEqual([]);
  });

  it("reports YAML syntax errors and duplicate keys with their place, and reads an empty file as no overrides", () => {
    expect(parseOverrides("stories:\n  - story: [a.md\n").problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^YAML syntax: /) });
    expect(parseOverrides("hide:\n  articles: [a.md]\nhide:\n  outlets: [X]\n").problems[0]).toMatchObject({ line: 3, column: 1 });
    expect(parseOverrides("# nothing yet\n")).toEqual({ overrides: { site: {}, stories: [], merge: [], move: [], hideArticles: [], hideOutlets: [] }, problems: [] });
  });
});

describe("site settings", () => {
  it("take command-line flags first, then the file's `site:`, then defaults; the path prefix follows the base URL", () => {
    const file = { title: "Desk", description: "Ours.", baseUrl: "https://example.org/news/" };
    expect(resolveSiteSettings({}, file)).toMatchObject({ title: "Desk", description: "Ours.", baseUrl: "https://example.org/news/", pathPrefix: "/news/" });
    expect(resolveSiteSettings({ title: "Flag", baseUrl: "https://user.github.io/repo/" }, file)).toMatchObject({ title: "Flag", baseUrl: "https://user.github.io/repo/", pathPrefix: "/repo/" });
    expect(resolveSiteSettings({ pathPrefix: "/" }, file).pathPrefix).toBe("/");
    expect(resolveSiteSettings({}, {})).toMatchObject({ title: "roundup", baseUrl: null, pathPrefix: "/" });
  });
});
