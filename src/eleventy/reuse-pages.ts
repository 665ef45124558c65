/**
 * Pages whose data did not change are not rendered again. Every page is one view of a list of the site's data
 * (templates paginate one view a page) rendered with `roundup.site` and the templates; so a page's key is a hash of
 * its view, the site settings and the code and templates. A page whose key is the one recorded for the published
 * site, and whose file there is still the one recorded, is copied from it into the new output instead.
 */
import { createHash } from "node:crypto";
import { constants, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SiteData } from "../views/site-data.ts";
import { filesUnder, templateFolder } from "./template-folder.ts";

// Note: raise when the record's format changes.
const RECORD_FORMAT = 1;

/** The lists of the site's data that templates paginate, one page per view. */
const PAGE_LISTS = ["homePages", "stories", "articles", "outlets", "topics", "archiveDays", "outletIndex", "topicIndex", "archiveIndex", "searchPage", "notFoundPage", "redirects"] as const;
type PageList = (typeof PAGE_LISTS)[number];

/** Where pages may be reused from: the published output, and the record of how its pages were made. */
export interface PageReuse {
  /** The published site. */
  previous: string;
  /** A file in the cache folder: each page's key and size. */
  record: string;
  /** The code's fingerprint (src/ and locked dependencies); the templates are added here. */
  codeVersion: string;
}

/** Pages to render and pages to take from the published site. */
export interface PagePlan {
  /** The site's data with only the views whose pages must be rendered. */
  data: SiteData;
  /** Pages to render, and pages reused. */
  rendered: number;
  reused: number;
  /** Every page's key, by its file relative to the output: the same key, the same bytes. */
  keys: ReadonlyMap<string, string>;
  /**
   * Whether a file beside the pages (`file`, below the output), made from the view of the page at `page` (a URL),
   * `inputs`, the site settings and the code, is the one recorded for the published site: it is then placed with the
   * reused pages. Recorded either way.
   */
  reuseFile(file: string, page: string, inputs: string): boolean;
  /** Put the reused pages into `output` (after or while rendering: the two sets of files are apart). */
  placeReused(output: string): void;
  /** Record the pages of `output`, now published, for the next build. */
  save(output: string): void;
}

type Record = Map<string, [string, number, number]>;

/**
 * A hash of the templates Eleventy renders (the shipped ones, or those merged with a site's own). Read on every
 * build, not remembered: a preview follows edits of a site's templates, and the folder is a dozen small files. The
 * Eleventy configuration is code, in the code's fingerprint.
 */
function templatesVersion(): string {
  const folder = templateFolder();
  const hash = createHash("sha256");
  for (const file of filesUnder(folder)) hash.update(`${file}\0`).update(readFileSync(path.join(folder, file))).update("\0");
  return hash.digest("hex");
}

/** The file a view's page is written to, relative to the output (the templates' permalinks). */
function pageFile(list: PageList, view: { url: string }): string {
  const url = list === "notFoundPage" ? view.url : `${view.url}index.html`;
  return url.replace(/^\/+/, "");
}

function readRecord(file: string, version: string): Record {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (typeof parsed !== "object" || parsed === null || !("version" in parsed) || parsed.version !== version || !("pages" in parsed) || !Array.isArray(parsed.pages)) return new Map();
    const pages = (parsed.pages as unknown[]).filter(
      (entry): entry is [string, string, number, number] =>
        Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string" && typeof entry[2] === "number" && typeof entry[3] === "number",
    );
    // Note: the cache folder is pruned by age; a record in use stays young.
    const now = new Date();
    utimesSync(file, now, now);
    return new Map(pages.map(([page, key, size, modified]) => [page, [key, size, modified]]));
  } catch {
    return new Map();
  }
}

/** Whether the published site has a record of its pages made by this code: a build may then render few pages. */
export function hasPageRecord(reuse: PageReuse): boolean {
  return existsSync(reuse.previous) && readRecord(reuse.record, fullVersion(reuse)).size > 0;
}

function fullVersion(reuse: PageReuse): string {
  return `${RECORD_FORMAT}:${reuse.codeVersion}:${templatesVersion()}`;
}

/** Decide, page by page, what to render; without `reuse` (no cache) every page is rendered and nothing recorded. */
export function planPages(data: SiteData, reuse: PageReuse | null): PagePlan {
  const version = reuse ? fullVersion(reuse) : "";
  const previous: Record = reuse ? readRecord(reuse.record, version) : new Map();
  const site = createHash("sha256").update(version).update("\0").update(JSON.stringify(data.site)).digest("hex");
  const keys = new Map<string, string>();
  const reused: string[] = [];
  const filtered: { [K in PageList]?: SiteData[K] } = {};
  let rendered = 0;
  /** Whether `file`, made from `inputs` of kind `kind`, is the published one (and then to be copied). */
  const published = (file: string, kind: string, inputs: string): boolean => {
    const key = createHash("sha256").update(site).update(`\0${kind}\0`).update(inputs).digest("hex");
    keys.set(file, key);
    const known = previous.get(file);
    if (!reuse || !known || known[0] !== key || !unchanged(path.join(reuse.previous, file), known)) return false;
    reused.push(file);
    return true;
  };
  for (const list of PAGE_LISTS) {
    const views: ReadonlyArray<{ url: string }> = data[list];
    const kept = views.filter((view) => !published(pageFile(list, view), list, JSON.stringify(view)));
    rendered += kept.length;
    Object.assign(filtered, { [list]: kept });
  }
  const reusedPages = reused.length;
  return {
    data: { ...data, ...filtered },
    rendered,
    reused: reusedPages,
    keys,
    reuseFile(file, page, inputs) {
      // Note: the page's key stands for its view, which is then not hashed again.
      const view = keys.get(`${page}index.html`.replace(/^\/+/, ""));
      return view !== undefined && published(file, "file", `${view}\0${inputs}`);
    },
    placeReused(output) {
      if (!reuse) return;
      for (const file of reused) {
        const target = path.join(output, file);
        mkdirSync(path.dirname(target), { recursive: true });
        place(path.join(reuse.previous, file), target);
      }
      // Eleventy copies the assets when it runs; when no page is rendered it does not run.
      if (rendered === 0 && existsSync(path.join(reuse.previous, "assets"))) cpSync(path.join(reuse.previous, "assets"), path.join(output, "assets"), { recursive: true });
    },
    save(output) {
      if (!reuse) return;
      const pages: Array<[string, string, number, number]> = [];
      for (const [file, key] of keys) {
        const stat = statSync(path.join(output, file), { throwIfNoEntry: false });
        if (stat) pages.push([file, key, stat.size, stat.mtimeMs]);
      }
      mkdirSync(path.dirname(reuse.record), { recursive: true });
      writeFileSync(reuse.record, JSON.stringify({ version, pages }));
    },
  };
}

/** Whether the published page is still the file recorded (a page written over since is rendered again). */
function unchanged(file: string, [, size, modified]: [string, number, number]): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat !== undefined && stat.size === size && stat.mtimeMs === modified;
}

// Note: a copy, not a hard link: the preview writes pages into its output in place, and a page linked into a build
// in progress would change with it. A file system that can clone makes the copy a clone.
function place(from: string, to: string): void {
  copyFileSync(from, to, constants.COPYFILE_FICLONE);
}
