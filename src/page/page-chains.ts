/** The names each page field goes by in a page's head, in order of precedence within their source. */

// Note: Open Graph is what pages give link previews; nearly every news page has it.
export const OG_TITLE = ["og:title"] as const;
export const OG_SITE_NAME = ["og:site_name"] as const;
export const OG_PUBLISHED = ["article:published_time", "og:published_time", "og:article:published_time"] as const;
export const OG_MODIFIED = ["article:modified_time", "og:updated_time", "og:article:modified_time"] as const;
export const OG_IMAGE = ["og:image", "og:image:url", "og:image:secure_url"] as const;
export const OG_URL = ["og:url"] as const;
export const OG_DESCRIPTION = ["og:description"] as const;

// Note: plain meta names, from Twitter cards, Dublin Core and the analytics tags CMSs add (Parse.ly, Sailthru).
export const META_TITLE = ["twitter:title", "dc.title", "parsely-title", "sailthru.title", "headline"] as const;
export const META_DATE = ["date", "pubdate", "publishdate", "publish-date", "publish_date", "datepublished", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date", "article.published", "cxenseparse:recs:publishtime"] as const;
export const META_AUTHOR = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl"] as const;
export const META_PUBLISHER = ["application-name", "publisher", "dc.publisher"] as const;
export const META_DESCRIPTION = ["description", "twitter:description", "dc.description"] as const;

// Note: " | Site", " - Site", " – Site", " :: Site": how pages append their name to the title.
export const TITLE_SEPARATOR = /\s+(?:[|–—·»]|-|::)\s+/;
// Note: the same separators next to a site name that is known, and a bare "|" ("NEWS WEB EASY|…"); a dash only
// after a space, so that a compound's second half ("Erd-Hummeln") is never taken for the site; a colon only after
// the site's name ("Site: Headline").
export const SITE_SEPARATOR_END = /(?:\s*[|·»]|\s+(?:[–—-]|::))\s*$/;
export const SITE_SEPARATOR_START = /^(?:\s*[|·»:]|\s+(?:[–—-]|::))\s*/;
// Note: a site name is short; a longer last part is the headline's own clause.
export const MAX_SITE_NAME = 40;
