/**
 * schema.org JSON-LD of pages. A story page is a CollectionPage whose ItemList holds each outlet's NewsArticle with
 * that outlet as publisher: the site lists coverage, it does not claim to have written it.
 */
import { UNKNOWN_OUTLET } from "../stories/build-stories.ts";
import type { SiteSettings, SourceView } from "./site-types.ts";
import { SITE_PATHS, publicUrl } from "../permalinks/site-urls.ts";

type JsonLd = Record<string, unknown>;

const CONTEXT = "https://schema.org";

/** A link of ours or the original's, made absolute when the site's address is known. */
function linkOf(site: SiteSettings, href: string | null): string | undefined {
  if (!href) return undefined;
  return /^https?:\/\//.test(href) ? href : publicUrl(site, href);
}

function organisation(name: string): JsonLd {
  return { "@type": "Organization", name };
}

function website(site: SiteSettings): JsonLd {
  return { "@type": "WebSite", name: site.title, url: publicUrl(site, "/") };
}

/** The home page: the site, with its search. */
export function siteJsonLd(site: SiteSettings): JsonLd {
  return {
    "@context": CONTEXT,
    ...website(site),
    description: site.description,
    inLanguage: site.language,
    potentialAction: { "@type": "SearchAction", target: `${publicUrl(site, SITE_PATHS.search)}?q={search_term_string}`, "query-input": "required name=search_term_string" },
  };
}

/** A story page: the coverage as a list of other outlets' articles. */
export function storyJsonLd(site: SiteSettings, story: { url: string; headline: string; summary: string | null; firstSeen: string | null; lastUpdated: string | null; sources: SourceView[] }): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "CollectionPage",
    name: story.headline,
    description: story.summary ?? undefined,
    url: publicUrl(site, story.url),
    datePublished: story.firstSeen ?? undefined,
    dateModified: story.lastUpdated ?? undefined,
    isPartOf: website(site),
    mainEntity: {
      "@type": "ItemList",
      numberOfItems: story.sources.length,
      itemListElement: story.sources.map((source, index) => ({
        "@type": "ListItem",
        position: index + 1,
        item: newsArticle(site, { title: source.title, href: source.href, date: source.date, outlet: source.publisher === UNKNOWN_OUTLET ? null : source.publisher, author: null }),
      })),
    },
  };
}

/** An article page: the outlet's article, published by that outlet. */
export function articleJsonLd(site: SiteSettings, article: Parameters<typeof newsArticle>[1]): JsonLd {
  return { "@context": CONTEXT, ...newsArticle(site, article) };
}

function newsArticle(site: SiteSettings, article: { title: string; href: string | null; date: string | null; outlet: string | null; author: string | null }): JsonLd {
  return {
    "@type": "NewsArticle",
    headline: article.title,
    url: linkOf(site, article.href),
    datePublished: article.date ?? undefined,
    author: article.author ? { "@type": "Person", name: article.author } : undefined,
    publisher: article.outlet ? organisation(article.outlet) : undefined,
  };
}

/** A list page (outlet, topic, archive day, indexes). */
export function collectionJsonLd(site: SiteSettings, page: { name: string; url: string; items: Array<{ name: string; url: string }> }): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "CollectionPage",
    name: page.name,
    url: publicUrl(site, page.url),
    isPartOf: website(site),
    mainEntity: {
      "@type": "ItemList",
      numberOfItems: page.items.length,
      itemListElement: page.items.map((item, index) => ({ "@type": "ListItem", position: index + 1, name: item.name, url: publicUrl(site, item.url) })),
    },
  };
}
