/**
 * One part of the search index: Pagefind run over some of the story and article pages (those `globs` match), written
 * as a bundle of its own. Parts run in worker threads (search-part-worker.ts), each thread with its own Pagefind
 * process, or one after another in the build's thread; src/search/search-index.ts splits the pages and assembles them.
 */
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { stabiliseSearchIndex } from "./stabilise-search-index.ts";
import { VOCABULARY_FILTER } from "./search-vocabulary.ts";

/** What one part is made of and where it goes. */
export interface SearchPartJob {
  /** The site's root folder: page URLs are their paths below it. */
  outputDir: string;
  /** Globs (relative to `outputDir`) of the pages of this part, added one after the other in this order. */
  globs: string[];
  /** The folder the part's bundle is written to. */
  bundle: string;
  language: string;
  /**
   * The primary part keeps the files the browser runs (Pagefind's script, its worker and WebAssembly); the other
   * parts keep their index only, merged into the primary's search in the browser.
   */
  primary: boolean;
  /**
   * Records added beside the pages: the vocabulary of each part of the site, in the index that tells the search page
   * which parts to search (src/search/search-index.ts).
   */
  records: Array<{ url: string; content: string }>;
}

// Note: Pagefind also writes its ready-made interfaces; the search page uses its own small script, so they are
// removed to keep the published folder lean.
const UNUSED_FILES = [
  "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
  "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
];
// Note: a merged index loads only its entry, metadata and index chunks; the primary's script and WebAssembly search
// it (the same Pagefind version, the same language).
const RUNTIME_FILE = /^(?:pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

/** Index one part's pages into `job.bundle`; returns the number of pages its globs matched (its records aside). */
export async function indexPart(job: SearchPartJob): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: job.language });
    if (!index) throw new Error(errors.join("; ") || "no index");
    let pages = 0;
    for (const glob of job.globs) {
      const added = await index.addDirectory({ path: job.outputDir, glob });
      if (added.errors.length > 0) throw new Error(added.errors.join("; "));
      pages += added.page_count;
    }
    for (const record of job.records) {
      const added = await index.addCustomRecord({ url: record.url, content: record.content, language: job.language, meta: { title: "" }, filters: { [VOCABULARY_FILTER]: ["yes"] } });
      if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    }
    const written = await index.writeFiles({ outputPath: job.bundle });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    await bundleWritten(job.bundle);
    for (const file of readdirSync(job.bundle)) {
      if (UNUSED_FILES.includes(file) || (!job.primary && RUNTIME_FILE.test(file))) rmSync(path.join(job.bundle, file), { force: true });
    }
    stabiliseSearchIndex(job.bundle);
    return pages;
  } catch (cause) {
    throw new Error("could not build the search index with Pagefind", { cause });
  } finally {
    // Note: closing ends Pagefind's process, which gives back all the memory the part took.
    await pagefind.close();
  }
}

// Note: now and then (about one build in ten on a busy machine, more often on a slow disk) Pagefind answers
// `writeFiles` before its files are complete, and reading one then fails (its entry file does not parse, a gzipped
// index file ends early); they are complete a moment later.
const WRITE_WAIT_MS = 10_000;
const GZIPPED = /\.pf_(?:fragment|index|filter|meta)$/;

/** Wait until every file of the bundle Pagefind wrote reads whole: the entry file parses, each gzipped file inflates. */
async function bundleWritten(bundle: string): Promise<void> {
  const started = performance.now();
  for (;;) {
    try {
      JSON.parse(readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8"));
      for (const file of gzippedFiles(bundle)) gunzipSync(readFileSync(file));
      return;
    } catch (cause) {
      if (performance.now() - started > WRITE_WAIT_MS) throw new Error(`Pagefind's files in ${path.basename(bundle)} stayed incomplete`, { cause });
      await sleep(50);
    }
  }
}

function gzippedFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...gzippedFiles(full));
    else if (GZIPPED.test(entry.name)) files.push(full);
  }
  return files;
}
