import { DOMParser, type Element } from "@xmldom/xmldom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Feed, entryId, rfc3339 } from "../../src/exports/feed-model.ts";
import { atomFeed, jsonFeed, xmlSafe } from "../../src/exports/serialise-feeds.ts";

const ATOM = "http://www.w3.org/2005/Atom";

function parseAtom(xml: string): Element {
  const doc = new DOMParser({ onError: (level, message) => { if (level !== "warning") throw new Error(message); } }).parseFromString(xml, "application/xml");
  if (!doc.documentElement) throw new Error("no root");
  return doc.documentElement;
}

function feedWith(text: string): Feed {
  return {
    id: "urn:uuid:00000000-0000-5000-8000-000000000000",
    title: text,
    description: text,
    language: "en",
    homeUrl: "/",
    atomUrl: "/feed.xml",
    jsonUrl: "/feed.json",
    absolute: false,
    updated: "2026-01-05T00:00:00Z",
    author: text,
    entries: [{ id: `https://example.org/?q=${encodeURIComponent(text)}&x=1`, title: text, url: `/stories/a/?q=${text}`, published: null, updated: null, authors: [text], summary: text, contentHtml: `<p>${text}</p>` }],
  };
}

describe("feeds", () => {
  it("stay well-formed Atom whatever the text, and keep the text as text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const root = parseAtom(atomFeed(feedWith(text)));
        expect(root.namespaceURI).toBe(ATOM);
        const title = root.getElementsByTagNameNS(ATOM, "title").item(0)?.textContent ?? "";
        expect(title).toBe(xmlSafe(text).replace(/\r\n?/g, "\n"));
        expect(root.getElementsByTagNameNS(ATOM, "entry").length).toBe(1);
      }),
      { numRuns: 150 },
    );
  });

  it("stay valid JSON Feed 1.1 whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const feed = JSON.parse(jsonFeed(feedWith(text)));
        expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
        expect(feed.items[0].id).toBeTypeOf("string");
        expect(feed.items[0].content_html).toBe(`<p>${text}</p>`);
      }),
      { numRuns: 200 },
    );
  });

  it("drops characters XML 1.0 forbids", () => {
    expect(xmlSafe("a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\tg\n")).toBe("abcdef\tg\n");
    expect(xmlSafe("😀 ok")).toBe("😀 ok");
  });

  it("writes dates in RFC 3339 UTC, whatever precision the source gave", () => {
    expect(rfc3339("2026-01-05")).toBe("2026-01-05T00:00:00Z");
    expect(rfc3339("2026-01-05T21:40")).toBe("2026-01-05T21:40:00Z");
    expect(rfc3339("2026-01-05T09:40:00+08:00")).toBe("2026-01-05T01:40:00Z");
    expect(rfc3339(null)).toBeNull();
  });

  it("names entries by URL with a base URL, and by a stable UUID URN without", () => {
    const site = { title: "t", description: "d", language: "en", pathPrefix: "/repo/" };
    expect(entryId({ ...site, baseUrl: "https://example.org/" }, "/stories/a/")).toBe("https://example.org/repo/stories/a/");
    const urn = entryId({ ...site, baseUrl: null }, "/stories/a/");
    expect(urn).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entryId({ ...site, baseUrl: null }, "/stories/a/")).toBe(urn);
    expect(entryId({ ...site, baseUrl: null }, "/stories/b/")).not.toBe(urn);
  });
});
