/** `roundup build`: content folder → articles → stories → pages and exports, swapped into the output folder. */
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadOutletRegistry } from "../data-files/load-outlets.ts";
import { readOverrides } from "../data-files/read-overrides.ts";
import { readStoryIds, writeStoryIds } from "../data-files/story-ids-file.ts";
import { groupArticles } from "../group/group-articles.ts";
import { DEFAULT_LIMITS } from "../pipeline.ts";
import { type BuildProgress, SILENT_PROGRESS } from "../report/progress.ts";
import { redirectsFile } from "../permalinks/redirect-views.ts";
import { RenderShards, renderShardCount } from "../eleventy/render-shards.ts";
import { type PagePlan, type PageReuse, hasPageRecord, planPages } from "../eleventy/reuse-pages.ts";
import { type SearchIndexReuse, indexSearch } from "../search/search-index.ts";
import { type SiteSettings, buildSiteData } from "../views/site-data.ts";
import { mergedFiles, writeExports } from "../exports/write-exports.ts";
import { writeSiteFiles } from "../exports/write-site-files.ts";
import type { Article, Diagnostic, LedgerEntry, Story } from "../types.ts";
import { collectArticles } from "./collect-articles.ts";
import type { ArticleUrls } from "../permalinks/track-article-ids.ts";
import type { StoryIdLedger } from "../permalinks/story-ids.ts";
import { codeVersion } from "../cache/code-version.ts";
import { defaultCacheDir, openCache } from "../cache/open-cache.ts";
import { cachedGrouping, groupingCacheFile } from "../cache/grouping-cache.ts";
import { ReportsCache, reportsCacheFile } from "../cache/reports-cache.ts";
import type { AssessReports } from "../reports/assess-reports.ts";
import type { ProcessingOptions } from "./process-files.ts";
import { shapeStories } from "../stories/shape-stories.ts";
import type { BuildTimings } from "./stage-timer.ts";
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
  /** Worker threads for the per-file stages (0: none; default: by input size). */
  workers?: number;
  /** Threads rendering article pages beside this one (0: none; default: by the number of articles). */
  renderWorkers?: number;
  /** Article pages per Eleventy run (memory against time). */
  renderChunk?: number;
  /** Pages per part of the search index (memory against files a search fetches). */
  searchChunk?: number;
  /** Time limit per file, ms (default: by the file's size). */
  fileTimeout?: number;
  /** Folder of the cache of processed files; null disables it. Default: `node_modules/.cache/roundup`. */
  cacheDir?: string | null;
  /** Where to record the time of each phase and stage (`--timings`). */
  timings?: BuildTimings;
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

/** Articles and stories of a content folder, without writing anything but the cache; `onArticles` runs before grouping. */
export async function buildData(options: BuildOptions, onArticles?: (articles: readonly Article[]) => void): Promise<BuildResult> {
  const now = options.now ?? buildClock();
  const progress = options.progress ?? SILENT_PROGRESS;
  const timings = options.timings;
  const phase = <T>(name: string, work: () => T | Promise<T>): Promise<T> => (timings ? timings.phase(name, work) : Promise.resolve(work()));
  const outlets = loadOutletRegistry(options.contentDir);
  const overrides = readOverrides(options.contentDir);
  const previous = readStoryIds(options.contentDir);
  const pipeline = {
    contentDir: options.contentDir,
    maxFileSize: options.maxFileSize ?? DEFAULT_LIMITS.maxFileSize,
    maxFrontMatterSize: options.maxFrontMatterSize ?? DEFAULT_LIMITS.maxFrontMatterSize,
    now,
    outlets: outlets.registry,
  };
  const cache = openCache({ ...options, pipeline }, timings);
  const processing: ProcessingOptions = { workers: options.workers, fileTimeout: options.fileTimeout, cache, timings, onFile: (done, total) => progress.file(done, total) };
  const collection = await phase("process", () => collectArticles(pipeline, processing));
  await phase("cache-save", () => cache?.save());
  onArticles?.(collection.articles);
  progress.phase("grouping articles into stories");
  const grouping = options.cacheDir === null ? null : { file: groupingCacheFile(options.cacheDir ?? defaultCacheDir(), options.contentDir), codeVersion: codeVersion() };
  const clusters = await phase("group", () => cachedGrouping(grouping, collection.articles, (articles) => groupArticles(articles)));
  const reports = grouping && cache ? ReportsCache.open(reportsCacheFile(options.cacheDir ?? defaultCacheDir(), options.contentDir), cache.version) : null;
  const shaped = await phase("stories", () => {
    const input = { ...collection, clusters, overrides: overrides.overrides, previous: previous.ledger, previousArticles: previous.articles, outlets: outlets.registry };
    const result = shapeStories(reports ? { ...input, reports: (assess: AssessReports) => reports.wrap(assess) } : input);
    reports?.save();
    timings?.count("storyReportsMade", reports?.made ?? result.stories.length);
    timings?.count("storyReportsReused", reports?.reused ?? 0);
    return result;
  });
  const diagnostics = [...outlets.diagnostics, ...overrides.diagnostics, ...previous.diagnostics, ...collection.diagnostics, ...shaped.diagnostics];
  return { ...shaped, diagnostics, filesRead: collection.ledger.length };
}

