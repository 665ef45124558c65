/** Front-matter keys that name each field, in order of precedence: the aliases editors and generators use. */

// Note: Jekyll, Hugo, Eleventy, WordPress exports and feed converters each name these fields their own way.
export const TITLE_KEYS = ["title", "headline", "name"] as const;
export const DATE_KEYS = ["date", "published", "publishDate", "pubDate", "published_at", "publishedAt", "datePublished", "created", "created_at"] as const;
export const PUBLISHER_KEYS = ["publisher", "site_name", "siteName", "outlet", "publication", "site", "source_name", "source"] as const;
export const AUTHOR_KEYS = ["author", "authors", "byline", "creator", "writer"] as const;
export const SUMMARY_KEYS = ["summary", "excerpt", "description", "dek", "subtitle", "standfirst", "abstract"] as const;
export const URL_KEYS = ["url", "link", "canonical", "canonical_url", "canonicalUrl", "source_url", "original_url", "original"] as const;
export const IMAGE_KEYS = ["image", "cover", "cover_image", "thumbnail", "featured_image", "og_image", "hero"] as const;

// Note: meta names of an HTML document's head, after the front matter in every chain.
// Note: a page's <title> often carries the site name, so the body's own h1 comes before it.
export const META_TITLE = ["og:title", "twitter:title", "h1", "title"] as const;
export const META_DATE = ["article:published_time", "date", "pubdate", "dc.date", "og:published_time"] as const;
export const META_PUBLISHER = ["og:site_name", "application-name", "publisher"] as const;
export const META_AUTHOR = ["author", "article:author", "dc.creator"] as const;
export const META_SUMMARY = ["description", "og:description", "twitter:description"] as const;
export const META_URL = ["og:url", "canonical"] as const;
export const META_IMAGE = ["og:image", "twitter:image"] as const;

// Note: " - BBC", " | Reuters": the outlet suffix aggregators and browsers append to titles.
export const TITLE_SUFFIX = /\s+[-–—|]\s+([^-–—|]{2,60})$/;
