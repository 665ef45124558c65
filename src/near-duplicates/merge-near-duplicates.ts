/** Fold near-exact duplicates into the article they repeat: the ledger names the original, a note explains. */
import type { ArticleDraft } from "../extract/extract-metadata.ts";
import type { Diagnostic } from "../types.ts";
import type { LedgerEntry } from "../types.ts";
import { NEAR_DUPLICATE_SIMILARITY, findNearDuplicates } from "./find-near-duplicates.ts";

/** The drafts that are not near-duplicates; the others' ledger entries become `merged`, and exact copies of them follow them. */
export function mergeNearDuplicates(drafts: readonly ArticleDraft[], ledger: LedgerEntry[], diagnostics: Diagnostic[]): ArticleDraft[] {
  const duplicates = findNearDuplicates(drafts);
  if (duplicates.length === 0) return [...drafts];
  const into = new Map(duplicates.map((d) => [d.file, d]));
  for (const duplicate of duplicates) {
    const percent = Math.floor(duplicate.similarity * 100);
    diagnostics.push({
      file: duplicate.file,
      line: null,
      column: null,
      severity: "info",
      ruleId: "duplicate-article",
      message: `The file is a near-exact copy of ${duplicate.of} (same title and outlet, ${percent}% of the text in common, at least ${NEAR_DUPLICATE_SIMILARITY * 100}% counts), so it was merged into that article.`,
    });
  }
  for (const entry of ledger) {
    const own = into.get(entry.file);
    if (own) Object.assign(entry, { status: "merged", reason: `a near-exact copy of ${own.of} (${Math.floor(own.similarity * 100)}% of the text in common)`, into: own.of });
    else if (entry.status === "merged" && entry.into !== null) {
      const original = into.get(entry.into);
      if (original) entry.into = original.of;
    }
  }
  return drafts.filter((draft) => !into.has(draft.file));
}
