/**
 * Feeds as data: an RSS 2.0, Atom or JSON Feed document read into plain items. XML goes through fast-xml-parser
 * (validated first, for a message with a line; entity expansion capped), JSON Feed through JSON.parse; every value
 * is checked before use.
 */
import { decodeXML } from "entities";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { toText } from "hast-util-to-text";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { isRecord } from "../records.ts";

/** One item of a feed, as the feed gave it. */
export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  /** ISO 8601 when the feed's date could be read, else as written. */
  date: string | null;
  author: string | null;
  /** The outlet an aggregator names for the item (RSS `<source>`). */
  publisher: string | null;
  summary: string | null;
  body: { format: "html" | "text"; value: string } | null;
  image: string | null;
  tags: string[];
}

/** A feed's title and items, in document order. */
export interface Feed {
  kind: "RSS 2.0" | "Atom" | "JSON Feed";
  title: string | null;
  items: FeedItem[];
}

/** A file that is not a feed roundup reads; the message says why (with a line for XML). */
export class FeedError extends Error {}

const ARRAYS = new Set(["item", "entry", "link", "category", "enclosure", "media:content", "author"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: { enabled: true, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  isArray: (name) => ARRAYS.has(name),
  // Note: Atom content and summary are kept raw, since their `type` decides how to read them (text, escaped HTML, XHTML).
  stopNodes: ["feed.entry.content", "feed.entry.summary"],
});

/** Read a feed document. */
export function readFeed(source: string): Feed {
  const text = source.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{")) return readJsonFeed(text);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new FeedError(`line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  let doc: unknown;
  try {
    doc = parser.parse(text);
  } catch (cause) {
    throw new FeedError(cause instanceof Error ? cause.message : String(cause)); // e.g. the entity expansion limit
  }
  if (!isRecord(doc)) throw new FeedError("the file is empty");
  if (isRecord(doc.rss) && isRecord(doc.rss.channel)) {
    const channel = doc.rss.channel;
    return { kind: "RSS 2.0", title: textOf(channel.title), items: list(channel.item).filter(isRecord).map(rssItem) };
  }
  if (isRecord(doc.feed)) return { kind: "Atom", title: atomText(doc.feed.title), items: list(doc.feed.entry).filter(isRecord).map(atomEntry) };
  throw new FeedError("the document is not an RSS 2.0 (<rss><channel>) or Atom (<feed>) feed");
}

function rssItem(item: Record<string, unknown>): FeedItem {
  const guid = textOf(item.guid);
  const permalink = isRecord(item.guid) && item.guid["@isPermaLink"] !== "false" ? guid : null;
  const description = textOf(item.description);
  const encoded = textOf(item["content:encoded"]);
  const media = list(item["media:content"]).find((m) => isRecord(m) && (m["@medium"] === "image" || /^image\//.test(String(m["@type"] ?? ""))));
  const enclosure = list(item.enclosure).find((e) => isRecord(e) && /^image\//.test(String(e["@type"] ?? "")));
  return {
    title: textOf(item.title),
    link: textOf(list(item.link)[0]) ?? (guid && /^https?:/.test(guid) ? permalink : null),
    guid,
    date: isoDate(textOf(item.pubDate) ?? textOf(item["dc:date"])),
    author: textOf(item["dc:creator"]) ?? textOf(list(item.author)[0]),
    publisher: textOf(item.source),
    summary: encoded && description ? description : null,
    body: encoded ? { format: "html", value: encoded } : description ? { format: "html", value: description } : null,
    image: attribute(media, "@url") ?? attribute(enclosure, "@url"),
    tags: list(item.category).flatMap((c) => textOf(c) ?? []),
  };
}

function atomEntry(entry: Record<string, unknown>): FeedItem {
  const links = list(entry.link).filter(isRecord);
  const alternate = links.find((l) => l["@rel"] === undefined || l["@rel"] === "alternate");
  const content = atomContent(entry.content);
  const summary = atomContent(entry.summary);
  const image = links.find((l) => l["@rel"] === "enclosure" && /^image\//.test(String(l["@type"] ?? "")));
  return {
    title: atomText(entry.title),
    link: attribute(alternate, "@href"),
    guid: textOf(entry.id),
    date: isoDate(textOf(entry.published) ?? textOf(entry.updated)),
    author: list(entry.author).map((a) => (isRecord(a) ? textOf(a.name) : null)).find((n) => n) ?? null,
    publisher: isRecord(entry.source) ? atomText(entry.source.title) : null,
    summary: content && summary ? plain(summary) : null,
    body: content ?? summary,
    image: attribute(image, "@href"),
    tags: list(entry.category).flatMap((c) => attribute(c, "@term") ?? []),
  };
}

/** Atom text constructs: `type="html"` is escaped markup, read as its text. */
function atomText(value: unknown): string | null {
  const text = textOf(value);
  if (text === null) return null;
  return isRecord(value) && value["@type"] === "html" ? plain({ format: "html", value: text }) : text;
}

/** Atom content from its raw inner XML: text and HTML are entity-escaped (or CDATA), XHTML is markup as is. */
function atomContent(value: unknown): FeedItem["body"] {
  const raw = textOf(value);
  if (raw === null) return null;
  const type = isRecord(value) ? String(value["@type"] ?? "text") : "text";
  if (type === "xhtml") return { format: "html", value: raw };
  const decoded = raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((part) => (part.startsWith("<![CDATA[") ? part.slice(9, -3) : decodeXML(part))).join("");
  return { format: type === "html" ? "html" : "text", value: decoded };
}

function readJsonFeed(text: string): Feed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new FeedError(`not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  if (!isRecord(doc) || typeof doc.version !== "string" || !doc.version.startsWith("https://jsonfeed.org/version/")) {
    throw new FeedError("a JSON file must be a JSON Feed (with \"version\": \"https://jsonfeed.org/version/1.1\")");
  }
  const items = list(doc.items).filter(isRecord).map((item): FeedItem => {
    const html = textOf(item.content_html);
    const plainText = textOf(item.content_text);
    const authors = [...list(item.authors), item.author].filter(isRecord);
    return {
      title: textOf(item.title),
      link: textOf(item.url) ?? textOf(item.external_url),
      guid: textOf(item.id),
      date: isoDate(textOf(item.date_published) ?? textOf(item.date_modified)),
      author: authors.map((a) => textOf(a.name)).find((n) => n) ?? null,
      publisher: null,
      summary: textOf(item.summary),
      body: html ? { format: "html", value: html } : plainText ? { format: "text", value: plainText } : null,
      image: textOf(item.image) ?? textOf(item.banner_image),
      tags: list(item.tags).flatMap((t) => textOf(t) ?? []),
    };
  });
  return { kind: "JSON Feed", title: textOf(doc.title), items };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** A node's text: a string, a number, or the `#text` of an element with attributes. */
function textOf(value: unknown): string | null {
  const raw = typeof value === "string" || typeof value === "number" ? String(value) : isRecord(value) ? value["#text"] : null;
  return typeof raw === "string" && raw.trim() !== "" ? raw.trim() : typeof raw === "number" ? String(raw) : null;
}

function attribute(node: unknown, name: string): string | null {
  return isRecord(node) && typeof node[name] === "string" && node[name].trim() !== "" ? node[name].trim() : null;
}

/** Text of an HTML fragment, for a summary or a title. */
function plain(body: NonNullable<FeedItem["body"]>): string {
  if (body.format === "text") return body.value;
  return toText(unified().use(rehypeParse, { fragment: true }).parse(body.value)).replace(/\s+/g, " ").trim();
}

// Note: RFC 822 dates (RSS: `Mon, 05 Jan 2026 08:00:00 GMT`) and RFC 3339 date-times (Atom, JSON Feed); Date.parse
// reads both, but also guesses at anything else ("1" is 2001), so only these shapes are converted.
const FEED_DATE = /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Feed dates as ISO 8601 in UTC; a bare day, or anything else, as written (the build reports what it cannot read). */
function isoDate(text: string | null): string | null {
  if (text === null || !FEED_DATE.test(text)) return text;
  const value = Date.parse(text);
  return Number.isNaN(value) ? text : new Date(value).toISOString().replace(/\.000Z$/, "Z");
}
