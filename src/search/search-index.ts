/**
 * The search index: Pagefind reads the rendered story and article pages (their `data-pagefind-body`, filters and
 * metadata) and writes its index into the output folder, for the `/search/` page to query in the browser.
 *
 * A large site's index is made in parts. Pagefind holds every page it indexes in memory until it writes the index
 * (about 200 KB a page), and its indexing runs mostly on one core; parts of at most `chunk` pages, indexed by one
 * Pagefind process per core, bound the memory and use every core. The parts hold whole months, oldest first
 * (src/search/plan-parts.ts), so that the articles a news site gains reach its newest part only. In the browser,
 * the search page merges the parts (Pagefind's `mergeIndex`): results are ranked together by their scores, and
 * filter counts are added up.
 *
 * One difference would remain: a word no page of a part contains makes Pagefind search that part for the longest
 * prefix of the word it does contain (`xiaomi` finds `xi`), which one index of the whole site would not do when
 * another page has the word. So the primary bundle holds no pages but one record per part, the part's vocabulary
 * (src/search/search-vocabulary.ts): searched first, it matches every word as one index of the whole site would, and
 * the parts whose record it finds are the parts that hold a result; the search page then searches those parts only.
 * A part's index depends on its own pages only, so a change reaches only the parts of the pages it changed (and the
 * small primary, when their words changed).
 */
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { gunzipSync } from "node:zlib";
import { DEFAULT_SEARCH_CHUNK } from "../orchestrate/performance-defaults.ts";
import { type SearchPartJob, indexPart } from "./pagefind-part.ts";
import type { SearchPartReply } from "./search-part-worker.ts";
import { VOCABULARY_FILTER, VOCABULARY_URL } from "./search-vocabulary.ts";
import { workerUrl } from "../workers/worker-url.ts";
import { PartWordsCache } from "./part-words.ts";
import { INDEXED_FOLDERS, type ScannedPage, listPages, pageFileOf, scanPages, scanPart, wordsFileOf } from "./scan-pages.ts";
import { planParts } from "./plan-parts.ts";

/** The other parts' folders and the filter that hides the vocabulary, in the primary's folder, for the search page. */
const PARTS_FILE = "parts.json";
const PART_PREFIX = "part-";
const PART_FOLDER = /^part-\d+$/;
/** The filter the search page gives every page of a part (Pagefind's `mergeFilter`), valued with the part's folder. */
const PART_FILTER = "roundup-part";
const WORKER_URL = workerUrl("search-part-worker", import.meta.url);

/**
 * Where an earlier build's index may be taken from: `bundle`, the published `pagefind/` folder, whose parts are reused
 * when `record` (a file in the cache folder) says they were made from exactly the pages they would be made from now,
 * by the same code.
 */
export interface SearchIndexReuse {
  record: string;
  bundle: string;
  /** The code's fingerprint: another version may write another index from the same pages. */
  codeVersion: string;
}

export interface SearchIndexOptions {
  language: string;
  /** Pages per part at most (until there are 16 parts); default {@link DEFAULT_SEARCH_CHUNK}. */
  chunk?: number;
  reuse?: SearchIndexReuse;
  /** Parts indexed at once, each by its own Pagefind process; default one per core. */
  threads?: number;
  /** The pages' keys by file (src/eleventy/reuse-pages.ts): a page whose key is known is not read again. */
  pageKeys?: ReadonlyMap<string, string>;
}

/** What was indexed: pages, parts, and how many parts were taken from the earlier build unchanged. */
export interface SearchIndexResult {
  pages: number;
  parts: number;
  reused: number;
}

/** One part as published: its folder below `pagefind/` ("" for the primary), its key, pages and files. */
interface PartRecord {
  location: string;
  key: string;
  pages: number;
  files: Array<[string, number]>;
}

interface Plan {
  /** The scratch folder's name. */
  name: string;
  primary: boolean;
  location: string;
  /** Its pages, each indexed by Pagefind. */
  pages: readonly ScannedPage[];
  records: SearchPartJob["records"];
  key: string;
  reused: PartRecord | null;
}

/**
 * Index the pages under `outputDir` into `outputDir/pagefind/`, in parts; a part made from the same pages by the same
 * code in the build now published is copied from it instead (Pagefind would write the same bytes).
 */
