/**
 * The search index: Pagefind reads the rendered story and article pages (their `data-pagefind-body`, filters and
 * metadata) and writes its index into the output folder, for the `/search/` page to query in the browser.
 */
import { readFileSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { stabiliseSearchIndex } from "./stabilise-search-index.ts";

// Note: only these pages are indexed; lists (home, outlets, topics, archive) repeat their headlines.
// Pagefind numbers pages in the order it lists them, and a folder's listing follows the order its entries were made
// on some file systems: one folder at a time, so that when the article pages were written (by one Eleventy run
// or by render workers, src/site/render-shards.ts) does not change the index.
const INDEXED_PAGES = ["stories/*/index.html", "articles/*/index.html"];
// Note: Pagefind also writes its ready-made interfaces; the search page uses its own small script, so they are
// removed to keep the published folder lean.
const UNUSED_BUNDLE_FILES = [
  "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
  "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
];

/** Index the pages under `outputDir` into `outputDir/pagefind/`; returns the number of pages indexed. */
export async function indexSearch(outputDir: string, language: string): Promise<number> {
  const bundle = path.join(outputDir, "pagefind");
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(errors.join("; ") || "no index");
    let pages = 0;
    for (const glob of INDEXED_PAGES) {
      const added = await index.addDirectory({ path: outputDir, glob });
      if (added.errors.length > 0) throw new Error(added.errors.join("; "));
      pages += added.page_count;
    }
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    await entryWritten(path.join(bundle, "pagefind-entry.json"));
    for (const file of UNUSED_BUNDLE_FILES) rmSync(path.join(bundle, file), { force: true });
    stabiliseSearchIndex(bundle);
    return pages;
  } catch (cause) {
    throw new Error("could not build the search index with Pagefind", { cause });
  } finally {
    await pagefind.close();
  }
}

// Note: now and then (about one build in ten on a busy machine) Pagefind answers `writeFiles` before its entry file
// is complete, and reading it then fails; it is complete a moment later.
const ENTRY_WAIT_MS = 10_000;

async function entryWritten(file: string): Promise<void> {
  const started = performance.now();
  for (;;) {
    try {
      JSON.parse(readFileSync(file, "utf8"));
      return;
    } catch (cause) {
      if (performance.now() - started > ENTRY_WAIT_MS) throw new Error(`Pagefind's ${path.basename(file)} stayed incomplete`, { cause });
      await sleep(50);
    }
  }
}
