import { describe, expect, it } from "vitest";
import { viewArticle } from "../../src/views/view-article.ts";
import type { Article, SafeHtml } from "../../src/types.ts";

const SITE = { title: "News", description: "All the news", baseUrl: null, pathPrefix: "/", language: "en" };

function article(summary: string | null, text: string): Article {
  return {
    id: "a-1", file: "a.html", title: "Ferry fares rise", date: "2026-01-05", publisher: "Harbour Times", author: null, url: null, summary, credit: null, dateline: null, image: null, tags: [],
    bodyFormat: "html", frontMatter: false, html: "<p>Body</p>" as SafeHtml, text, related: [], contentHash: "0", updated: null,
  };
}

describe("an article page's summary", () => {
  const lead = "Commuters from the islands will pay a fifth more from March, and the operator says fuel leaves it no choice.";

  it("is not shown above a text that opens with it (a standfirst, a description that is the first paragraph)", () => {
    expect(viewArticle(SITE, article(lead, `${lead}\nThe operator announced on Monday…`), null, null, new Map()).summary).toBeNull();
    expect(viewArticle(SITE, article("Commuters from the islands will pay a fifth more from March, and the…", `${lead}\nMore.`), null, null, new Map()).summary).toBeNull();
  });

  it("is shown when the text does not repeat it", () => {
    expect(viewArticle(SITE, article(lead, "The operator announced on Monday that a single ticket will cost more."), null, null, new Map()).summary).toBe(lead);
  });
});

describe("an article page's update time", () => {
  const at = (date: string | null, updated: string | null) => viewArticle(SITE, { ...article(null, "Text."), date, updated }, null, null, new Map());

  it("is shown when it reads differently from the publication date", () => {
    expect(at("2026-01-05T09:00:00Z", "2026-01-06T14:20:00Z").updatedDisplay).not.toBeNull();
    expect(at("2026-01-05T09:00:00Z", "2026-01-06T14:20:00Z").updated).toBe("2026-01-06T14:20:00Z");
  });

  it("is not shown when there is none or it reads as the date", () => {
    expect(at("2026-01-05", null).updatedDisplay).toBeNull();
    expect(at("2026-01-05", "2026-01-05").updatedDisplay).toBeNull();
  });
});