export async function indexSearch(outputDir: string, options: SearchIndexOptions): Promise<SearchIndexResult> {
  const chunk = options.chunk ?? DEFAULT_SEARCH_CHUNK;
  const listed = listPages(outputDir);
  // One pass over the pages: which of them Pagefind indexes (redirect pages, for one, have no indexed body), their
  // words (for the vocabulary, when there may be more than one part) and what each is (for the parts' keys). A part
  // whose pages are those of a part of the last build has its words from then.
  const cached = options.reuse ? PartWordsCache.read(wordsFileOf(options.reuse.record)) : null;
  const scanned = scanPages(outputDir, listed, listed.length > chunk, cached, options.pageKeys);
  // Note: a page without an indexed body is not given to Pagefind at all, so it changes no part.
  const indexed = scanned.filter((page) => page.found.marked).map((page) => ({ ...page, day: page.found.day }));
  // Note: a site without any indexed page still gets an index (of one empty part), for the search page to load.
  const members: ScannedPage[][] = indexed.length > 0 ? planParts(indexed, chunk) : [[]];
  // Note: one part is the whole index: nothing to merge, so no vocabulary either.
  const single = members.length === 1;
  const scan = members.map((list) => scanPart(list, !single, cached));
  cached?.save();
  const previous = options.reuse ? readRecord(options.reuse.record) : new Map<string, PartRecord>();
  // Note: a part's bytes depend on its pages only, not on its place: a part made from the same pages anywhere in the
  // published index is copied from there.
  const keyOf = (digest: string, kind: string): string =>
    options.reuse ? createHash("sha256").update(digest).update([options.reuse.codeVersion, options.language, kind].join("\0")).digest("hex") : "";
  const reusedAt = (key: string): PartRecord | null => {
    const record = previous.get(key);
    return options.reuse && record ? reusable(record, key, path.join(options.reuse.bundle, record.location)) : null;
  };
  const plans: Plan[] = members.map((pages, part) => {
    const key = keyOf(scan[part]?.digest ?? "", single ? "whole" : "part");
    return { name: String(part), primary: single, location: single ? "" : `${PART_PREFIX}${part}`, pages, records: [], key, reused: reusedAt(key) };
  });
  if (!single) {
    const records = members.map((_, part) => ({ url: `${VOCABULARY_URL}#${PART_PREFIX}${part}`, content: (scan[part]?.words ?? []).join(" ") }));
    const key = keyOf(createHash("sha256").update(JSON.stringify(records)).digest("hex"), "vocabulary");
    // Note: first, as the primary's folder holds the others.
    plans.unshift({ name: "vocabulary", primary: true, location: "", pages: [], records, key, reused: reusedAt(key) });
  }

  const scratch = path.join(outputDir, ".search-parts");
  const bundle = path.join(outputDir, "pagefind");
  rmSync(scratch, { recursive: true, force: true });
  try {
    const pending = plans.filter((plan) => !plan.reused);
    const jobs = pending.map((plan): SearchPartJob => {
      const pages = path.join(scratch, `pages-${plan.name}`);
      linkPages(outputDir, pages, plan.pages);
      const globs = plan.pages.length > 0 ? INDEXED_FOLDERS.map((folder) => `${folder}/*/index.html`) : [];
      return { outputDir: pages, globs, bundle: path.join(scratch, plan.name), language: options.language, primary: plan.primary, records: plan.records };
    });
    // Note: a worker thread costs about 0.3 s of CPU to start (it loads the sources); a change that reaches one or two
    // parts indexes them in this thread.
    const indexedPages = await runJobs(jobs, options.threads ?? (jobs.length <= 2 ? 1 : availableParallelism()));
    // Note: the globs and the part's pages must agree, or a page would be missing or twice in search.
    for (const [i, plan] of pending.entries()) {
      if (indexedPages[i] !== plan.pages.length) throw new Error(`Pagefind found ${indexedPages[i]} pages for part ${plan.name} of the search index, which has ${plan.pages.length}`);
    }
    // Assemble: the primary part is `pagefind/` itself, the others go into folders inside it.
    rmSync(bundle, { recursive: true, force: true });
    for (const plan of plans) {
      const target = path.join(bundle, plan.location);
      if (plan.reused && options.reuse) {
        const source = path.join(options.reuse.bundle, plan.reused.location);
        cpSync(source, target, { recursive: true, filter: (from) => !plan.primary || !isOtherPart(source, from) });
      } else {
        renameSync(path.join(scratch, plan.name), target);
      }
    }
    const parts = plans.filter((plan) => !plan.primary).map((plan) => `${plan.location}/`);
    // The search page merges `parts`, each marked with `partFilter`; it searches the vocabulary records (what `hide`
    // matches) first, and `vocabulary` says which part each of them stands for.
    const listing = single
      ? { parts, hide: {}, partFilter: PART_FILTER, vocabulary: {} }
      : { parts, hide: { [VOCABULARY_FILTER]: "yes" }, partFilter: PART_FILTER, vocabulary: vocabularyRecords(bundle) };
    writeFileSync(path.join(bundle, PARTS_FILE), JSON.stringify(listing));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  if (options.reuse) {
    const records: PartRecord[] = plans.map((plan) => ({ location: plan.location, key: plan.key, pages: plan.pages.length, files: partFiles(path.join(bundle, plan.location), plan.primary) }));
    mkdirSync(path.dirname(options.reuse.record), { recursive: true });
    writeFileSync(options.reuse.record, JSON.stringify({ parts: records }));
  }
  return { pages: indexed.length, parts: plans.length, reused: plans.filter((plan) => plan.reused).length };
}

function readRecord(file: string): Map<string, PartRecord> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    const parts = typeof parsed === "object" && parsed !== null && "parts" in parsed && Array.isArray(parsed.parts) ? (parsed.parts as unknown[]) : [];
    const valid = parts.filter(
      (part): part is PartRecord =>
        typeof part === "object" && part !== null && "location" in part && typeof part.location === "string" && "key" in part && typeof part.key === "string" &&
        "pages" in part && typeof part.pages === "number" && "files" in part && Array.isArray(part.files),
    );
    // Note: the cache folder is pruned by age; a record in use stays young.
    const now = new Date();
    utimesSync(file, now, now);
    return new Map(valid.map((part) => [part.key, part]));
  } catch {
    return new Map();
  }
}

