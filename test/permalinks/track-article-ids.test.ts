import { describe, expect, it } from "vitest";
import { NO_ARTICLE_URLS, trackArticleUrls } from "../../src/permalinks/track-article-ids.ts";
import { sanitize } from "../../src/render/sanitize.ts";
import type { Article } from "../../src/types.ts";

const article = (id: string, file: string): Article => ({
  id, file, title: id, date: null, publisher: null, author: null, url: null, summary: null, credit: null, dateline: null, image: null, tags: [],
  bodyFormat: "text", frontMatter: false, html: sanitize(""), text: "", related: [], contentHash: "", updated: null,
});

describe("trackArticleUrls", () => {
  it("records each file's id, and redirects a file's old id when its title changes it", () => {
    const first = trackArticleUrls(NO_ARTICLE_URLS, [article("storm-hits-aaaaaa", "a.md"), article("bridge-shut-bbbbbb", "b.md")]);
    expect(first).toEqual({ urls: { ids: { "a.md": "storm-hits-aaaaaa", "b.md": "bridge-shut-bbbbbb" }, redirects: {} }, added: [] });
    const second = trackArticleUrls(first.urls, [article("storm-hits-coast-aaaaaa", "a.md"), article("bridge-shut-bbbbbb", "b.md")]);
    expect(second.urls.redirects).toEqual({ "storm-hits-aaaaaa": "storm-hits-coast-aaaaaa" });
    expect(second.added).toEqual(["storm-hits-aaaaaa"]);
    const third = trackArticleUrls(second.urls, [article("storm-batters-coast-aaaaaa", "a.md"), article("bridge-shut-bbbbbb", "b.md")]);
    expect(third.urls.redirects).toEqual({ "storm-hits-aaaaaa": "storm-batters-coast-aaaaaa", "storm-hits-coast-aaaaaa": "storm-batters-coast-aaaaaa" });
    expect(third.added).toEqual(["storm-hits-coast-aaaaaa"]);
  });

  it("drops redirects to articles that are gone", () => {
    const saved = { ids: { "a.md": "storm-hits-aaaaaa" }, redirects: { "old-storm-aaaaaa": "storm-hits-aaaaaa" } };
    expect(trackArticleUrls(saved, [article("bridge-shut-bbbbbb", "b.md")]).urls).toEqual({ ids: { "b.md": "bridge-shut-bbbbbb" }, redirects: {} });
  });
});
