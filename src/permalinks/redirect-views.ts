/**
 * Pages for old URLs: a story merged into another, an article whose title (and so id) changed. Each page sends the
 * reader on with a meta refresh, a canonical link and a link to follow.
 */
import type { Article, Story } from "../types.ts";
import { type UrlSettings, articleUrl, storyUrl } from "./site-urls.ts";

/** Old id → live id, for stories and for articles. */
export interface Redirects {
  stories: Readonly<Record<string, string>>;
  articles: Readonly<Record<string, string>>;
}

/** One redirect page's data; URLs are site-relative (the renderer adds the path prefix) unless absolute. */
export interface RedirectView {
  /** The old id: the page is written at `url`, made from it. */
  id: string;
  url: string;
  targetUrl: string;
  /** Absolute when the site's base URL is known. */
  canonical: string;
  /** What the reader is told, ending before the link. */
  lead: string;
  /** The text of the link: the headline or title of the new page. */
  title: string;
}

/** Redirect views whose target is a page of this build, stories first, each kind sorted by old id. */
export function redirectViews(settings: UrlSettings, redirects: Redirects, stories: readonly Story[], articles: readonly Article[]): RedirectView[] {
  const view = (kind: "story" | "article", titles: Map<string, string>, urlOf: (id: string) => string) => (entries: Readonly<Record<string, string>>): RedirectView[] =>
    Object.entries(entries)
      .filter(([from, to]) => titles.has(to) && !titles.has(from))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([from, to]) => ({
        id: from,
        url: urlOf(from),
        targetUrl: urlOf(to),
        canonical: settings.baseUrl ? new URL(urlOf(to).slice(1), settings.baseUrl).href : urlOf(to),
        lead: kind === "story" ? "This story is now part of" : "This article is now at",
        title: titles.get(to) ?? "",
      }));
  return [
    ...view("story", new Map(stories.map((s) => [s.id, s.headline])), storyUrl)(redirects.stories),
    ...view("article", new Map(articles.map((a) => [a.id, a.title])), articleUrl)(redirects.articles),
  ];
}

/** `_redirects` (Netlify and Cloudflare Pages format): the same redirects as HTTP 301s where the host reads it. */
export function redirectsFile(views: readonly RedirectView[], pathPrefix: string): string {
  const prefix = pathPrefix.replace(/\/$/, "");
  const lines = views.map((view) => `${prefix}${view.url} ${prefix}${view.targetUrl} 301`);
  return `# Old URLs → where their pages are now (written by roundup build).\n${lines.join("\n")}${lines.length ? "\n" : ""}`;
}
