/** The build report as JSON (`--report FILE`), for CI artifacts: counts, every file's fate, diagnostics, redirects. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BuildResult } from "../build/build-site.ts";
import { ledgerCounts, sortDiagnostics } from "./format-report.ts";

/** The report's shape; `files` always equals the sum of the ledger's statuses. */
export function reportJson(result: BuildResult): Record<string, unknown> {
  const counts = ledgerCounts(result.ledger);
  const severities = { errors: 0, warnings: 0, notes: 0 };
  for (const d of result.diagnostics) severities[d.severity === "error" ? "errors" : d.severity === "warning" ? "warnings" : "notes"] += 1;
  return {
    version: 1,
    counts: { files: result.ledger.length, ...counts, articles: result.articles.length, stories: result.stories.length, redirects: Object.keys(result.redirects).length, ...severities },
    ledger: result.ledger.map(({ file, status, reason, into, articleId }) => ({ file, status, reason, into, articleId })),
    diagnostics: sortDiagnostics(result.diagnostics),
    redirects: Object.entries(result.redirects).map(([from, to]) => ({ from, to })),
  };
}

/** Write the JSON report (folders created as needed). */
export function writeReportJson(file: string, result: BuildResult): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify(reportJson(result), null, 2)}\n`);
}
