/**
 * A page's metadata, each field an explicit chain of precedence, as Mozilla Readability reads metadata:
 * JSON-LD article → Open Graph → meta tags → `<time datetime>` → microdata's `datePublished` → `<link rel=canonical>`
 * → `<title>` less its suffix.
 */
import { isRecord } from "../records.ts";
import { elementsOf, type PageDocument } from "./page-dom.ts";
import type { JsonLdFindings } from "./json-ld.ts";
import * as chains from "./page-chains.ts";

/** The fields of a page, and where each came from (`json-ld`, `open-graph`, `meta`, `time`, `link`, `title`). */
export interface PageFields {
  title: string | null;
  date: string | null;
  modified: string | null;
  author: string | null;
  publisher: string | null;
  image: string | null;
  url: string | null;
  summary: string | null;
  sources: Partial<Record<PageField, string>>;
}

/** A field of `PageFields`. */
export type PageField = Exclude<keyof PageFields, "sources">;

const fold = (value: string | null | undefined): string | null => {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
};

/** Read the fields of a parsed page. */
export function readPageFields(document: PageDocument, jsonLd: JsonLdFindings): PageFields {
  const meta = metaTags(document);
  const ld = jsonLd.article ?? {};
  const sources: PageFields["sources"] = {};
  const pick = (field: PageField, candidates: ReadonlyArray<readonly [string, string | null]>): string | null => {
    const found = candidates.find(([, value]) => fold(value) !== null);
    if (!found) return null;
    sources[field] = found[0];
    return fold(found[1]);
  };
  const fromMeta = (names: readonly string[]): string | null => names.map((name) => meta.get(name) ?? null).find((v) => fold(v) !== null) ?? null;
  const canonical = absolute(document.querySelector('link[rel~="canonical" i][href]')?.getAttribute("href") ?? null, fromMeta(chains.OG_URL));
  const time = elementsOf(document.querySelectorAll("time[datetime]")).map((element) => element.getAttribute("datetime")).find((v) => fold(v) !== null) ?? null;
  // Microdata's date outside a <meta> (which `meta` reads): `<span itemprop="datePublished">May 19, 2020</span>`, as
  // blog themes mark the date they show.
  const microdataDate = elementsOf(document.querySelectorAll('[itemprop="datePublished"]:not(meta)'))
    .map((element) => element.getAttribute("datetime") ?? element.getAttribute("content") ?? element.textContent)
    .find((v) => fold(v) !== null) ?? null;
  const publisher = pick("publisher", [
    ["json-ld", ldText(ld.publisher)],
    ["open-graph", fromMeta(chains.OG_SITE_NAME)],
    ["meta", fromMeta(chains.META_PUBLISHER)],
  ]);
  const pageTitle = fold(document.querySelector("head > title, title")?.textContent);
  return {
    title: pick("title", [
      ["json-ld", withoutNamedSite(ldText(ld.headline) ?? ldText(ld.name), publisher)],
      ["open-graph", withoutNamedSite(fromMeta(chains.OG_TITLE), publisher)],
      ["meta", withoutNamedSite(fromMeta(chains.META_TITLE), publisher)],
      ["title", pageTitle ? withoutSiteName(pageTitle, publisher) : null],
    ]),
    date: pick("date", [
      ["json-ld", ldText(ld.datePublished) ?? ldText(ld.dateCreated)],
      ["open-graph", fromMeta(chains.OG_PUBLISHED)],
      ["meta", fromMeta(chains.META_DATE)],
      ["time", time],
      ["microdata", microdataDate],
    ]),
    modified: pick("modified", [
      ["json-ld", ldText(ld.dateModified)],
      ["open-graph", fromMeta(chains.OG_MODIFIED)],
    ]),
    author: pick("author", [
      ["json-ld", ldText(ld.author) ?? ldText(ld.creator)],
      ["meta", notUrl(fromMeta(chains.META_AUTHOR))],
    ]),
    publisher,
    image: pick("image", [
      ["json-ld", ldUrl(ld.image)],
      ["open-graph", fromMeta(chains.OG_IMAGE)],
    ]),
    url: pick("url", [
      ["link", canonical],
      ["open-graph", fromMeta(chains.OG_URL)],
      ["json-ld", ldUrl(ld.url) ?? ldUrl(ld.mainEntityOfPage)],
    ]),
    summary: pick("summary", [
      ["json-ld", ldText(ld.description)],
      ["open-graph", fromMeta(chains.OG_DESCRIPTION)],
      ["meta", fromMeta(chains.META_DESCRIPTION)],
    ]),
    sources,
  };
}

