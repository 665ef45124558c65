/** The `<head>` of each page: title, description, canonical URL, cards, feeds and search indexing. */
import type { FeedLink, PageMeta, SiteSettings } from "./site-types.ts";
import { SITE_PATHS, hrefUrl, publicUrl } from "../permalinks/site-urls.ts";

/** What a page says about itself; everything else is derived. */
export interface PageMetaInput {
  title: string;
  /** The front page is titled by the site's name alone. */
  isFrontPage?: boolean;
  description?: string | null;
  path: string;
  ogType?: PageMeta["ogType"];
  /** An image URL: absolute http(s), or a site path. */
  image?: string | null;
  jsonLd?: Record<string, unknown> | null;
  /** Feeds of this page, listed before the site's. */
  feeds?: FeedLink[];
  searchable?: boolean;
  filters?: Partial<PageMeta["filters"]>;
}

// Note: search snippets and cards cut descriptions near this length.
const DESCRIPTION_MAX = 200;

/** The site's own feeds, advertised on every page. */
export function siteFeeds(site: SiteSettings): FeedLink[] {
  return [
    { type: "application/atom+xml", title: `${site.title}: latest stories (Atom)`, href: hrefUrl(site, SITE_PATHS.atom) },
    { type: "application/feed+json", title: `${site.title}: latest stories (JSON Feed)`, href: hrefUrl(site, SITE_PATHS.json) },
  ];
}

/** A page's metadata. */
export function pageMeta(site: SiteSettings, input: PageMetaInput): PageMeta {
  const image = input.image ? absoluteImage(site, input.image) : null;
  return {
    title: input.title,
    documentTitle: input.isFrontPage ? site.title : `${input.title} · ${site.title}`,
    description: shorten(input.description ?? site.description),
    path: input.path,
    canonical: hrefUrl(site, input.path),
    absoluteUrl: site.baseUrl ? publicUrl(site, input.path) : null,
    ogType: input.ogType ?? "website",
    image,
    jsonLd: input.jsonLd ?? null,
    feeds: [...(input.feeds ?? []), ...siteFeeds(site)],
    searchable: input.searchable ?? false,
    filters: { outlet: input.filters?.outlet ?? [], day: input.filters?.day ?? [], kind: input.filters?.kind ?? "", dateText: input.filters?.dateText ?? "" },
  };
}

function absoluteImage(site: SiteSettings, image: string): string | null {
  if (/^https?:\/\//.test(image)) return image;
  return site.baseUrl && image.startsWith("/") ? publicUrl(site, image) : null;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= DESCRIPTION_MAX) return flat;
  return `${flat.slice(0, DESCRIPTION_MAX).replace(/\s+\S*$/, "")}…`;
}
