import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../src/views/site-data.ts";
import { hrefUrl, publicUrl, storyUrl, topicUrl } from "../../src/permalinks/site-urls.ts";
import type { Article, SafeHtml, Source, Story } from "../../src/types.ts";

const SITE = { title: "News", description: "All the news", baseUrl: null, pathPrefix: "/", language: "en" };

function source(publisher: string, title: string, date: string | null, articleId: string | null = null): Source {
  return { publisher, title, url: articleId ? null : `https://${publisher.toLowerCase().replace(/\W+/g, "")}.example/${encodeURIComponent(title)}`, date, articleId, labels: [] };
}

function story(id: string, date: string, sources: Source[], entities: string[] = []): Story {
  return {
    id, headline: sources[0]?.title ?? id, summary: null, firstSeen: date, lastUpdated: date,
    articleIds: sources.flatMap((s) => (s.articleId ? [s.articleId] : [])), sources,
    evidence: { sharedEntities: entities, sharedTerms: [], links: [], span: { from: date, to: date } },
  };
}

function article(id: string, title: string, publisher: string | null, date: string | null): Article {
  return {
    id, file: `${id}.md`, title, date, publisher, author: null, url: null, summary: null, credit: null, dateline: null, image: null, tags: [],
    bodyFormat: "markdown", frontMatter: true, html: "<p>Body</p>" as SafeHtml, text: "Body", related: [], contentHash: "0", updated: null,
  };
}

describe("site URLs", () => {
  it("are site paths in attributes, prefixed or absolute everywhere else", () => {
    expect(storyUrl("a-1")).toBe("/stories/a-1/");
    expect(publicUrl({ baseUrl: null, pathPrefix: "/repo/" }, "/feed.xml")).toBe("/repo/feed.xml");
    expect(publicUrl({ baseUrl: "https://example.org/repo/", pathPrefix: "/repo/" }, "/feed.xml")).toBe("https://example.org/repo/feed.xml");
    expect(hrefUrl({ baseUrl: null, pathPrefix: "/repo/" }, "/feed.xml")).toBe("/feed.xml");
  });

  it("refuse segments that are not our own slugs", () => {
    expect(() => storyUrl("../etc")).toThrow(/unsafe/);
    expect(() => topicUrl("a/b")).toThrow(/unsafe/);
  });
});

