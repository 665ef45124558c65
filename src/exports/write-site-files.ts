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

/** Write the feeds, sitemap and robots.txt into `outputDir`. */
export function writeSiteFiles(outputDir: string, data: SiteData): void {
  const feed = siteFeed(data);
  write(outputDir, SITE_PATHS.atom, atomFeed(feed));
  write(outputDir, SITE_PATHS.json, jsonFeed(feed));
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  for (const story of data.stories) {
    const own = storyFeed(data.site, story, articles);
    write(outputDir, storyFeedUrl(story.id, "atom"), atomFeed(own));
    write(outputDir, storyFeedUrl(story.id, "json"), jsonFeed(own));
  }
  write(outputDir, SITE_PATHS.sitemap, sitemapXml(data));
  write(outputDir, SITE_PATHS.robots, robotsTxt(data));
}
