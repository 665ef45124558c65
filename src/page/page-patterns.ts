/**
 * Saved web pages: what tells a page from a fragment, and what in a page is not the article. Each rule is data with
 * a note saying why it exists; `test/fixtures/page/<phenomenon>/` shows each at work.
 */

// Note: a saved page may open with comments, an XML declaration or whole scripts before its <html>; the shell is
// looked for in the first part of the file only, so a fragment quoting "<html>" further down stays a fragment.
export const SHELL_SCAN_LENGTH = 256 * 1024;

/** Marks of a whole document. */
export const DOCUMENT_SHELL: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  // Note: "Save page as…" and curl keep the doctype; fragments never have one.
  { label: "doctype", pattern: /<!doctype\s+html/i },
  { label: "<html>", pattern: /<html[\s>]/i },
  { label: "<head>", pattern: /<head[\s>]/i },
];

// Note: a head that carries a title, meta tags or links is a page's head, not a stray tag in a pasted body.
export const HEAD_METADATA = /<head[\s>][\s\S]*?<(?:title|meta|link)[\s>]/i;

// Note: elements that surround an article on a page (site navigation, scripts, forms) and never belong to a body an
// editor pasted or a feed carries.
export const PAGE_FURNITURE_TAGS = ["nav", "header", "footer", "script", "aside", "form", "iframe"] as const;

// Note: schema.org types that publishers give an article's JSON-LD: news, blog posts, live blogs, reports.
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
  "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle",
  "ScholarlyArticle", "Report", "SatiricalArticle", "AdvertiserContentArticle", "Review",
]);

// Note: Readability's own JSON-LD reading is off: roundup's metadata chain reads it (and reports what is malformed).
export const READABILITY_OPTIONS = { disableJSONLD: true, charThreshold: 500 } as const;