describe("buildSiteData", () => {
  it("paginates the home page and shows the most covered stories on its first page only", () => {
    const stories = Array.from({ length: 45 }, (_, i) =>
      story(`s-${i}`, `2026-01-${String(1 + (i % 28)).padStart(2, "0")}`, Array.from({ length: 1 + (i % 4) }, (_, j) => source(`Outlet ${j}`, `Story ${i} take ${j}`, "2026-01-01"))),
    );
    const data = buildSiteData(SITE, [], stories);
    expect(data.homePages.map((p) => [p.url, p.stories.length])).toEqual([["/", 20], ["/page/2/", 20], ["/page/3/", 5]]);
    expect(data.homePages[0]?.mostCovered.map((c) => c.outletCount)).toEqual([4, 4, 4, 4, 4]);
    expect(data.homePages[1]?.mostCovered).toEqual([]);
    expect(data.homePages[1]?.previous).toBe("/");
    expect(data.homePages[2]?.next).toBeNull();
  });

  it("folds a long source list into a disclosure and gives every outlet its headline", () => {
    const sources = Array.from({ length: 14 }, (_, i) => source(`Outlet ${i % 7}`, `Take ${i}`, `2026-01-0${1 + (i % 5)}`));
    const [view] = buildSiteData(SITE, [], [story("long-1", "2026-01-05", sources)]).stories;
    expect(view?.sourcesShown.length).toBe(8);
    expect(view?.sourcesMore.length).toBe(6);
    expect(view?.headlines.length).toBe(7);
    expect(view?.headlines.every((h) => h.headlines.length === 2)).toBe(true);
    expect(view?.headlinesMore).toEqual([]);
    expect(view?.outletsText).toBe("Outlet 0, Outlet 1, Outlet 2 and 4 more");
  });

  it("folds the side-by-side headlines of a widely covered story, most prolific outlets first", () => {
    const sources = [
      ...Array.from({ length: 20 }, (_, i) => source(`Outlet ${String(i).padStart(2, "0")}`, `Take ${i}`, "2026-01-05")),
      source("Outlet 19", "Second take", "2026-01-06"),
    ];
    const [view] = buildSiteData(SITE, [], [story("wide-1", "2026-01-06", sources)]).stories;
    expect(view?.headlinesShown.length).toBe(12);
    expect(view?.headlinesMore.length).toBe(8);
    expect(view?.headlinesShown[0]?.outlet).toBe("Outlet 19");
    expect(view?.headlinesShown[1]?.outlet).toBe("Outlet 00");
  });

  it("relates stories that share names, and makes the names topic pages", () => {
    const stories = [
      story("a-1", "2026-01-05", [source("BBC", "Lee meets Xi in Beijing", "2026-01-05"), source("DW", "In Beijing, Xi welcomes Lee", "2026-01-05")]),
      story("b-1", "2026-01-06", [source("BBC", "Flood warnings across Beijing", "2026-01-06"), source("AP News", "Rain in Beijing closes schools", "2026-01-06")]),
      story("c-1", "2026-01-07", [source("BBC", "Election in Peru", "2026-01-07"), source("AP News", "Peru votes", "2026-01-07")]),
    ];
    const data = buildSiteData(SITE, [], stories);
    const byId = new Map(data.stories.map((s) => [s.id, s]));
    expect(byId.get("a-1")?.related.map((c) => c.id)).toEqual(["b-1"]);
    expect(byId.get("c-1")?.related).toEqual([]);
    expect(data.topics.map((t) => [t.name, t.stories.map((c) => c.id)])).toEqual([["Beijing", ["b-1", "a-1"]], ["Lee", ["a-1"]], ["Peru", ["c-1"]], ["Xi", ["a-1"]]]);
    expect(byId.get("a-1")?.topics.map((t) => t.url)).toContain("/topics/beijing/");
  });

  it("uses the grouping's shared entities as topics when it recorded them", () => {
    const stories = [
      story("a-1", "2026-01-05", [source("BBC", "talks resume", "2026-01-05"), source("DW", "talks go on", "2026-01-05")], ["Seoul"]),
      story("b-1", "2026-01-06", [source("BBC", "trade deal", "2026-01-06"), source("DW", "deal signed", "2026-01-06")], ["Seoul"]),
    ];
    const data = buildSiteData(SITE, [], stories);
    expect(data.topics.map((t) => t.name)).toEqual(["Seoul"]);
    expect(data.stories.find((s) => s.id === "a-1")?.evidence.entities).toEqual([{ name: "Seoul", url: "/topics/seoul/" }]);
    expect(data.stories.find((s) => s.id === "a-1")?.related.map((c) => c.id)).toEqual(["b-1"]);
  });

  it("credits each article page to its outlet and links it to its story", () => {
    const sources = [source("Reuters", "Lee in Beijing", "2026-01-05", "lee-1"), source("BBC", "Lee meets Xi", "2026-01-05")];
    const data = buildSiteData(SITE, [article("lee-1", "Lee in Beijing", "Reuters", "2026-01-05")], [story("s-1", "2026-01-05", sources)]);
    const [view] = data.articles;
    expect(view?.outlet).toBe("Reuters");
    expect(view?.outletUrl).toBe("/outlets/reuters/");
    expect(view?.story?.url).toBe("/stories/s-1/");
    expect(view?.alsoCovering.map((s) => s.publisher)).toEqual(["BBC"]);
    expect(view?.meta.filters).toEqual({ outlet: ["Reuters"], day: ["2026-01-05"], kind: "Article", dateText: "5 January 2026" });
    expect(data.archiveDays.map((d) => d.url)).toEqual(["/archive/2026-01-05/"]);
  });
});
