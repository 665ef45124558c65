import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FeedError, readFeed } from "../../src/import/read-feed.ts";
import { ROOT } from "../helpers/run-cli.ts";

const fixture = (name: string): string => readFileSync(path.join(ROOT, "test/fixtures/import", name), "utf8");

describe("readFeed", () => {
  it("reads Google News RSS: the source outlet, the guid, the coverage list as HTML, RFC 822 dates in UTC", () => {
    const feed = readFeed(fixture("google-news.xml"));
    expect(feed).toMatchObject({ kind: "RSS 2.0", title: "Top stories - Google News" });
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toMatchObject({
      title: "Ferry crews walk out over winter rosters - Harbour Courier",
      link: "https://news.google.com/rss/articles/CBMiFerryStrikeHarbourCourier?oc=5",
      guid: "CBMiFerryStrikeHarbourCourier",
      date: "2026-01-06T07:30:00Z",
      publisher: "Harbour Courier",
      summary: null,
    });
    expect(feed.items[0]?.body?.format).toBe("html");
    expect(feed.items[0]?.body?.value).toMatch(/^<ol><li><a href="https:\/\/news\.google\.com\/rss\/articles\/CBMiFerryStrikeHarbourCourier\?oc=5" target="_blank">Ferry crews walk out over winter rosters<\/a>&nbsp;&nbsp;<font color="#6f6f6f">Harbour Courier<\/font><\/li>/);
  });

  it("reads Atom content by its type: escaped HTML, XHTML, text; titles of type html as text", () => {
    const feed = readFeed(fixture("atom.xml"));
    expect(feed.kind).toBe("Atom");
    const [depot, dredging, timetable] = feed.items;
    expect(depot).toMatchObject({ date: "2026-01-07T07:00:00Z", author: "Ines Duarte", tags: ["city"], summary: "Councillors approve a plan for the disused depot on Harbour Road." });
    expect(depot?.body).toEqual({ format: "html", value: "<p>The city council voted on Tuesday to turn the disused tram depot on Harbour Road into a covered market with forty stalls.</p><p>Work begins in March &amp; the market opens next spring.</p>" });
    expect(dredging?.title).toBe("Harbour dredging closes two berths");
    expect(dredging?.body?.value).toContain("<p>Berths 4 and 5 are closed");
    expect(timetable?.body).toEqual({ format: "text", value: "Ferries to the islands run every ninety minutes from Monday.\n\nThe last sailing leaves the harbour at 21:30." });
  });

  it("reads JSON Feed", () => {
    const feed = readFeed(fixture("feed.json"));
    expect(feed).toMatchObject({ kind: "JSON Feed", title: "Harbour Courier" });
    expect(feed.items[0]).toMatchObject({ title: "Swing bridge stuck open after power cut", link: "https://harbourcourier.example/2026/01/bridge", author: "Ines Duarte", body: { format: "text" } });
  });

  it("keeps dates it cannot read as written, and a bare day as a day", () => {
    const rss = (date: string): string => `<rss version="2.0"><channel><title>x</title><item><title>t</title><pubDate>${date}</pubDate></item></channel></rss>`;
    expect(readFeed(rss("2026-01-05")).items[0]?.date).toBe("2026-01-05");
    expect(readFeed(rss("1")).items[0]?.date).toBe("1");
    expect(readFeed(rss("Mon, 5 Jan 2026 21:40:00 +0900")).items[0]?.date).toBe("2026-01-05T12:40:00Z");
  });

  it("refuses malformed XML with its line, other documents, and JSON that is not a feed", () => {
    expect(() => readFeed("<rss>\n<channel>\n<item></channel></rss>")).toThrow(/^line 3, column \d+: /);
    expect(() => readFeed("<html><body/></html>")).toThrow(FeedError);
    expect(() => readFeed('{"items": []}')).toThrow(/JSON Feed/);
  });

  it("caps entity expansion (a billion-laughs document fails instead of eating memory)", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">]><rss version="2.0"><channel><title>&lol6;</title></channel></rss>`;
    // The parser leaves an entity whose value holds entities unexpanded; were it to expand them, the cap stops it
    // with a feed error. Any other error, or a title grown past the cap, fails.
    let title: string | null;
    try {
      title = readFeed(lol).title;
    } catch (error) {
      if (!(error instanceof FeedError) || !/limit/i.test(error.message)) throw error;
      title = null;
    }
    expect((title ?? "").length).toBeLessThan(1_000_000);
  });

  it("stops a document whose entities expand past the cap, with a feed error", () => {
    const wide = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY k "${"k".repeat(1000)}">]><rss version="2.0"><channel><title>${"&k;".repeat(2000)}</title></channel></rss>`;
    expect(() => readFeed(wide)).toThrow(FeedError);
    expect(() => readFeed(wide)).toThrow(/limit exceeded/i);
    const many = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY k "k">]><rss version="2.0"><channel><title>${"&k;".repeat(20_000)}</title></channel></rss>`;
    expect(() => readFeed(many)).toThrow(FeedError);
  });
});
