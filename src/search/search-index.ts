/**
 * The search index: Pagefind reads the rendered story and article pages (their `data-pagefind-body`, filters and
 * metadata) and writes its index into the output folder, for the `/search/` page to query in the browser.
 *
 * A large site's index is made in parts. Pagefind holds every page it indexes in memory until it writes the index
 * (about 200 KB a page), and its indexing runs mostly on one core; parts of at most `chunk` pages, indexed by one
 * Pagefind process per core, bound the memory and use every core. In the browser, the search page merges the parts
 * (Pagefind's `mergeIndex`): results are ranked together by their scores, and filter counts are added up.
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
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
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
import { INDEXED_FOLDERS, type IndexedPage, inNameOrder, listPages, scanPart, wordsFileOf } from "./scan-pages.ts";

// Note: a search fetches a few files from every part; beyond this many parts, parts grow instead.
const MAX_PARTS = 16;
// Story and article ids end in a hex hash (article-ids.ts, story-ids.ts), so their last character spreads pages
// evenly over the parts, and a page stays in its part from build to build. Ids kept from a hand-edited
// `_stories.json` may end in another letter: those go to the last part.
const HEX = "0123456789abcdef";
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
  /** The globs of its pages, and how many pages they match. */
  globs: string[];
  listed: number;
  /** The number of its pages Pagefind indexes. */
  pages: number;
  records: SearchPartJob["records"];
  key: string;
  reused: PartRecord | null;
}

/** The number of parts for `pages` pages: a power of two, so that each part takes the same share of id endings. */
export function searchPartCount(pages: number, chunk: number): number {
  let parts = 1;
  while (parts < MAX_PARTS && parts * chunk < pages) parts *= 2;
  return parts;
}

/** The last characters of the ids of part `part` of `parts`, as the inside of a glob's character class. */
function idEndings(part: number, parts: number): string {
  const width = HEX.length / parts;
  return HEX.slice(part * width, (part + 1) * width) + (part === parts - 1 ? "g-z" : "");
}

function partOf(name: string, parts: number): number {
  const digit = HEX.indexOf(name.at(-1) ?? "");
  return digit < 0 ? parts - 1 : Math.floor((digit * parts) / HEX.length);
}

/**
 * Index the pages under `outputDir` into `outputDir/pagefind/`, in parts; a part made from the same pages by the same
 * code in the build now published is copied from it instead (Pagefind would write the same bytes).
 */
export async function indexSearch(outputDir: string, options: SearchIndexOptions): Promise<SearchIndexResult> {
  for (const folder of INDEXED_FOLDERS) inNameOrder(path.join(outputDir, folder));
  const pages = listPages(outputDir);
  const count = searchPartCount(pages.length, options.chunk ?? DEFAULT_SEARCH_CHUNK);
  const members: IndexedPage[][] = Array.from({ length: count }, () => []);
  for (const page of pages) members[partOf(page.name, count)]?.push(page);
  const previous = options.reuse ? readRecord(options.reuse.record) : new Map<string, PartRecord>();
  // One pass over the pages: which of them Pagefind indexes (redirect pages, for one, have no indexed body), the
  // vocabulary (when there is more than one part) and each part's key (when parts may be reused). A part whose pages
  // are those of a part of the last build has its words and count from then.
  const cached = options.reuse ? PartWordsCache.read(wordsFileOf(options.reuse.record)) : null;
  const scan = members.map((list) => scanPart(outputDir, list, count > 1, cached, options.pageKeys));
  cached?.save();
  const indexable = scan.map((part) => part.marked);
  // Note: a site without any indexed page still gets an index (of one empty part), for the search page to load.
  const primary = Math.max(0, indexable.findIndex((marked) => marked > 0));
  const used = [...indexable.keys()].filter((part) => part === primary || (indexable[part] ?? 0) > 0);
  // Note: one part in use is the whole index: nothing to merge, so no vocabulary either.
  const single = used.length === 1;
  const keyOf = (digest: string, ...context: Array<string | number>): string =>
    options.reuse ? createHash("sha256").update(digest).update([options.reuse.codeVersion, options.language, ...context].join("\0")).digest("hex") : "";
  const reusedAt = (location: string, key: string): PartRecord | null => (options.reuse ? reusable(previous.get(location), key, path.join(options.reuse.bundle, location)) : null);
  const plans: Plan[] = used.map((part) => {
    const location = single ? "" : `part-${part}`;
    const key = keyOf(scan[part]?.digest ?? "", count, part, location);
    const globs = INDEXED_FOLDERS.map((folder) => `${folder}/*[${idEndings(part, count)}]/index.html`);
    return { name: String(part), primary: single, location, globs, listed: members[part]?.length ?? 0, pages: indexable[part] ?? 0, records: [], key, reused: reusedAt(location, key) };
  });
  if (!single) {
    const records = used.map((part) => ({ url: `${VOCABULARY_URL}#${PART_PREFIX}${part}`, content: (scan[part]?.words ?? []).join(" ") }));
    const key = keyOf(createHash("sha256").update(JSON.stringify(records)).digest("hex"), count, "vocabulary");
    // Note: first, as the primary's folder holds the others.
    plans.unshift({ name: "vocabulary", primary: true, location: "", globs: [], listed: 0, pages: 0, records, key, reused: reusedAt("", key) });
  }

  const scratch = path.join(outputDir, ".search-parts");
  const bundle = path.join(outputDir, "pagefind");
  rmSync(scratch, { recursive: true, force: true });
  try {
    const pending = plans.filter((plan) => !plan.reused);
    const jobs = pending.map((plan): SearchPartJob => ({ outputDir, globs: plan.globs, bundle: path.join(scratch, plan.name), language: options.language, primary: plan.primary, records: plan.records }));
    // Note: a worker thread costs about 0.3 s of CPU to start (it loads the sources); a change that reaches one or two
    // parts indexes them in this thread.
    const indexed = await runJobs(jobs, options.threads ?? (jobs.length <= 2 ? 1 : availableParallelism()));
    // Note: the globs and the listing above must agree on every page, or a page would be missing or twice in search.
    // Pagefind counts every page its globs match, then leaves out those without an indexed body when it writes.
    for (const [i, plan] of pending.entries()) {
      if (indexed[i] !== plan.listed) throw new Error(`Pagefind found ${indexed[i]} pages for part ${plan.name} of the search index, which has ${plan.listed}`);
    }
    // Assemble: the primary part is `pagefind/` itself, the others go into folders inside it.
    rmSync(bundle, { recursive: true, force: true });
    for (const plan of plans) {
      const target = path.join(bundle, plan.location);
      if (plan.reused && options.reuse) {
        const source = path.join(options.reuse.bundle, plan.location);
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
    const records: PartRecord[] = plans.map((plan) => ({ location: plan.location, key: plan.key, pages: plan.pages, files: partFiles(path.join(bundle, plan.location), plan.primary) }));
    mkdirSync(path.dirname(options.reuse.record), { recursive: true });
    writeFileSync(options.reuse.record, JSON.stringify({ parts: records }));
  }
  return { pages: plans.reduce((sum, plan) => sum + plan.pages, 0), parts: plans.length, reused: plans.filter((plan) => plan.reused).length };
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
    return new Map(valid.map((part) => [part.location, part]));
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
