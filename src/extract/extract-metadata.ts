/**
 * Stage: the article's metadata, each field an explicit chain of precedence:
 * front matter → HTML head → what cleaning found in the text → inference (reported).
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { emptyFindings } from "../file-data.ts";
import { dateValue } from "../dates.ts";
import { stringList } from "../records.ts";
import type { Article } from "../types.ts";
import * as keys from "./field-chains.ts";
import { cleanText, dateField, httpUrl, textField } from "./field-values.ts";
import { canonicalOutlet, domainOf, isAggregatorDomain, outletOfDomain } from "./outlet-names.ts";
import { type OutletRegistry, shippedRegistry } from "./outlet-registry.ts";
import { relatedCoverage } from "./related-coverage.ts";

/** Options of `extractMetadata`. */
export interface ExtractOptions {
  contentDir: string;
  /** The build's clock, for clamping dates in the future. */
  now: number;
  /** Outlets known to this build (shipped plus the content folder's `_outlets.yml`). */
  outlets?: OutletRegistry;
}

/** The article without its id (ids are given across the whole collection). */
export type ArticleDraft = Omit<Article, "id">;

/** Extract the article's metadata from everything the earlier stages left on the file. */
export function extractMetadata(file: VFile, options: ExtractOptions): ArticleDraft {
  const fm = file.data.frontMatter?.data ?? {};
  const meta = file.data.htmlMeta ?? {};
  // A saved page's own metadata chain (JSON-LD → Open Graph → meta → <title>), read by `extractPage`.
  const page: Record<string, unknown> = { ...file.data.pageFields, sources: undefined };
  const found = file.data.findings ?? emptyFindings();
  const outlets = options.outlets ?? shippedRegistry();
  const related = file.data.hast ? relatedCoverage(file.data.hast, outlets) : [];
  const keyLines = file.data.frontMatter?.keyLines ?? {};
  const lineOf = (names: readonly string[]): { line: number } => ({ line: names.map((n) => keyLines[n]).find((l) => l !== undefined) ?? 1 });
  const at = { line: 1 };

  const rawUrl = textField(fm, keys.URL_KEYS) ?? textField(page, ["url"]) ?? textField(meta, keys.META_URL);
  const url = httpUrl(rawUrl);
  if (rawUrl && !url) report(file, "url-rejected", `The URL “${rawUrl.slice(0, 80)}” is not an http(s) address, so it is not linked.`, lineOf(keys.URL_KEYS));
  const domain = domainOf(url);

  let title = textField(fm, keys.TITLE_KEYS) ?? textField(page, ["title"]) ?? textField(meta, keys.META_TITLE) ?? found.title;
  let suffixOutlet: string | null = null;
  const suffix = title ? keys.TITLE_SUFFIX.exec(title) : null;
  const fmPublisher = textField(fm, keys.PUBLISHER_KEYS.filter((k) => httpUrl(typeof fm[k] === "string" ? String(fm[k]) : null) === null));
  if (title && suffix?.[1]) {
    const name = suffix[1].trim();
    const lower = name.toLowerCase();
    const listed = related.some((link) => link.publisher?.toLowerCase() === canonicalOutlet(name, outlets).toLowerCase());
    if (listed || outlets.names.has(lower) || lower === fmPublisher?.toLowerCase()) {
      suffixOutlet = canonicalOutlet(name, outlets);
      title = title.slice(0, suffix.index).trim();
    }
  }
  if (!title) {
    title = path.basename(file.path, path.extname(file.path)).replace(/[-_]+/g, " ").trim() || "Untitled";
    report(file, "title-missing", `No title was found in the front matter or the text, so the file name “${title}” is used.`, at);
  }

  const publisher =
    (fmPublisher ? canonicalOutlet(fmPublisher, outlets) : null) ??
    textField(page, ["publisher"]) ??
    textField(meta, keys.META_PUBLISHER) ??
    suffixOutlet ??
    (domain && !isAggregatorDomain(domain, outlets) ? outletOfDomain(domain, outlets) : null) ??
    found.credit;

  const fromFm = dateField(fm, keys.DATE_KEYS);
  if (fromFm.invalid) report(file, "date-invalid", `The date “${fromFm.invalid}” could not be read as a date.`, lineOf(keys.DATE_KEYS));
  let date = fromFm.date ?? dateField(page, ["date"]).date ?? dateField(meta, keys.META_DATE).date ?? found.dates[0]?.value ?? null;
  if (!date) report(file, "date-missing", "No publication date was found in the front matter or the text.", at);
  const value = dateValue(date);
  if (date && value !== null && value > options.now + 36 * 3600 * 1000) {
    const clamped = new Date(options.now).toISOString().slice(0, 10);
    report(file, "date-in-future", `The date ${date} is in the future; it was set to the build date ${clamped}.`, lineOf(keys.DATE_KEYS));
    date = clamped;
  }

  const relatedTitles = related.map((link) => link.title.toLowerCase());
  const summaryCandidate = textField(fm, keys.SUMMARY_KEYS) ?? textField(page, ["summary"]) ?? textField(meta, keys.META_SUMMARY);
  const glued = summaryCandidate !== null && relatedTitles.filter((t) => summaryCandidate.toLowerCase().includes(t)).length >= 2;
  if (glued) report(file, "front-matter-field-ignored", "The summary repeats the aggregator's list of headlines, so it is not shown as a summary.", lineOf(keys.SUMMARY_KEYS));
  const summary = (glued ? null : summaryCandidate) ?? found.standfirst;

  return {
    file: file.data.relativePath ?? file.path,
    title,
    date,
    updated: laterDate(dateField(page, ["modified"]).date ?? null, date),
    publisher,
    author: textField(fm, keys.AUTHOR_KEYS) ?? textField(page, ["author"]) ?? textField(meta, keys.META_AUTHOR) ?? found.author,
    url,
    summary,
    credit: found.credit,
    dateline: found.dateline,
    image: resolveImage(file, textField(fm, keys.IMAGE_KEYS) ?? textField(page, ["image"]) ?? textField(meta, keys.META_IMAGE), options.contentDir, lineOf(keys.IMAGE_KEYS)),
    tags: stringList(fm.tags).map((tag) => cleanText(tag) ?? "").filter(Boolean),
    bodyFormat: file.data.bodyFormat?.format ?? "text",
    frontMatter: file.data.frontMatter?.present ?? false,
    html: file.data.html ?? sanitizeFallback(),
    text: file.data.plainText ?? "",
    related,
    contentHash: file.data.contentHash ?? "",
  };
}

