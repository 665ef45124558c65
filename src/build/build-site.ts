/** `roundup build`: content folder → articles → stories → pages and exports, swapped into the output folder. */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadOutletRegistry } from "../data-files/load-outlets.ts";
import { readOverrides } from "../data-files/read-overrides.ts";
import { readStoryIds, writeStoryIds } from "../data-files/story-ids-file.ts";
import { groupArticles } from "../group/group-articles.ts";
import { DEFAULT_LIMITS } from "../pipeline.ts";
import { type BuildProgress, SILENT_PROGRESS } from "../report/progress.ts";
import { redirectsFile } from "../site/redirect-views.ts";
import { indexSearch } from "../site/search-index.ts";
import { type SiteSettings, buildSiteData } from "../site/site-data.ts";
import { writeExports } from "../site/write-exports.ts";
import { writeSiteFiles } from "../site/write-site-files.ts";
import type { Article, Diagnostic, Story } from "../types.ts";
import { type LedgerEntry, collectArticles } from "./collect-articles.ts";
import type { ArticleUrls } from "./article-urls.ts";
import type { StoryIdLedger } from "./local-story-ids.ts";
import { shapeStories } from "./shape-stories.ts";
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
  /** Where the build reports its progress; silent by default. */
  progress?: BuildProgress;
}

/** What a build made and found. */
export interface BuildResult {
  articles: Article[];
  stories: Story[];
  ledger: LedgerEntry[];
  diagnostics: Diagnostic[];
  filesRead: number;
  /** Old story id → live story id (merged stories). */
  redirects: Record<string, string>;
  /** The old story ids that became redirects in this build. */
  newRedirects: string[];
  /** Article ids by file, and old article id → live article id (renamed articles). */
  articleUrls: ArticleUrls;
  /** The old article ids that became redirects in this build. */
  newArticleRedirects: string[];
  /** The story ids to save as `content/_stories.json`. */
  storyIds: StoryIdLedger;
}

/** Articles and stories of a content folder, without writing anything. */
export function buildData(options: BuildOptions): BuildResult {
  const now = options.now ?? buildClock();
  const progress = options.progress ?? SILENT_PROGRESS;
  const outlets = loadOutletRegistry(options.contentDir);
  const overrides = readOverrides(options.contentDir);
  const previous = readStoryIds(options.contentDir);
  const collection = collectArticles(
    {
      contentDir: options.contentDir,
      maxFileSize: options.maxFileSize ?? DEFAULT_LIMITS.maxFileSize,
      maxFrontMatterSize: options.maxFrontMatterSize ?? DEFAULT_LIMITS.maxFrontMatterSize,
      now,
      outlets: outlets.registry,
    },
    (done, total) => progress.file(done, total),
  );
  progress.phase("grouping articles into stories");
  const clusters = groupArticles(collection.articles);
  const shaped = shapeStories({ ...collection, clusters, overrides: overrides.overrides, previous: previous.ledger, previousArticles: previous.articles, outlets: outlets.registry });
  const diagnostics = [...outlets.diagnostics, ...overrides.diagnostics, ...previous.diagnostics, ...collection.diagnostics, ...shaped.diagnostics];
  return { ...shaped, diagnostics, filesRead: collection.ledger.length };
}

/** Build the site into `options.outputDir`; the previous output stays untouched unless the build succeeds. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  assertReplaceable(options.outputDir, options.contentDir);
  const progress = options.progress ?? SILENT_PROGRESS;
  const result = buildData(options);
  const staging = stagingFolder(options.outputDir);
  try {
    const data = buildSiteData(options.site, result.articles, result.stories, { stories: result.redirects, articles: result.articleUrls.redirects });
    progress.phase("rendering pages");
    // Note: loaded here so that `roundup check`, which only reads content, never loads Eleventy.
    const { renderSite } = await import("../site/eleventy-adapter.ts");
    await renderSite(data, staging, () => progress.page());
    progress.phase("writing exports");
    const storyById = new Map(result.stories.map((story) => [story.id, story]));
    writeExports(staging, data.stories.flatMap((view) => storyById.get(view.id) ?? []), result.articles, options.site.pathPrefix);
    if (data.redirects.length > 0) writeFileSync(path.join(staging, "_redirects"), redirectsFile(data.redirects, options.site.pathPrefix));
    copyImages(result.articles, options.contentDir, staging);
    writeSiteFiles(staging, data);
    await indexSearch(staging, data.site.language);
    swapIn(staging, options.outputDir);
  } catch (cause) {
    discardStaging(staging);
    throw cause;
  } finally {
    progress.end();
  }
  // Note: story ids are saved only once the site that uses them is published, so a failed build changes nothing.
  result.diagnostics.push(...writeStoryIds(options.contentDir, { ledger: result.storyIds, articles: result.articleUrls }));
  return result;
}

/** Copy the images articles use from the content folder to `media/` of the output. */
export function copyImages(articles: readonly Article[], contentDir: string, outputDir: string): void {
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
