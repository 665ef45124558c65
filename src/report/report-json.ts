/** The build report as JSON (`--report FILE`), for CI artifacts: counts, every file's fate, diagnostics, redirects. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BuildResult } from "../orchestrate/build-site.ts";
import { ledgerCounts, sortDiagnostics } from "./format-report.ts";

/** The report's shape; `files` always equals the sum of the ledger's statuses. */
export function reportJson(result: BuildResult): Record<string, unknown> {
  const counts = ledgerCounts(result.ledger);
  const severities = { errors: 0, warnings: 0, notes: 0 };
  for (const d of result.diagnostics) severities[d.severity === "error" ? "errors" : d.severity === "warning" ? "warnings" : "notes"] += 1;
  return {
    version: 1,
    counts: { files: result.ledger.length, ...counts, articles: result.articles.length, stories: result.stories.length, redirects: redirectsOf(result).length, ...severities },
    ledger: result.ledger.map(({ file, status, reason, into, articleId }) => ({ file, status, reason, into, articleId })),
    diagnostics: sortDiagnostics(result.diagnostics),
    redirects: redirectsOf(result),
  };
}

/** Every redirect of the build, by kind and id. */
export function redirectsOf(result: BuildResult): Array<{ kind: "story" | "article"; from: string; to: string; new: boolean }> {
  const story = new Set(result.newRedirects);
  const article = new Set(result.newArticleRedirects);
  return [
    ...Object.entries(result.redirects).map(([from, to]) => ({ kind: "story" as const, from, to, new: story.has(from) })),
    ...Object.entries(result.articleUrls.redirects).map(([from, to]) => ({ kind: "article" as const, from, to, new: article.has(from) })),
  ];
}

/** Write the JSON report (folders created as needed). */
export function writeReportJson(file: string, result: BuildResult): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify(reportJson(result), null, 2)}\n`);
}

/** For the text report: how many old URLs redirect, and the new ones as URL paths with why they moved. */
export function redirectSummary(result: BuildResult): { count: number; added: Array<{ from: string; to: string; why: string }> } {
  const all = redirectsOf(result);
  const url = (kind: "story" | "article", id: string): string => `/${kind === "story" ? "stories" : "articles"}/${id}/`;
  const added = all.filter((r) => r.new).map((r) => ({ from: url(r.kind, r.from), to: url(r.kind, r.to), why: r.kind === "story" ? "merged" : "renamed" }));
  return { count: all.length, added };
}
