/**
 * The search index: Pagefind reads the rendered story and article pages (their `data-pagefind-body`, filters and
 * metadata) and writes its index into the output folder, for the `/search/` page to query in the browser.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { stabiliseSearchIndex } from "./stabilise-search-index.ts";

// Note: only these pages are indexed; lists (home, outlets, topics, archive) repeat their headlines.
const INDEXED_FOLDERS = ["stories", "articles"];
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
    // Note: pages are added one by one in sorted order, not with `addDirectory`, whose order (and so the index) follows
    // the file system's listing, which differs between machines and between builds that write pages in parallel.
    let pageCount = 0;
    for (const sourcePath of indexedPages(outputDir)) {
      const added = await index.addHTMLFile({ sourcePath, content: readFileSync(path.join(outputDir, sourcePath), "utf8") });
      if (added.errors.length > 0) throw new Error(added.errors.join("; "));
      pageCount += 1;
    }
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    for (const file of UNUSED_BUNDLE_FILES) rmSync(path.join(bundle, file), { force: true });
    stabiliseSearchIndex(bundle);
    return pageCount;
  } catch (cause) {
    throw new Error("could not build the search index with Pagefind", { cause });
  } finally {
    await pagefind.close();
  }
}

/** `stories/<id>/index.html` and `articles/<id>/index.html` under `outputDir`, in code-point order. */
function indexedPages(outputDir: string): string[] {
  const pages = INDEXED_FOLDERS.flatMap((folder) => {
    const dir = path.join(outputDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() && existsSync(path.join(dir, entry.name, "index.html")) ? [`${folder}/${entry.name}/index.html`] : []));
  });
  return pages.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
