/** `roundup build`: content folder → articles → stories → pages and exports, swapped into the output folder. */
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { groupArticles } from "../group/group-articles.ts";
import { DEFAULT_LIMITS } from "../pipeline.ts";
import { renderSite } from "../site/eleventy-adapter.ts";
import { indexSearch } from "../site/search-index.ts";
import { type SiteSettings, buildSiteData } from "../site/site-data.ts";
import { writeExports } from "../site/write-exports.ts";
import { writeSiteFiles } from "../site/write-site-files.ts";
import type { Article, Diagnostic, Story } from "../types.ts";
import { buildStories } from "./build-stories.ts";
import { type LedgerEntry, collectArticles } from "./collect-articles.ts";
import { assertReplaceable, discardStaging, stagingFolder, swapIn } from "./swap-output.ts";

/** Options of a build. */
export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  site: SiteSettings;
  maxFileSize?: number;
  maxFrontMatterSize?: number;
  /** The build's clock (ms); defaults to SOURCE_DATE_EPOCH or now. */
  now?: number;
  /** Render pages; false builds data only (`roundup check`, `roundup eval`). */
  render?: boolean;
}

/** What a build made and found. */
export interface BuildResult {
  articles: Article[];
  stories: Story[];
  ledger: LedgerEntry[];
  diagnostics: Diagnostic[];
  filesRead: number;
}

/** Articles and stories of a content folder, without writing anything. */
export function buildData(options: BuildOptions): BuildResult {
  const now = options.now ?? buildClock();
  const collection = collectArticles({
    contentDir: options.contentDir,
    maxFileSize: options.maxFileSize ?? DEFAULT_LIMITS.maxFileSize,
    maxFrontMatterSize: options.maxFrontMatterSize ?? DEFAULT_LIMITS.maxFrontMatterSize,
    now,
  });
  const clusters = groupArticles(collection.articles);
  const stories = buildStories(clusters, collection.articles);
  return { ...collection, stories, filesRead: collection.ledger.length };
}

/** Build the site into `options.outputDir`; the previous output stays untouched unless the build succeeds. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  assertReplaceable(options.outputDir, options.contentDir);
  const result = buildData(options);
  const staging = stagingFolder(options.outputDir);
  try {
    const data = buildSiteData(options.site, result.articles, result.stories);
    await renderSite(data, staging);
    const storyById = new Map(result.stories.map((story) => [story.id, story]));
    writeExports(staging, data.stories.flatMap((view) => storyById.get(view.id) ?? []), result.articles, options.site.pathPrefix);
    copyImages(result.articles, options.contentDir, staging);
    writeSiteFiles(staging, data);
    await indexSearch(staging, data.site.language);
    swapIn(staging, options.outputDir);
  } catch (cause) {
    discardStaging(staging);
    throw cause;
  }
  return result;
}

function copyImages(articles: readonly Article[], contentDir: string, outputDir: string): void {
  for (const article of articles) {
    if (!article.image || /^https?:/.test(article.image)) continue;
    const target = path.join(outputDir, "media", article.image);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(contentDir, article.image), target);
  }
}

/** SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; otherwise the wall clock. */
export function buildClock(): number {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now();
}