/** The vocabulary records of the primary bundle: the id Pagefind gives each (its fragment's name), and its part's folder. */
function vocabularyRecords(bundle: string): Record<string, string> {
  const records: Record<string, string> = {};
  const folder = path.join(bundle, "fragment");
  for (const file of readdirSync(folder).sort()) {
    const bytes = gunzipSync(readFileSync(path.join(folder, file)));
    const fragment: unknown = JSON.parse(bytes.subarray(bytes.indexOf("{")).toString("utf8"));
    const url = typeof fragment === "object" && fragment !== null && "url" in fragment && typeof fragment.url === "string" ? fragment.url : "";
    const part = url.slice(url.indexOf("#") + 1);
    if (!url.includes("#") || !PART_FOLDER.test(part)) throw new Error(`unexpected record ${url} in the search index's vocabulary`);
    records[file.replace(/\.pf_fragment$/, "")] = `${part}/`;
  }
  return records;
}

/** The recorded part, when it was made from the same pages and is still in place, whole. */
function reusable(record: PartRecord | undefined, key: string, folder: string): PartRecord | null {
  if (!record || record.key !== key || !existsSync(folder)) return null;
  const present = partFiles(folder, record.location === "");
  const same = present.length === record.files.length && present.every(([file, size], i) => record.files[i]?.[0] === file && record.files[i]?.[1] === size);
  return same ? record : null;
}

/**
 * Give Pagefind a part's pages in a folder of their own, as at their place in the output (so their URLs are the same),
 * linked rather than copied, made in name order: Pagefind numbers pages in the order a folder lists them, which on
 * some file systems (tmpfs) is the order they were made in.
 */
function linkPages(outputDir: string, folder: string, pages: readonly ScannedPage[]): void {
  const order = INDEXED_FOLDERS;
  const sorted = [...pages].sort((a, b) => order.indexOf(a.folder) - order.indexOf(b.folder) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  mkdirSync(folder, { recursive: true });
  for (const page of sorted) {
    const file = pageFileOf(page);
    const target = path.join(folder, file);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(path.join(outputDir, file), target);
    } catch {
      // Note: a file system without hard links gets a copy.
      copyFileSync(path.join(outputDir, file), target);
    }
  }
}

/** Whether `file` (below the primary part's folder `root`) belongs to another part or lists them. */
function isOtherPart(root: string, file: string): boolean {
  const [first = "", ...rest] = path.relative(root, file).split(path.sep);
  return PART_FOLDER.test(first) || (first === PARTS_FILE && rest.length === 0);
}

/** Every file of a part with its size, in path order (the primary's without the other parts). */
function partFiles(folder: string, primary: boolean): Array<[string, number]> {
  const files: Array<[string, number]> = [];
  const walk = (current: string, prefix: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(current, entry.name);
      if (primary && isOtherPart(folder, full)) continue;
      if (entry.isDirectory()) walk(full, `${prefix}${entry.name}/`);
      else files.push([`${prefix}${entry.name}`, statSync(full).size]);
    }
  };
  walk(folder, "");
  return files;
}

/** Index the parts, `threads` at a time; returns each part's page count, in order. */
async function runJobs(jobs: readonly SearchPartJob[], threads: number): Promise<number[]> {
  const results: number[] = [];
  if (threads <= 1 || jobs.length <= 1) {
    for (const job of jobs) results.push(await indexPart(job));
    return results;
  }
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(WORKER_URL));
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (worker) => {
        const failure = new Promise<never>((_, reject) => {
          worker.once("error", reject);
          worker.once("exit", (code) => reject(new Error(`a search index worker stopped with exit code ${code}`)));
        });
        failure.catch(() => undefined);
        for (let i = next++; i < jobs.length; i = next++) {
          const job = jobs[i];
          if (job) results[i] = await Promise.race([indexIn(worker, job), failure]);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

function indexIn(worker: Worker, job: SearchPartJob): Promise<number> {
  return new Promise((resolve, reject) => {
    worker.once("message", (reply: SearchPartReply) => {
      if (reply.type === "done") resolve(reply.pages);
      // Note: the message already says what failed (indexPart's error and its causes).
      else reject(new Error(reply.message));
    });
    worker.postMessage(job);
  });
}
