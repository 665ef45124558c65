/** The data templates receive: every field ready to print (URLs, display dates, sorted lists). */
import { compareDates } from "../dates.ts";
import type { Article, SafeHtml, Source, Story } from "../types.ts";
import { displayDate } from "./display-dates.ts";
import { type RedirectView, redirectViews } from "./redirect-views.ts";

/** Site-wide settings. */
export interface SiteSettings {
  title: string;
  description: string;
  /** Absolute origin and path of the published site, e.g. `https://example.org/news/`; null when unknown. */
  baseUrl: string | null;
  /** Path the site is served under, `/` or `/repo/`. */
  pathPrefix: string;
  language: string;
}

/** A source entry ready to print. */
export interface SourceView extends Source {
  dateDisplay: string | null;
  /** Where the title links: the original, else our article page. */
  href: string | null;
  articleUrl: string | null;
}

/** A story page's data. */
export interface StoryView {
  id: string;
  url: string;
  headline: string;
  summary: string | null;
  firstSeen: string | null;
  lastUpdated: string | null;
  firstSeenDisplay: string | null;
  lastUpdatedDisplay: string | null;
  outletCount: number;
  articleCount: number;
  sources: SourceView[];
  evidence: Story["evidence"];
  /** Pinned by an editor: leads the home page. */
  pinned: boolean;
}

/** An article page's data. */
export interface ArticleView {
  id: string;
  url: string;
  file: string;
  title: string;
  publisher: string | null;
  author: string | null;
  date: string | null;
  dateDisplay: string | null;
  credit: string | null;
  dateline: string | null;
  summary: string | null;
  originalUrl: string | null;
  image: string | null;
  html: SafeHtml;
  story: { url: string; headline: string } | null;
}

/** Everything the templates get, as `roundup`. */
export interface SiteData {
  site: SiteSettings;
  stories: StoryView[];
  articles: ArticleView[];
  /** Old story URLs and where they lead now. */
  redirects: RedirectView[];
}

/** Story URL, site-relative (the path prefix is applied by the renderer). */
export const storyUrl = (id: string): string => `/stories/${id}/`;
/** Article URL, site-relative. */
export const articleUrl = (id: string): string => `/articles/${id}/`;

/** Turn articles and stories into template data; pinned stories first, then newest first. */
export function buildSiteData(settings: SiteSettings, articles: readonly Article[], stories: readonly Story[], redirects: Readonly<Record<string, string>> = {}): SiteData {
  const storyOf = new Map<string, Story>();
  for (const story of stories) for (const id of story.articleIds) storyOf.set(id, story);
  const storyViews = stories.map((story) => ({
    id: story.id,
    url: storyUrl(story.id),
    headline: story.headline,
    summary: story.summary,
    firstSeen: story.firstSeen,
    lastUpdated: story.lastUpdated,
    firstSeenDisplay: displayDate(story.firstSeen),
    lastUpdatedDisplay: displayDate(story.lastUpdated),
    outletCount: new Set(story.sources.map((s) => s.publisher)).size,
    articleCount: story.sources.length,
    sources: story.sources.map((source) => ({
      ...source,
      dateDisplay: displayDate(source.date),
      href: source.url ?? (source.articleId ? articleUrl(source.articleId) : null),
      articleUrl: source.articleId ? articleUrl(source.articleId) : null,
    })),
    evidence: story.evidence,
    pinned: story.pin !== undefined,
    pin: story.pin ?? Number.POSITIVE_INFINITY,
  }));
  storyViews.sort((a, b) => a.pin - b.pin || -compareNullable(a.lastUpdated, b.lastUpdated) || (a.id < b.id ? -1 : 1));
  const articleViews = [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((article) => {
      const story = storyOf.get(article.id);
      return {
        id: article.id,
        url: articleUrl(article.id),
        file: article.file,
        title: article.title,
        publisher: article.publisher,
        author: article.author,
        date: article.date,
        dateDisplay: displayDate(article.date),
        credit: article.credit,
        dateline: article.dateline,
        summary: article.summary,
        originalUrl: article.url,
        image: article.image && !/^https?:/.test(article.image) ? `/media/${article.image}` : article.image,
        html: article.html,
        story: story ? { url: storyUrl(story.id), headline: story.headline } : null,
      };
    });
  return { site: settings, stories: storyViews.map(({ pin: _pin, ...view }) => view), articles: articleViews, redirects: redirectViews(settings, redirects, stories) };
}

/** Newest-first order with undated last. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareDates(a, b);
}
