/**
 * The preview's fast path: when a file in the content folder is added or changed, its own article page is rendered
 * at once, from that file alone, before the whole site is rebuilt (grouping, story pages and lists take seconds on a
 * large folder). The page is the one the full build writes, less what needs the other files: the story it belongs
 * to and the other outlets' coverage. The full rebuild follows and replaces it, and the browser reloads again.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadOutletRegistry } from "../data-files/load-outlets.ts";
import { DEFAULT_LIMITS, processFile } from "../pipeline.ts";
import { renderSite } from "../eleventy/eleventy-adapter.ts";
import { articlePagesOnly } from "../eleventy/render-shards.ts";
import { buildSiteData } from "../views/site-data.ts";
import type { SiteSettings } from "../views/site-types.ts";
import { assignArticleIds } from "../permalinks/article-ids.ts";

/** One file to preview. */
export interface PreviewRequest {
  contentDir: string;
  /** The file, relative to the content folder, with `/` separators. */
  file: string;
  outputDir: string;
  site: SiteSettings;
  now: number;
  maxFileSize?: number;
  maxFrontMatterSize?: number;
}

/** Render the article page of `request.file` alone; returns its id, or null when the file is not an article. */
export async function renderPreviewPage(request: PreviewRequest): Promise<string | null> {
  const absolute = path.join(request.contentDir, ...request.file.split("/"));
  const outcome = processFile(request.file, absolute, readFileSync(absolute), {
    contentDir: request.contentDir,
    maxFileSize: request.maxFileSize ?? DEFAULT_LIMITS.maxFileSize,
    maxFrontMatterSize: request.maxFrontMatterSize ?? DEFAULT_LIMITS.maxFrontMatterSize,
    now: request.now,
    outlets: loadOutletRegistry(request.contentDir).registry,
  });
  if (outcome.kind !== "article") return null;
  // Note: the id the full build gives a file whose id collides with no other's (collisions are rare, and the full
  // rebuild that follows writes the right page).
  const [id] = assignArticleIds([{ title: outcome.article.title, file: request.file }]);
  if (!id) return null;
  const data = buildSiteData(request.site, [{ id, ...outcome.article }], []);
  await renderSite(articlePagesOnly(data, data.articles), request.outputDir, undefined, "articles");
  return id;
}
