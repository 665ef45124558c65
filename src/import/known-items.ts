/** What the content folder already holds, to skip feed items imported before: same link or guid, or same title and day. */
import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { DATE_KEYS, TITLE_KEYS, URL_KEYS } from "../extract/field-chains.ts";
import { grayMatterEngines } from "../ingest/front-matter-engines.ts";
import { ARTICLE_EXTENSIONS, listContentFiles } from "../ingest/list-content-files.ts";
import { firstString, isRecord } from "../records.ts";
import type { FeedItem } from "./read-feed.ts";

const LINK_KEYS = [...URL_KEYS, "guid", "id"];
const normalise = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const dayOf = (date: string | null): string | null => (date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null);

/** An index of items by link, guid, and title with day. */
export class KnownItems {
  readonly #byKey = new Map<string, string>();

  /** Index every article file of a content folder that has front matter. */
  static of(contentDir: string): KnownItems {
    const known = new KnownItems();
    for (const file of listContentFiles(contentDir)) {
      if (!ARTICLE_EXTENSIONS.has(file.relativePath.slice(file.relativePath.lastIndexOf(".")).toLowerCase())) continue;
      let data: unknown;
      try {
        const parsed = matter(readFileSync(file.absolutePath, "utf8"), { engines: grayMatterEngines() });
        data = isRecord(parsed.data) ? parsed.data.value : undefined;
      } catch {
        continue; // a file the build reports anyway; it cannot be matched
      }
      if (!isRecord(data)) continue;
      const links = LINK_KEYS.flatMap((key) => (typeof data[key] === "string" ? [data[key]] : []));
      known.#remember({ links, title: firstString(data, TITLE_KEYS), day: dayOf(firstString(data, DATE_KEYS)) }, file.relativePath);
    }
    return known;
  }

  /** Why the item is already known ("path (same link)"), or null. */
  match(item: FeedItem): string | null {
    for (const link of [item.link, item.guid]) {
      const file = link ? this.#byKey.get(`link:${link.trim()}`) : undefined;
      if (file !== undefined) return `${file} (same ${link === item.link ? "link" : "guid"})`;
    }
    const key = this.#titleKey(item.title, dayOf(item.date));
    const file = key ? this.#byKey.get(key) : undefined;
    return file !== undefined ? `${file} (same title and date)` : null;
  }

  /** Remember an item just written. */
  add(item: FeedItem, file: string): void {
    this.#remember({ links: [item.link, item.guid].filter((l): l is string => l !== null), title: item.title, day: dayOf(item.date) }, file);
  }

  #remember(entry: { links: string[]; title: string | null; day: string | null }, file: string): void {
    for (const link of entry.links) if (!this.#byKey.has(`link:${link.trim()}`)) this.#byKey.set(`link:${link.trim()}`, file);
    const key = this.#titleKey(entry.title, entry.day);
    if (key && !this.#byKey.has(key)) this.#byKey.set(key, file);
  }

  #titleKey(title: string | null, day: string | null): string | null {
    return title && day ? `title:${normalise(title)}\u0000${day}` : null;
  }
}
