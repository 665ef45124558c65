/**
 * What the feeds say, once, before it is written as Atom and as JSON Feed: the site's feed of new and updated stories,
 * and each story's own feed of its coverage ("follow this story").
 */
import { createHash } from "node:crypto";
import type { ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { dateValue } from "../dates.ts";
import type { IsoDate } from "../types.ts";
import { element, text } from "./hast-element.ts";
import type { ArticleView, SiteData, SiteSettings, SourceView, StoryView } from "../views/site-types.ts";
import { SITE_PATHS, publicUrl, storyFeedUrl } from "../permalinks/site-urls.ts";
import { newestFirst } from "../views/sort-stories.ts";

/** One entry of a feed. */
export interface FeedEntry {
  id: string;
  title: string;
  url: string | null;
  /** RFC 3339 (`2026-01-05T21:40:00Z`); null when the source gave no date. */
  published: string | null;
  updated: string | null;
  authors: string[];
  summary: string | null;
  contentHtml: string;
}

/** A feed, ready to serialise. */
export interface Feed {
  id: string;
  title: string;
  description: string;
  language: string;
  /** The page the feed follows and the feed's own URLs, public (absolute with a base URL, else root-relative). */
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  absolute: boolean;
  /** The newest entry's date; the epoch when nothing is dated, so that output never depends on the clock. */
  updated: string;
  author: string;
  entries: FeedEntry[];
}

// Note: the site's feed carries the stories a reader may have missed since the last poll, not the whole archive.
export const SITE_FEED_ENTRIES = 50;
const EPOCH = "1970-01-01T00:00:00Z";

/** An IsoDate as RFC 3339 in UTC (a date without a zone is read as UTC, as everywhere in roundup). */
export function rfc3339(date: IsoDate | null): string | null {
  const value = dateValue(date);
  return value === null ? null : new Date(value).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * A permanent id for an entry: the public URL when the site's address is known; otherwise a name-based UUID
 * (RFC 4122 version 5 layout over SHA-1) of the path, since Atom ids must be absolute IRIs.
 */
export function entryId(site: SiteSettings, path: string): string {
  if (site.baseUrl) return publicUrl(site, path);
  const hex = createHash("sha1").update(`roundup:${path}`).digest("hex");
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

const link = (site: SiteSettings, href: string | null): string | null => (href === null ? null : /^https?:\/\//.test(href) ? href : publicUrl(site, href));

function sourceList(site: SiteSettings, sources: readonly SourceView[]): ElementContent {
  return element(
    "ul",
    {},
    sources.map((source) => {
      const href = link(site, source.href);
      const title = href ? element("a", { href }, [text(source.title)]) : text(source.title);
      return element("li", {}, [text(`${source.publisher}: `), title]);
    }),
  );
}

function newestDate(values: Array<string | null>): string {
  return values.filter((v): v is string => v !== null).sort().at(-1) ?? EPOCH;
}

/** The site's feed: the most recently updated stories, each with its summary and sources. */
export function siteFeed(data: SiteData): Feed {
  const { site } = data;
  const entries = data.stories.slice(0, SITE_FEED_ENTRIES).map((story): FeedEntry => {
    const url = publicUrl(site, story.url);
    const content: ElementContent[] = [
      ...(story.summary ? [element("p", {}, [text(story.summary)])] : []),
      element("p", {}, [text(`${story.outletCount} ${story.outletCount === 1 ? "outlet" : "outlets"}, ${story.articleCount} ${story.articleCount === 1 ? "article" : "articles"}:`)]),
      sourceList(site, story.sources),
      element("p", {}, [element("a", { href: url }, [text("All coverage")])]),
    ];
    return {
      id: entryId(site, story.url),
      title: story.headline,
      url,
      published: rfc3339(story.firstSeen),
      updated: rfc3339(story.lastUpdated),
      authors: [site.title],
      summary: story.summary,
      contentHtml: toHtml(content),
    };
  });
  return {
    id: entryId(site, "/"),
    title: site.title,
    description: site.description,
    language: site.language,
    homeUrl: publicUrl(site, "/"),
    atomUrl: publicUrl(site, SITE_PATHS.atom),
    jsonUrl: publicUrl(site, SITE_PATHS.json),
    absolute: site.baseUrl !== null,
    updated: newestDate(entries.map((e) => e.updated ?? e.published)),
    author: site.title,
    entries,
  };
}

/** A story's own feed: every piece of its coverage, newest first, each credited to its outlet. */
export function storyFeed(site: SiteSettings, story: StoryView, articles: ReadonlyMap<string, ArticleView>): Feed {
  const sources = [...story.sources].sort((a, b) => newestFirst(a.date, b.date) || a.publisher.localeCompare(b.publisher, "en") || a.title.localeCompare(b.title, "en"));
  const entries = sources.map((source): FeedEntry => {
    const article = source.articleId ? articles.get(source.articleId) : undefined;
    const url = link(site, source.href);
    const content: ElementContent[] = [
      ...(article?.summary ? [element("p", {}, [text(article.summary)])] : []),
      element("p", {}, [
        text(`${source.publisher}${source.labelTexts.length ? ` (${source.labelTexts.join(", ")})` : ""}: `),
        url ? element("a", { href: url }, [text(source.title)]) : text(source.title),
      ]),
      element("p", {}, [element("a", { href: publicUrl(site, story.url) }, [text(`All coverage: ${story.headline}`)])]),
    ];
    return {
      id: source.articleId && article ? entryId(site, article.url) : source.url ?? entryId(site, `${story.url}#${source.publisher}/${source.title}`),
      title: source.title,
      url,
      published: rfc3339(source.date),
      updated: rfc3339(source.date),
      authors: [source.publisher],
      summary: article?.summary ?? null,
      contentHtml: toHtml(content),
    };
  });
  return {
    id: entryId(site, storyFeedUrl(story.id, "atom")),
    title: `${story.headline} · ${site.title}`,
    description: `Every outlet's coverage of this story, as ${site.title} finds it.`,
    language: site.language,
    homeUrl: publicUrl(site, story.url),
    atomUrl: publicUrl(site, storyFeedUrl(story.id, "atom")),
    jsonUrl: publicUrl(site, storyFeedUrl(story.id, "json")),
    absolute: site.baseUrl !== null,
    updated: newestDate(entries.map((e) => e.updated)),
    author: site.title,
    entries,
  };
}
