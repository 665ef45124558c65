/**
 * Every URL of the site. Paths are site-relative (`/stories/x/`): in HTML attributes the renderer's base plugin adds
 * the path prefix; everywhere else (feeds, sitemap, JSON-LD, script data) `publicUrl` does.
 */
import { SAFE_ID } from "./article-ids.ts";

/** What URLs depend on: where the site is published. */
export interface UrlSettings {
  /** Absolute URL of the published site, e.g. `https://example.org/news/`; null when unknown. */
  baseUrl: string | null;
  /** Path the site is served under, `/` or `/repo/`. */
  pathPrefix: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checked(segment: string, pattern: RegExp): string {
  // Segments become folders on disk: anything but our own slugs and days is a programmer error.
  if (!pattern.test(segment)) throw new Error(`refusing an unsafe URL segment: ${JSON.stringify(segment)}`);
  return segment;
}

/** `/stories/<id>/`. */
export const storyUrl = (id: string): string => `/stories/${checked(id, SAFE_ID)}/`;
/** `/articles/<id>/`. */
export const articleUrl = (id: string): string => `/articles/${checked(id, SAFE_ID)}/`;
/** `/outlets/<slug>/`. */
export const outletUrl = (slug: string): string => `/outlets/${checked(slug, SAFE_ID)}/`;
/** `/topics/<slug>/`. */
export const topicUrl = (slug: string): string => `/topics/${checked(slug, SAFE_ID)}/`;
/** `/archive/YYYY-MM-DD/`. */
export const archiveDayUrl = (day: string): string => `/archive/${checked(day, DAY)}/`;
/** The home page (`/`) and its following pages (`/page/2/`). */
export const homePageUrl = (page: number): string => (page <= 1 ? "/" : `/page/${page}/`);
/** A story's own feeds: `/stories/<id>/feed.xml` and `feed.json`. */
export const storyFeedUrl = (id: string, format: "atom" | "json"): string => `${storyUrl(id)}feed.${format === "atom" ? "xml" : "json"}`;

/** Fixed pages and files. */
export const SITE_PATHS = {
  outlets: "/outlets/",
  topics: "/topics/",
  archive: "/archive/",
  search: "/search/",
  notFound: "/404.html",
  atom: "/feed.xml",
  json: "/feed.json",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
  stylesheet: "/assets/style.css",
} as const;

/** True when the site's absolute address is known. */
export const hasBaseUrl = (settings: UrlSettings): boolean => settings.baseUrl !== null;

/**
 * A site path as readers and machines reach it: absolute when the base URL is known (its origin and the path
 * prefix), otherwise root-relative with the prefix (`/repo/stories/x/`).
 */
export function publicUrl(settings: UrlSettings, path: string): string {
  const prefixed = settings.pathPrefix.replace(/\/$/, "") + path;
  return settings.baseUrl ? new URL(prefixed, settings.baseUrl).href : prefixed;
}

/** A site path for an HTML attribute: absolute when known, otherwise left for the renderer to prefix. */
export function hrefUrl(settings: UrlSettings, path: string): string {
  return settings.baseUrl ? publicUrl(settings, path) : path;
}