// Note: `article:author` is often the author's profile URL, not a name.
const notUrl = (value: string | null): string | null => (value && /^https?:\/\//i.test(value.trim()) ? null : value);

/** `<meta>` values by lower-cased name or property; the first of each name wins. */
function metaTags(document: PageDocument): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of elementsOf(document.querySelectorAll("meta[content]"))) {
    const key = (element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop") ?? "").trim().toLowerCase();
    const value = element.getAttribute("content");
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  return meta;
}

/** A URL made absolute against the page's own (`og:url`): canonical links are often written from the site's root. */
function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url.trim(), base ?? undefined).href;
  } catch {
    return url;
  }
}

/**
 * A headline less the site's name where the site wrote it in as in its `<title>`: many sites give `og:title` and
 * JSON-LD `headline` as "Headline - Site" too (90 of 990 saved pages). Only the publisher's name as read, after (or
 * before) a separator, goes; and a name before the headline only when more headline than name is left, as a wrong
 * site name ("Windpark Steinheim | EnBW" read with the site "Windpark Steinheim") would leave only the site.
 */
function withoutNamedSite(title: string | null, siteName: string | null): string | null {
  const text = fold(title);
  const site = fold(siteName);
  if (!text || !site || text.length <= site.length) return title;
  const lower = text.toLowerCase();
  const name = site.toLowerCase();
  // Lower case that changes a length ("İ") would misplace the cut: such a title is left as it is.
  if (lower.length !== text.length || name.length !== site.length) return title;
  if (lower.endsWith(name)) {
    const rest = text.slice(0, text.length - site.length).replace(chains.SITE_SEPARATOR_END, "");
    if (rest.length < text.length - site.length && rest.trim() !== "") return rest.trim();
  }
  if (lower.startsWith(name)) {
    const rest = text.slice(site.length).replace(chains.SITE_SEPARATOR_START, "");
    if (rest.length < text.length - site.length && rest.trim().length > site.length) return rest.trim();
  }
  return title;
}

/** `<title>` less a " | Site" or " - Site" suffix (or prefix) that names the site. */
function withoutSiteName(title: string, siteName: string | null): string {
  const parts = title.split(chains.TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase() ?? null;
  const last = parts[parts.length - 1] ?? "";
  const first = parts[0] ?? "";
  if (site && last.toLowerCase() === site) return parts.slice(0, -1).join(" - ");
  if (site && first.toLowerCase() === site) return parts.slice(1).join(" - ");
  // Note: without a known site name, a short last part is the site's name ("… | Gothamist").
  if (last.length <= chains.MAX_SITE_NAME && last.length < first.length) return parts.slice(0, -1).join(" - ");
  return title;
}

/** Text of a JSON-LD value: a string, a `{name}` object, or a list of them joined. */
function ldText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(ldText).filter((part): part is string => fold(part) !== null);
    return parts.length > 0 ? [...new Set(parts)].join(", ") : null;
  }
  if (isRecord(value)) return ldText(value.name);
  return null;
}

/** A URL of a JSON-LD value: a string, `{url}`, `{@id}`, or the first of a list. */
function ldUrl(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(ldUrl).find((url) => url !== null) ?? null;
  if (isRecord(value)) return ldUrl(value.url) ?? ldUrl(value["@id"]) ?? ldUrl(value.contentUrl);
  return null;
}
