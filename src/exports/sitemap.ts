/** `sitemap.xml` (every HTML page but the 404, with its last change where known) and `robots.txt`. */
import { rfc3339 } from "./feed-model.ts";
import { xmlDocument } from "./serialise-feeds.ts";
import type { SiteData } from "../views/site-types.ts";
import { SITE_PATHS, publicUrl } from "../permalinks/site-urls.ts";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** Every page of the site with the date of its newest content (null when undated), in a stable order. */
export function sitePages(data: SiteData): Array<{ path: string; lastmod: string | null }> {
  const newest = (dates: Array<string | null>): string | null => dates.map(rfc3339).filter((d): d is string => d !== null).sort().at(-1) ?? null;
  const siteNewest = newest(data.stories.map((story) => story.lastUpdated));
  return [
    ...data.homePages.map((page) => ({ path: page.url, lastmod: newest(page.stories.map((card) => card.lastUpdated)) })),
    ...data.stories.map((story) => ({ path: story.url, lastmod: newest([story.lastUpdated]) })),
    ...data.articles.map((article) => ({ path: article.url, lastmod: newest([article.date]) })),
    ...data.outlets.map((outlet) => ({ path: outlet.url, lastmod: newest(outlet.items.map((item) => item.date)) })),
    ...data.topics.map((topic) => ({ path: topic.url, lastmod: newest(topic.stories.map((card) => card.lastUpdated)) })),
    ...data.archiveDays.map((day) => ({ path: day.url, lastmod: newest(day.stories.map((card) => card.lastUpdated)) })),
    { path: SITE_PATHS.outlets, lastmod: siteNewest },
    { path: SITE_PATHS.topics, lastmod: siteNewest },
    { path: SITE_PATHS.archive, lastmod: siteNewest },
    { path: SITE_PATHS.search, lastmod: null },
  ];
}

/**
 * The sitemap. Search engines want absolute `<loc>`s; without a base URL they are root-relative with the path prefix,
 * which keeps the file useful to link checkers and to tools that know the host (the build says so in its note).
 */
export function sitemapXml(data: SiteData): string {
  return xmlDocument({
    urlset: {
      "@_xmlns": SITEMAP_NS,
      url: sitePages(data).map((page) => ({ loc: publicUrl(data.site, page.path), ...(page.lastmod ? { lastmod: page.lastmod } : {}) })),
    },
  });
}

/** robots.txt: everything may be crawled; the sitemap is named when its absolute URL is known. */
export function robotsTxt(data: SiteData): string {
  const lines = ["User-agent: *", "Allow: /"];
  if (data.site.baseUrl) lines.push("", `Sitemap: ${publicUrl(data.site, SITE_PATHS.sitemap)}`);
  return `${lines.join("\n")}\n`;
}