/** Build the site into `options.outputDir`; the previous output stays untouched unless the build succeeds. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  assertReplaceable(options.outputDir, options.contentDir);
  const progress = options.progress ?? SILENT_PROGRESS;
  const phase: Phase = (name, work) => (options.timings ? options.timings.phase(name, work) : Promise.resolve(work()));
  // Render workers start as soon as the number of articles is known, so that they load Eleventy while this thread groups.
  const render: { shards: RenderShards | null } = { shards: null };
  const pages = pageReuse(options);
  // Note: a site rendered before by this code renders only the pages whose data changed: few, as a rule, so render
  // workers start only if that turns out to be many (in renderPages).
  const startShards = (articles: readonly Article[]): void => {
    const count = options.renderWorkers ?? (pages && hasPageRecord(pages) ? 0 : renderShardCount(articles.length));
    render.shards = new RenderShards(count, options.renderChunk);
  };
  let staging: string | null = null;
  try {
    const result = await buildData(options, startShards);
    const output = stagingFolder(options.outputDir);
    staging = output;
    const { language, plan } = await renderPages(options, result, output, render.shards, pages, phase);
    progress.phase("indexing for search");
    const search = await phase("search-index", () => indexSearch(output, { language, chunk: options.searchChunk, reuse: searchIndexReuse(options), pageKeys: plan.keys }));
    options.timings?.count("searchIndexParts", search.parts);
    options.timings?.count("searchIndexReused", search.reused);
    await phase("swap", () => swapIn(output, options.outputDir));
    plan.save(options.outputDir);
    // Note: story ids are saved only once the site that uses them is published, so a failed build changes nothing.
    result.diagnostics.push(...writeStoryIds(options.contentDir, { ledger: result.storyIds, articles: result.articleUrls }));
    return result;
  } catch (cause) {
    await render.shards?.close();
    if (staging) discardStaging(staging);
    throw cause;
  } finally {
    progress.end();
  }
}

type Phase = <T>(name: string, work: () => T | Promise<T>) => Promise<T>;

/**
 * Make the site's data and render every page into `output`; returns the site's language. The site's data lives only
 * here: once the pages are written, the search index (the largest phase in memory) runs without it.
 */
async function renderPages(options: BuildOptions, result: BuildResult, output: string, started: RenderShards | null, reuse: PageReuse | null, phase: Phase): Promise<{ language: string; plan: PagePlan }> {
  const progress = options.progress ?? SILENT_PROGRESS;
  const data = await phase("site-data", () => buildSiteData(options.site, result.articles, result.stories, { stories: result.redirects, articles: result.articleUrls.redirects }));
  progress.phase("rendering pages");
  const exports = (): void => {
    const began = performance.now();
    const storyById = new Map(result.stories.map((story) => [story.id, story]));
    writeExports(output, data.stories.flatMap((view) => storyById.get(view.id) ?? []), result.articles, options.site.pathPrefix, mergedFiles(result.ledger));
    if (data.redirects.length > 0) writeFileSync(path.join(output, "_redirects"), redirectsFile(data.redirects, options.site.pathPrefix));
    copyImages(result.articles, options.contentDir, output);
    writeSiteFiles(output, data, (file, page, inputs) => plan.reuseFile(file, page, inputs));
    options.timings?.phases.push({ phase: "exports", ms: performance.now() - began });
  };
  const plan = await phase("plan-pages", () => planPages(data, reuse));
  options.timings?.count("pagesRendered", plan.rendered);
  options.timings?.count("pagesReused", plan.reused);
  let shards = started;
  if (options.renderWorkers === undefined && (shards?.size ?? 0) === 0 && renderShardCount(plan.data.articles.length) > 0) {
    await shards?.close();
    shards = new RenderShards(renderShardCount(plan.data.articles.length), options.renderChunk);
  }
  // Note: the exports, feeds and sitemap are written while render workers work, when this thread would otherwise wait.
  await phase("render", async () => {
    const renderer = shards ?? new RenderShards(0, options.renderChunk);
    if (plan.rendered > 0) await renderer.render(plan.data, output, exports, () => progress.page());
    else {
      await renderer.close();
      exports();
    }
    plan.placeReused(output);
  });
  return { language: data.site.language, plan };
}

/** Where pages of the published site may be reused from (unless the cache is off). */
function pageReuse(options: BuildOptions): PageReuse | null {
  if (options.cacheDir === null) return null;
  return { previous: path.resolve(options.outputDir), record: cacheRecord(options, "pages"), codeVersion: codeVersion() };
}

/** A record about the output folder, in the cache folder: one per output folder. */
function cacheRecord(options: BuildOptions, kind: "pages" | "search"): string {
  const name = createHash("sha256").update(path.resolve(options.outputDir)).digest("hex").slice(0, 16);
  return path.join(options.cacheDir ?? defaultCacheDir(), `${kind}-${name}.json`);
}

/**
 * Where the search index of the site now published may be reused from (unless the cache is off): Pagefind is the
 * longest phase of a large build, and a rebuild whose story and article pages are all unchanged would write the
 * same index again.
 */
function searchIndexReuse(options: BuildOptions): SearchIndexReuse | undefined {
  if (options.cacheDir === null) return undefined;
  return { record: cacheRecord(options, "search"), bundle: path.join(path.resolve(options.outputDir), "pagefind"), codeVersion: codeVersion() };
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
