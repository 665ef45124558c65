/**
 * The five sample articles (coverage of one event) as `Article`s, by deliberately minimal parsing, so that
 * grouping is tested without the ingest pipeline and against slightly different extractions of the same files.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Article, RelatedLink } from "../../src/types.ts";
import { makeArticle } from "./dataset-loader.ts";
import { ROOT, SHARED } from "../helpers/run-cli.ts";

/** The sample files, in the repository's `content/` and in the shared seeds folder. */
export const SEED_FILES = [
  "000_cf428da3c97d321b.txt",
  "001_e57608da54a4e3e6.txt",
  "002_1c65d373fe4cd320.txt",
  "003_893e1b22cc0b54cc.txt",
  "004_e33ab54298aa9de4.txt",
] as const;

/** The folder holding the five files, or null when neither copy exists. */
export function seedFolder(): string | null {
  for (const dir of [resolve(ROOT, "content"), resolve(SHARED, "seeds")]) {
    if (SEED_FILES.every((f) => existsSync(join(dir, f)))) return dir;
  }
  return null;
}

/** How the extraction may differ from one pipeline version to the next. */
export interface SeedVariant {
  /** Keep the " - BBC" suffix of the aggregator item's title. */
  keepOutletSuffix?: boolean;
  /** Leave the aggregator item's related list empty (its body text still lists the titles). */
  withoutRelated?: boolean;
  /** Date the title-line article (001) from its text, instead of leaving it undated. */
  dateUndated?: boolean;
}

/** The five articles read from `dir`. */
export function seedArticles(dir: string, variant: SeedVariant = {}): Article[] {
  return SEED_FILES.map((file) => parseSeed(file, readFileSync(join(dir, file), "utf8"), variant));
}

function parseSeed(file: string, source: string, variant: SeedVariant): Article {
  const id = file.replace(/\.txt$/, "");
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const field = (key: string): string | null => {
    const line = front?.[1]?.split("\n").find((l) => l.startsWith(`${key}:`));
    return line ? line.slice(key.length + 1).trim().replace(/^["']|["']$/g, "") : null;
  };
  let body = front ? source.slice(front[0].length) : source;
  let title = field("title");
  let date = field("date");
  let publisher: string | null = null;
  let related: RelatedLink[] = [];

  if (body.includes("<ol>")) {
    // An aggregator item: each <li> is a title link and the outlet in a <font> tag.
    related = [...body.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>(?:&nbsp;)*<font[^>]*>([^<]*)<\/font>/g)].map((m) => ({
      url: m[1] ?? "",
      title: unescape(m[2] ?? ""),
      publisher: m[3] ?? null,
    }));
    body = related.map((r) => `${r.title}\n${r.publisher ?? ""}`).join("\n");
    const suffix = / - ([^-]+)$/.exec(title ?? "");
    if (suffix && title) {
      publisher = suffix[1] ?? null;
      if (!variant.keepOutletSuffix) title = title.slice(0, suffix.index);
    }
  }
  const dated = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(body);
  if (dated) {
    // No title line: the date prefix, then the lede, whose first sentence stands in for the title.
    date = dated[1] ?? null;
    body = body.slice(dated[0].length);
    title = /^[^.]*?(?:\.|$)/m.exec(body)?.[0].slice(0, 160) ?? "";
  }
  if (title === null) {
    const [first = "", ...rest] = body.split("\n");
    title = first.trim();
    body = rest.join("\n");
  }
  const published = /Published \w+, (\w+) (\d+), (\d{4}) · (\d+):(\d+) (AM|PM)/.exec(body);
  if (published && date === null) date = isoFrom(published);
  if (variant.dateUndated && date === null && /Jan 5/.test(body)) date = "2026-01-05";
  // The mojibake of 002, repaired as the pipeline will.
  const text = body.replace(/â€™/g, "\u2019").replace(/â€œ/g, "\u201c").replace(/â€\u009d/g, "\u201d").trim();
  return makeArticle({
    id,
    file,
    title,
    date,
    publisher,
    url: field("link"),
    text,
    related: variant.withoutRelated ? [] : related,
  });
}

function unescape(html: string): string {
  return html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

function isoFrom(m: RegExpExecArray): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const month = String(months.indexOf(m[1] ?? "") + 1).padStart(2, "0");
  let hour = Number(m[4]) % 12;
  if (m[6] === "PM") hour += 12;
  return `${m[3]}-${month}-${String(m[2]).padStart(2, "0")}T${String(hour).padStart(2, "0")}:${m[5]}`;
}
