/** `roundup import`: one content file per new feed item, named by our slug code, with the item's data as front matter. */
import { domainOf, isAggregatorDomain } from "../extract/outlet-names.ts";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { slugOf } from "../permalinks/article-ids.ts";
import { KnownItems } from "./known-items.ts";
import { type Feed, type FeedItem, readFeed } from "./read-feed.ts";

/** What an import did. */
export interface ImportResult {
  feed: Feed;
  /** Written files, relative to the content folder. */
  written: string[];
  skipped: Array<{ item: string; reason: string }>;
}

/** Import the feed file into the content folder (created if missing); items already there are skipped. */
export function importFeed(feedFile: string, contentDir: string): ImportResult {
  const feed = readFeed(readFileSync(feedFile, "utf8"));
  mkdirSync(contentDir, { recursive: true });
  const known = KnownItems.of(contentDir);
  const result: ImportResult = { feed, written: [], skipped: [] };
  for (const item of feed.items) {
    const label = item.title ?? item.link ?? item.guid ?? "an untitled item";
    if (!item.title && !item.body && !item.link) {
      result.skipped.push({ item: label, reason: "it has no title, link or text" });
      continue;
    }
    const already = known.match(item);
    if (already) {
      result.skipped.push({ item: label, reason: `already in the content folder as ${already}` });
      continue;
    }
    const extension = item.body?.format === "text" ? ".txt" : ".html";
    const name = freeName(contentDir, baseName(item), extension);
    writeFileSync(path.join(contentDir, name), fileText(item, feed));
    known.add(item, name);
    result.written.push(name);
  }
  return result;
}

// Note: names come from our slug code only (never from the feed as given): the item's day, then its title without
// the " - Outlet" an aggregator appends.
function baseName(item: FeedItem): string {
  const day = item.date && /^\d{4}-\d{2}-\d{2}/.test(item.date) ? `${item.date.slice(0, 10)}-` : "";
  const suffix = item.publisher ? ` - ${item.publisher}` : null;
  const title = item.title && suffix && item.title.endsWith(suffix) ? item.title.slice(0, -suffix.length) : (item.title ?? "");
  const slug = slugOf(title) || slugOf(item.link?.replace(/^https?:\/\/[^/]+/, "") ?? "") || "item";
  return `${day}${slug}`;
}

function freeName(contentDir: string, base: string, extension: string): string {
  for (let n = 1; ; n += 1) {
    const name = `${base}${n === 1 ? "" : `-${n}`}${extension}`;
    if (!existsSync(path.join(contentDir, name))) return name;
  }
}

/** YAML front matter with the item's fields, then its body: HTML as given (sanitized at build), or plain text. */
export function fileText(item: FeedItem, feed: Feed): string {
  const data: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) data[key] = value;
  };
  set("title", item.title);
  set("date", item.date);
  set("link", item.link);
  if (item.guid !== item.link) set("guid", item.guid);
  // Note: an outlet's own feed names the outlet in its title; an aggregator's feed (Google News) does not, and its
  // items name their outlets themselves.
  set("publisher", item.publisher ?? (isAggregatorDomain(domainOf(item.link)) ? null : feed.title));
  set("author", item.author);
  set("summary", item.summary);
  set("image", item.image);
  set("tags", item.tags);
  if (item.body?.format === "text") set("format", "text");
  set("feed", feed.title);
  const frontMatter = stringify(data, { lineWidth: 0 });
  return `---\n${frontMatter}---\n${item.body ? `${item.body.value.trim()}\n` : ""}`;
}
