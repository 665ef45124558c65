/** Read every file of the content folder through the pipeline, and account for each one in the ledger. */
import path from "node:path";
import { RULES } from "../diagnostics.ts";
import { ARTICLE_EXTENSIONS, CONTROL_FILE, listContentFiles } from "../ingest/list-content-files.ts";
import type { PipelineOptions } from "../pipeline.ts";
import type { Article, Diagnostic, LedgerEntry } from "../types.ts";
import { assignArticleIds } from "../permalinks/article-ids.ts";
import { mergeNearDuplicates } from "../near-duplicates/merge-near-duplicates.ts";
import { type ProcessingOptions, processFiles } from "./process-files.ts";

/** The articles of a content folder, with every file accounted for. */
export interface Collection {
  articles: Article[];
  ledger: LedgerEntry[];
  diagnostics: Diagnostic[];
}

/** Process the whole content folder; `processing` says where (threads, cache) and who hears of progress. */
export async function collectArticles(options: PipelineOptions, processing: ProcessingOptions = {}): Promise<Collection> {
  const links: string[] = [];
  const files = listContentFiles(options.contentDir, links);
  const isArticle = (relativePath: string): boolean => !CONTROL_FILE.test(path.basename(relativePath)) && ARTICLE_EXTENSIONS.has(path.extname(relativePath).toLowerCase());
  const articleFiles = files.filter((file) => isArticle(file.relativePath));
  const results = await processFiles(articleFiles, options, processing);
  const outcomes = new Map(articleFiles.map((file, i) => [file.relativePath, results[i]]));
  const diagnostics: Diagnostic[] = [];
  const ledger: LedgerEntry[] = [];
  const drafts: Array<Omit<Article, "id">> = [];
  const byHash = new Map<string, string>();
  const entry = (file: string, status: LedgerEntry["status"], reason: string | null = null, into: string | null = null): LedgerEntry => {
    const item = { file, status, reason, into, articleId: null };
    ledger.push(item);
    return item;
  };
  const symbolicLinks = new Set(links);
  const listed = [...files.map((file) => file.relativePath), ...links].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const relativePath of listed) {
    if (symbolicLinks.has(relativePath)) {
      diagnostics.push({ file: relativePath, line: null, column: null, severity: RULES["symbolic-link"].severity, ruleId: "symbolic-link", message: "The file is a symbolic link, which roundup does not follow, so it was skipped." });
      entry(relativePath, "skipped", "a symbolic link, not followed");
      continue;
    }
    const extension = path.extname(relativePath).toLowerCase();
    if (CONTROL_FILE.test(path.basename(relativePath))) {
      entry(relativePath, "data", "a roundup data file (overrides, outlets or story ids)");
      continue;
    }
    if (!ARTICLE_EXTENSIONS.has(extension)) {
      diagnostics.push({ file: relativePath, line: null, column: null, severity: RULES["unsupported-file-type"].severity, ruleId: "unsupported-file-type", message: `A ${extension || "extension-less"} file is not an article, so it was skipped.` });
      entry(relativePath, "skipped", `not an article (${extension || "no extension"})`);
      continue;
    }
    const outcome = outcomes.get(relativePath);
    if (!outcome) throw new Error(`${relativePath} was not processed`);
    diagnostics.push(...outcome.diagnostics);
    if (outcome.kind === "skipped") {
      entry(relativePath, "skipped", outcome.reason);
      continue;
    }
    const original = byHash.get(outcome.article.contentHash);
    if (original !== undefined) {
      diagnostics.push({ file: relativePath, line: null, column: null, severity: "info", ruleId: "duplicate-article", message: `The file is a byte-for-byte copy of ${original}, so it was merged into that article.` });
      entry(relativePath, "merged", `an exact copy of ${original}`, original);
      continue;
    }
    byHash.set(outcome.article.contentHash, relativePath);
    drafts.push(outcome.article);
    entry(relativePath, "rendered");
  }
  const kept = mergeNearDuplicates(drafts, ledger, diagnostics);
  const ids = assignArticleIds(kept);
  const articles = kept.map((draft, i) => ({ id: ids[i] ?? "", ...draft }));
  const idOf = new Map(articles.map((article) => [article.file, article.id]));
  for (const item of ledger) item.articleId = idOf.get(item.file) ?? (item.into ? idOf.get(item.into) ?? null : null);
  const referencedImages = new Set(articles.flatMap((article) => (article.image && !/^https?:/.test(article.image) ? [article.image] : [])));
  for (const item of ledger) {
    if (item.status === "skipped" && referencedImages.has(item.file)) Object.assign(item, { status: "asset", reason: "an image used by an article" });
  }
  return { articles, ledger, diagnostics };
}
