import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildSite } from "../helpers/build-sample.ts";
import { brokenLinks, listFiles } from "../helpers/site-links.ts";
import { htmlErrors } from "../helpers/validate-html.ts";

const ATOM = "http://www.w3.org/2005/Atom";
const BASE = "https://news.example.org/";

/** Parse XML strictly: any well-formedness error throws. */
function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, "application/xml");
}

/** The document element of an XML file. */
function rootOf(text: string): Element {
  const root = parseXml(text).documentElement;
  if (!root) throw new Error("no document element");
  return root;
}

/** Atom child elements by local name, as an array. */
const atom = (parent: Element | Document, name: string): Element[] => {
  const list = parent.getElementsByTagNameNS(ATOM, name);
  return Array.from({ length: list.length }, (_, i) => list.item(i)).filter((e): e is Element => e !== null);
};

const read = (site: BuiltSite, file: string): string => readFileSync(path.join(site.output, file), "utf8");
const htmlPages = (site: BuiltSite): string[] => listFiles(site.output).filter((f) => f.endsWith(".html"));
const jsonLdOf = (html: string): Array<Record<string, unknown>> =>
  [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1] ?? "null"));

describe("the built site, at the root with a base URL and under a path prefix without one", () => {
  let root: BuiltSite;
  let prefixed: BuiltSite;
  let again: BuiltSite;
  beforeAll(async () => {
    [root, prefixed, again] = await Promise.all([buildSite(["--base-url", BASE]), buildSite(["--path-prefix", "/repo/"]), buildSite(["--base-url", BASE])]);
  });
  afterAll(() => {
    for (const site of [root, prefixed, again]) site?.remove();
  });

  it("writes every kind of page", () => {
    const files = listFiles(root.output);
    for (const file of ["index.html", "404.html", "search/index.html", "outlets/index.html", "topics/index.html", "archive/index.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "pagefind/pagefind.js"]) {
      expect(files).toContain(file);
    }
    for (const pattern of [/^stories\/[^/]+\/index\.html$/, /^stories\/[^/]+\/feed\.xml$/, /^stories\/[^/]+\/feed\.json$/, /^articles\/[^/]+\/index\.html$/, /^outlets\/[^/]+\/index\.html$/, /^topics\/[^/]+\/index\.html$/, /^archive\/\d{4}-\d{2}-\d{2}\/index\.html$/]) {
      expect(files.some((f) => pattern.test(f)), String(pattern)).toBe(true);
    }
  });

  it("has no html-validate error on any page, in either build", async () => {
    expect(await htmlErrors(root.output)).toEqual([]);
    expect(await htmlErrors(prefixed.output)).toEqual([]);
  });

  it("has no broken internal link, anchor or asset, in pages, feeds and sitemap, in either build", () => {
    expect(brokenLinks(root.output, "/", BASE)).toEqual([]);
    expect(brokenLinks(prefixed.output, "/repo/")).toEqual([]);
  });

  it("keeps every root-relative URL under the prefix, JSON-LD and feeds included", () => {
    for (const page of htmlPages(prefixed)) {
      const html = read(prefixed, page);
      for (const m of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) expect(m[1], page).toMatch(/^\/repo\//);
      for (const m of JSON.stringify(jsonLdOf(html)).matchAll(/"(?:url|target)":"([^"]*)"/g)) expect(m[1], page).toMatch(/^(?:\/repo\/|https?:)/);
    }
    for (const m of read(prefixed, "feed.xml").matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^(?:\/repo\/|https?:)/);
  });

  it("writes an Atom feed in the Atom namespace, with absolute links when the base URL is known", () => {
    const feed = rootOf(read(root, "feed.xml"));
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe("feed");
    const entries = atom(feed, "entry");
    expect(entries.length).toBe(1);
    const [entry] = entries;
    for (const name of ["id", "title", "updated", "content", "author"]) expect(atom(entry ?? feed, name).length, name).toBeGreaterThan(0);
    expect(atom(entry ?? feed, "link")[0]?.getAttribute("href")).toMatch(/^https:\/\/news\.example\.org\/stories\//);
    expect(atom(feed, "id")[0]?.textContent).toBe(BASE);
  });

  it("writes each story's own Atom feed, each entry credited to its outlet", () => {
    const storyFeeds = listFiles(root.output).filter((f) => /^stories\/[^/]+\/feed\.xml$/.test(f));
    expect(storyFeeds.length).toBe(1);
    for (const file of storyFeeds) {
      const feed = rootOf(read(root, file));
      expect(feed.namespaceURI).toBe(ATOM);
      const authors = atom(feed, "entry").map((entry) => atom(entry, "name")[0]?.textContent);
      expect(authors.length).toBe(9);
      expect(authors).toContain("Reuters");
      expect(authors).not.toContain("roundup");
    }
  });

  it("uses URN ids and root-relative links in feeds without a base URL", () => {
    const feed = rootOf(read(prefixed, "feed.xml"));
    expect(atom(feed, "id")[0]?.textContent).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(prefixed.result.stdout).toContain("no --base-url given");
    expect(root.result.stdout).not.toContain("no --base-url given");
  });

  it("writes JSON Feeds 1.1 with the required fields", () => {
    for (const site of [root, prefixed]) {
      for (const file of listFiles(site.output).filter((f) => f.endsWith("feed.json"))) {
        const feed = JSON.parse(read(site, file));
        expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
        expect(typeof feed.title).toBe("string");
        expect(feed.items.length).toBeGreaterThan(0);
        for (const item of feed.items) {
          expect(typeof item.id).toBe("string");
          expect(typeof item.content_html === "string" || typeof item.content_text === "string").toBe(true);
        }
        if (site === root) expect(feed.feed_url).toMatch(/^https:\/\/news\.example\.org\/.*feed\.json$/);
        else expect(feed.feed_url).toBeUndefined();
      }
    }
  });

  it("lists every HTML page but the 404 in the sitemap, with lastmod wherever the page has a date", () => {
    for (const [site, prefix] of [[root, BASE], [prefixed, "/repo/"]] as const) {
      const doc = parseXml(read(site, "sitemap.xml"));
      const entries = Array.from({ length: doc.getElementsByTagName("url").length }, (_, i) => doc.getElementsByTagName("url").item(i)).map((url) => ({
        loc: url?.getElementsByTagName("loc").item(0)?.textContent ?? "",
        lastmod: url?.getElementsByTagName("lastmod").item(0)?.textContent ?? null,
      }));
      const pages = htmlPages(site).filter((f) => f !== "404.html").map((f) => prefix + f.replace(/index\.html$/, ""));
      expect(entries.map((e) => e.loc).sort()).toEqual(pages.sort());
      // Only the search page, and the page of an article without a date, have no date to give.
      const { articles } = JSON.parse(read(site, "data/articles.json"));
      const undated = [`${prefix}search/`, ...articles.filter((a: { date: string | null }) => a.date === null).map((a: { id: string }) => `${prefix}articles/${a.id}/`)];
      expect(entries.filter((e) => e.lastmod === null).map((e) => e.loc).sort()).toEqual(undated.sort());
      for (const { loc, lastmod } of entries) if (lastmod !== null) expect(lastmod, loc).toMatch(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))?$/);
    }
  });

  it("names the sitemap in robots.txt only when its absolute URL is known", () => {
    expect(read(root, "robots.txt")).toContain(`Sitemap: ${BASE}sitemap.xml`);
    expect(read(prefixed, "robots.txt")).not.toContain("Sitemap:");
  });

  it("describes a story as a CollectionPage of other outlets' NewsArticles", () => {
    const page = htmlPages(root).find((f) => f.startsWith("stories/")) ?? "";
    const html = read(root, page);
    const [ld] = jsonLdOf(html);
    expect(ld?.["@type"]).toBe("CollectionPage");
    const list = ld?.mainEntity as { "@type": string; itemListElement: Array<{ item: { "@type": string; publisher?: { name: string } } }> };
    expect(list["@type"]).toBe("ItemList");
    expect(list.itemListElement.length).toBe(9);
    for (const { item } of list.itemListElement) {
      expect(item["@type"]).toBe("NewsArticle");
      expect(item.publisher?.name).not.toBe("roundup");
    }
    expect(html).toContain(`<link rel="canonical" href="${BASE}${page.replace(/index\.html$/, "")}">`);
    expect(html).toContain('<meta property="og:url"');
    expect(html).toContain('<meta name="twitter:card"');
  });

  it("is byte-identical when built again from the same content", () => {
    const files = listFiles(root.output);
    expect(listFiles(again.output)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(path.join(root.output, f)).equals(readFileSync(path.join(again.output, f))));
    expect(differing).toEqual([]);
  });
});
