/**
 * Feeds written out: Atom 1.0 (RFC 4287) through fast-xml-parser's builder, which escapes every text and attribute,
 * and JSON Feed 1.1. Characters XML 1.0 forbids are dropped first: no article text can make a feed unparseable.
 */
import { XMLBuilder } from "fast-xml-parser";
import type { Feed } from "./feed-model.ts";

const ATOM_NS = "http://www.w3.org/2005/Atom";
const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

// Note: XML 1.0 allows tab, newline, carriage return and the ranges below; anything else (control characters, lone
// surrogates, U+FFFE/FFFF) makes the whole document unreadable.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe to put in an XML document (before escaping, which the builder does). */
export function xmlSafe(value: string): string {
  return value.replace(NOT_XML, "");
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", textNodeName: "#text", format: true, suppressEmptyNode: true });

/** An XML document from a builder object, with an XML declaration; every string cleaned of forbidden characters. */
export function xmlDocument(root: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(clean(root))}`;
}

function clean(value: unknown): unknown {
  if (typeof value === "string") return xmlSafe(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clean(inner)]));
  return value;
}

/** The feed as Atom 1.0. */
export function atomFeed(feed: Feed): string {
  return xmlDocument({
    feed: {
      "@_xmlns": ATOM_NS,
      "@_xml:lang": feed.language,
      id: feed.id,
      title: feed.title,
      subtitle: feed.description,
      updated: feed.updated,
      link: [
        { "@_rel": "self", "@_type": "application/atom+xml", "@_href": feed.atomUrl },
        { "@_rel": "alternate", "@_type": "text/html", "@_href": feed.homeUrl },
        { "@_rel": "alternate", "@_type": "application/feed+json", "@_href": feed.jsonUrl },
      ],
      author: { name: feed.author },
      generator: "roundup",
      entry: feed.entries.map((entry) => ({
        id: entry.id,
        title: { "@_type": "text", "#text": entry.title },
        ...(entry.url ? { link: { "@_rel": "alternate", "@_type": "text/html", "@_href": entry.url } } : {}),
        ...(entry.published ? { published: entry.published } : {}),
        updated: entry.updated ?? entry.published ?? feed.updated,
        author: entry.authors.map((name) => ({ name })),
        ...(entry.summary ? { summary: { "@_type": "text", "#text": entry.summary } } : {}),
        content: { "@_type": "html", "#text": entry.contentHtml },
      })),
    },
  });
}

/** The feed as JSON Feed 1.1; without a base URL the optional home and feed URLs are left out (they must be absolute). */
export function jsonFeed(feed: Feed): string {
  const document = {
    version: JSON_FEED_VERSION,
    title: feed.title,
    ...(feed.absolute ? { home_page_url: feed.homeUrl, feed_url: feed.jsonUrl } : {}),
    description: feed.description,
    language: feed.language,
    authors: [{ name: feed.author }],
    items: feed.entries.map((entry) => ({
      id: entry.id,
      ...(entry.url ? { url: entry.url } : {}),
      title: entry.title,
      content_html: entry.contentHtml,
      ...(entry.summary ? { summary: entry.summary } : {}),
      ...(entry.published ? { date_published: entry.published } : {}),
      ...(entry.updated ? { date_modified: entry.updated } : {}),
      authors: entry.authors.map((name) => ({ name })),
    })),
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}
