/** The JSON export for other programs and for evaluation: `data/stories.json` and `data/articles.json`. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Article, CopyOf, Story } from "../types.ts";
import { articleUrl, storyUrl } from "../permalinks/site-urls.ts";

/** A file of the content folder merged into an article. */
export interface MergedFile {
  file: string;
  articleId: string;
}

/** Write both exports under `outputDir/data/`, in the order the stories and articles are given. */
export function writeExports(outputDir: string, stories: readonly Story[], articles: readonly Article[], pathPrefix: string, merged: readonly MergedFile[] = []): void {
  const prefix = pathPrefix.replace(/\/$/, "");
  const byId = new Map(articles.map((article) => [article.id, article]));
  // A file merged into another article (an exact or near copy) belongs to that article's story.
  const copiesOf = new Map<string, MergedFile[]>();
  for (const copy of merged) copiesOf.set(copy.articleId, [...(copiesOf.get(copy.articleId) ?? []), copy]);
  const storiesJson = {
    stories: stories.map((story) => ({
      id: story.id,
      url: prefix + storyUrl(story.id),
      headline: story.headline,
      summary: story.summary,
      firstSeen: story.firstSeen,
      lastUpdated: story.lastUpdated,
      articles: story.articleIds.flatMap((id) => {
        const article = byId.get(id);
        if (!article) return [];
        const entry = { id, file: article.file, url: prefix + articleUrl(id), title: article.title, publisher: article.publisher, date: article.date, copyOf: copyOfText(story.reports?.copyOf[id]) };
        return [entry, ...(copiesOf.get(id) ?? []).map((copy) => ({ ...entry, file: copy.file, mergedInto: article.file }))];
      }),
      sources: story.sources.map(({ publisher, title, url, date }) => ({ publisher, title, url, date })),
      independentReports: story.reports?.groups.length ?? null,
      disagreements: story.reports?.disagreements ?? [],
      evidence: story.evidence,
    })),
  };
  const articlesJson = {
    articles: articles.map((a) => ({
      id: a.id, file: a.file, title: a.title, date: a.date, updated: a.updated, publisher: a.publisher, author: a.author, url: a.url, summary: a.summary,
      credit: a.credit, dateline: a.dateline, image: a.image, tags: a.tags, frontMatter: a.frontMatter, bodyFormat: a.bodyFormat, related: a.related, text: a.text,
    })),
  };
  const dir = path.join(outputDir, "data");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "stories.json"), `${JSON.stringify(storiesJson, null, 1)}\n`);
  writeFileSync(path.join(dir, "articles.json"), `${JSON.stringify(articlesJson, null, 1)}\n`);
}

/** Whose report an article carries, as the export writes it: the wire service's name, the original's file, or null. */
function copyOfText(copy: CopyOf | undefined): string | null {
  if (!copy) return null;
  return "wire" in copy ? copy.wire : copy.file;
}

/** The merged files of a ledger, with the article each was merged into. */
export function mergedFiles(ledger: ReadonlyArray<{ file: string; status: string; articleId: string | null }>): MergedFile[] {
  return ledger.flatMap((entry) => (entry.status === "merged" && entry.articleId ? [{ file: entry.file, articleId: entry.articleId }] : []));
}
