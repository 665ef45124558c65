/** The build report: one line per diagnostic (`path:line:col  severity  message  rule-id`), then the ledger's counts. */
import type { LedgerEntry } from "../types.ts";
import type { Diagnostic, Severity } from "../types.ts";
import { plural } from "../eleventy/template-filters.ts";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Diagnostics sorted by file, line and column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || ORDER[a.severity] - ORDER[b.severity],
  );
}

/** One report line. */
export function formatDiagnostic(d: Diagnostic, contentLabel: string): string {
  const place = `${contentLabel}${d.file}${d.line !== null ? `:${d.line}:${d.column ?? 1}` : ""}`;
  return `${place}  ${d.severity}  ${d.message}  ${d.ruleId}`;
}

/** Counts of the ledger by status. */
export function ledgerCounts(ledger: readonly LedgerEntry[]): Record<LedgerEntry["status"], number> {
  const counts = { rendered: 0, merged: 0, skipped: 0, data: 0, asset: 0 };
  for (const entry of ledger) counts[entry.status] += 1;
  return counts;
}

/** The whole report as lines; `verbose` includes info messages. */
export function formatReport(input: {
  diagnostics: readonly Diagnostic[];
  ledger: readonly LedgerEntry[];
  articles: number;
  stories: number;
  /** How many old URLs redirect, and those that are new in this build (listed one by one). */
  redirects?: { count: number; added: ReadonlyArray<{ from: string; to: string; why: string }> };
  contentLabel: string;
  verbose: boolean;
}): string[] {
  const lines = sortDiagnostics(input.diagnostics)
    .filter((d) => input.verbose || d.severity !== "info")
    .map((d) => formatDiagnostic(d, input.contentLabel));
  const counts = ledgerCounts(input.ledger);
  const errors = input.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = input.diagnostics.filter((d) => d.severity === "warning").length;
  const infos = input.diagnostics.length - errors - warnings;
  lines.push("");
  for (const entry of input.ledger.filter((e) => e.status === "skipped" || e.status === "merged")) {
    lines.push(`${input.contentLabel}${entry.file}  ${entry.status}  ${entry.reason ?? ""}`);
  }
  for (const { from, to, why } of input.redirects?.added ?? []) lines.push(`${from}  redirects to  ${to}  (${why})`);
  lines.push(
    `${input.ledger.length} files read: ${counts.rendered} rendered, ${counts.merged} merged, ${counts.skipped} skipped, ${counts.data} data, ${counts.asset} assets`,
    `${plural(input.articles, "article", "articles")} in ${plural(input.stories, "story", "stories")}; ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(infos, "note", "notes")}${input.verbose ? "" : " (--verbose lists the notes)"}`,
  );
  const redirectCount = input.redirects?.count ?? 0;
  if (redirectCount > 0) lines.push(`${redirectCount === 1 ? "1 old URL redirects" : `${redirectCount} old URLs redirect`} to where their pages are now (${input.redirects?.added.length ?? 0} new)`);
  return lines;
}
