/** Files beside the pages: the site's and each story's Atom and JSON feeds, the sitemap and robots.txt. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { siteFeed, storyFeed } from "./feed-model.ts";
import { atomFeed, jsonFeed } from "./serialise-feeds.ts";
import type { SiteData } from "../views/site-types.ts";
import { SITE_PATHS, storyFeedUrl } from "../permalinks/site-urls.ts";
import { robotsTxt, sitemapXml } from "./sitemap.ts";

/** What a build without a base URL tells its user. */
export const NO_BASE_URL_NOTE =
  "note: no --base-url given, so feeds, the sitemap and structured data use root-relative links; pass --base-url https://… for absolute URLs";

function write(outputDir: string, sitePath: string, body: string): void {
  const target = path.join(outputDir, ...sitePath.split("/").filter(Boolean));
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, body);
}

/**
 * Whether a file (its path below the output folder) made from the view of the page at `page` and from `inputs` can
 * be taken from the published site instead of written (src/eleventy/reuse-pages.ts).
 */
export type ReuseFile = (file: string, page: string, inputs: string) => boolean;

/**
 * Write the feeds, sitemap and robots.txt into `outputDir`. A story's feeds are made from its view and its articles'
 * views only: those `reuse` finds unchanged are not made again.
 */
export function writeSiteFiles(outputDir: string, data: SiteData, reuse: ReuseFile = () => false): void {
  const feed = siteFeed(data);
  write(outputDir, SITE_PATHS.atom, atomFeed(feed));
  write(outputDir, SITE_PATHS.json, jsonFeed(feed));
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  for (const story of data.stories) {
    // Note: of an article, its feed entry reads the summary and the address only (not the body, the largest part).
    const inputs = JSON.stringify(story.sources.map((source) => {
      const article = source.articleId ? articles.get(source.articleId) : undefined;
      return article ? [article.summary, article.url] : null;
    }));
    const pending = (["atom", "json"] as const).filter((format) => !reuse(storyFeedUrl(story.id, format).replace(/^\/+/, ""), story.url, inputs));
    if (pending.length === 0) continue;
    const own = storyFeed(data.site, story, articles);
    for (const format of pending) write(outputDir, storyFeedUrl(story.id, format), format === "atom" ? atomFeed(own) : jsonFeed(own));
  }
  write(outputDir, SITE_PATHS.sitemap, sitemapXml(data));
  write(outputDir, SITE_PATHS.robots, robotsTxt(data));
}
