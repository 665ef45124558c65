/** What `roundup import` prints: each file written, each item skipped with its reason, then the counts. */
import type { ImportResult } from "./import-feed.ts";

/** The import report as lines. */
export function formatImport(result: ImportResult, feedLabel: string, contentLabel: string): string[] {
  return [
    ...result.written.map((file) => `${contentLabel}${file}  imported`),
    ...result.skipped.map(({ item, reason }) => `${JSON.stringify(item)}  skipped: ${reason}`),
    `${feedLabel} (${result.feed.kind}): ${result.feed.items.length} items, ${result.written.length} imported, ${result.skipped.length} skipped`,
  ];
}