/** `updated` when it is later than `date`: a modification time at or before publication says nothing new. */
function laterDate(updated: string | null, date: string | null): string | null {
  const value = dateValue(updated);
  const published = dateValue(date);
  return value !== null && published !== null && value > published ? updated : null;
}

function sanitizeFallback(): Article["html"] {
  throw new Error("extractMetadata ran before sanitizeBody: the pipeline's stage order is wrong");
}

/** An absolute image URL, or a content-relative path to a file that exists; anything else is dropped. */
function resolveImage(file: VFile, image: string | null, contentDir: string, at: { line: number }): string | null {
  if (!image) return null;
  const absolute = httpUrl(image);
  if (absolute) return absolute;
  if (/^[a-z][a-z0-9+.-]*:/i.test(image)) {
    report(file, "url-rejected", `The image “${image.slice(0, 60)}” is not an http(s) address or a file in the content folder.`, at);
    return null;
  }
  const root = path.resolve(contentDir);
  const candidates = [path.resolve(path.dirname(file.path), image), path.resolve(root, image.replace(/^\/+/, ""))];
  const found = candidates.find((candidate) => candidate.startsWith(root + path.sep) && existsSync(candidate) && statSync(candidate).isFile());
  if (!found) {
    report(file, "image-missing", `The image “${image}” is not a file in the content folder, so no image is shown.`, at);
    return null;
  }
  return path.relative(root, found).split(path.sep).join("/");
}
