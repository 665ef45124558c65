/**
 * The search index: Pagefind reads the rendered story and article pages (their `data-pagefind-body`, filters and
 * metadata) and writes its index into the output folder, for the `/search/` page to query in the browser.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { stabiliseSearchIndex } from "./stabilise-search-index.ts";

// Note: only these pages are indexed; lists (home, outlets, topics, archive) repeat their headlines.
// Pagefind numbers pages in the order it lists them, and a folder's listing follows the order its entries were made
// on some file systems: one folder at a time, so that when the article pages were written (by one Eleventy run
// or by render workers, src/site/render-shards.ts) does not change the index.
const INDEXED_FOLDERS = ["stories", "articles"];
const INDEXED_PAGES = INDEXED_FOLDERS.map((folder) => `${folder}/*/index.html`);
// Note: Pagefind also writes its ready-made interfaces; the search page uses its own small script, so they are
// removed to keep the published folder lean.
const UNUSED_BUNDLE_FILES = [
  "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
  "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
];

/**
 * Where an earlier build's index may be taken from: `bundle`, the published `pagefind/` folder, reused when `record`
 * (a file in the cache folder) says it was made from exactly the pages indexed now, by the same code.
 */
export interface SearchIndexReuse {
  record: string;
  bundle: string;
  /** The code's fingerprint: another version may write another index from the same pages. */
  codeVersion: string;
}

interface ReuseRecord {
  key: string;
  pages: number;
  files: Array<[string, number]>;
}

/**
 * Index the pages under `outputDir` into `outputDir/pagefind/`; returns the number of pages indexed and whether an
 * earlier build's index was reused (same pages, same code: Pagefind would write the same bytes).
 */
export async function indexSearch(outputDir: string, language: string, reuse?: SearchIndexReuse): Promise<{ pages: number; reused: boolean }> {
  const bundle = path.join(outputDir, "pagefind");
  const key = reuse ? pagesKey(outputDir, language, reuse.codeVersion) : "";
  const previous = reuse ? reusable(reuse, key) : null;
  if (previous && reuse) {
    cpSync(reuse.bundle, bundle, { recursive: true });
    // Note: the cache folder is pruned by age; a record in use stays young.
    const now = new Date();
    utimesSync(reuse.record, now, now);
    return { pages: previous.pages, reused: true };
  }
  const pages = await runPagefind(outputDir, bundle, language);
  if (reuse) {
    mkdirSync(path.dirname(reuse.record), { recursive: true });
    const record: ReuseRecord = { key, pages, files: bundleFiles(bundle) };
    writeFileSync(reuse.record, JSON.stringify(record));
  }
  return { pages, reused: false };
}

/** A fingerprint of everything Pagefind reads: the indexed pages' paths and bytes, the language, the code. */
function pagesKey(outputDir: string, language: string, codeVersion: string): string {
  const hash = createHash("sha256").update(`${codeVersion}\0${language}\0`);
  for (const folder of INDEXED_FOLDERS) {
    const root = path.join(outputDir, folder);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const page = path.join(root, name, "index.html");
      if (!existsSync(page)) continue;
      hash.update(`${folder}/${name}\0`).update(readFileSync(page)).update("\0");
    }
  }
  return hash.digest("hex");
}

/** The recorded earlier index, when it was made from the same pages and is still in place, whole. */
function reusable(reuse: SearchIndexReuse, key: string): ReuseRecord | null {
  let record: ReuseRecord;
  try {
    record = JSON.parse(readFileSync(reuse.record, "utf8")) as ReuseRecord;
  } catch {
    return null;
  }
  if (record.key !== key || !Array.isArray(record.files) || typeof record.pages !== "number" || !existsSync(reuse.bundle)) return null;
  const present = bundleFiles(reuse.bundle);
  const same = present.length === record.files.length && present.every(([file, size], i) => record.files[i]?.[0] === file && record.files[i]?.[1] === size);
  return same ? record : null;
}

/** Every file of a bundle with its size, in path order. */
function bundleFiles(bundle: string): Array<[string, number]> {
  const files: Array<[string, number]> = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full, `${prefix}${entry.name}/`);
      else files.push([`${prefix}${entry.name}`, statSync(full).size]);
    }
  };
  walk(bundle, "");
  return files;
}

async function runPagefind(outputDir: string, bundle: string, language: string): Promise<number> {
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
