/** The shapes templates receive: every field ready to print (URLs, display dates, sorted lists, page metadata). */
import type { SafeHtml, Source } from "../types.ts";
import type { RedirectView } from "../permalinks/redirect-views.ts";
import type { TimelineView } from "./coverage-timeline.ts";
import type { UrlSettings } from "../permalinks/site-urls.ts";

/** Site-wide settings. */
export interface SiteSettings extends UrlSettings {
  title: string;
  description: string;
  language: string;
}

/** A feed a page advertises with `<link rel="alternate">`. */
export interface FeedLink {
  type: "application/atom+xml" | "application/feed+json";
  title: string;
  href: string;
}

/** What the layout puts in `<head>`. */
export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  /** The `<title>`: the page's title and the site's name; the site's name alone on the front page. */
  documentTitle: string;
  description: string;
  /** Site path of the page. */
  path: string;
  /** `<link rel="canonical">`: absolute when the base URL is known, else the site path. */
  canonical: string;
  /** Absolute URL for Open Graph; null without a base URL (Open Graph needs absolute URLs). */
  absoluteUrl: string | null;
  ogType: "website" | "article";
  /** Absolute image URL for cards, when there is one. */
  image: string | null;
  jsonLd: Record<string, unknown> | null;
  feeds: FeedLink[];
  /** Pagefind: index this page's main content. */
  searchable: boolean;
  /** Pagefind filters of this page (outlet names, days, kind) and the date its search result shows. */
  filters: { outlet: string[]; day: string[]; kind: string; dateText: string };
}

/** A link to a topic or an outlet. */
export interface NamedLink {
  name: string;
  url: string;
}

/** A source entry ready to print. */
export interface SourceView extends Source {
  dateDisplay: string | null;
  /** Where the title links: the original, else our article page. */
  href: string | null;
  /** Our copy, when we have one and the title links elsewhere. */
  articleUrl: string | null;
  outletUrl: string | null;
  /** Labels as readers read them ("wire copy"). */
  labelTexts: string[];
}

/** A story in a list: home, outlet, topic and archive pages, related stories. */
export interface StoryCard {
  id: string;
  url: string;
  headline: string;
  summary: string | null;
  /** Pinned by an editor: leads the home page. */
  pinned?: boolean;
  outletCount: number;
  articleCount: number;
  /** "BBC, Reuters, AP News and 4 more": the first few outlets, most prominent first. */
  outletsText: string;
  firstSeen: string | null;
  lastUpdated: string | null;
  lastUpdatedDisplay: string | null;
}

/** One outlet's headlines in a story, for the side-by-side view. */
export interface OutletHeadlines {
  /** The outlet's name; for an unknown outlet, what is known of the source (its site or file). */
  outlet: string;
  /** The outlet is not known: `outlet` names the source instead. */
  unknown: boolean;
  outletUrl: string | null;
  headlines: Array<{ title: string; href: string | null }>;
}

/** The "why grouped" disclosure. */
export interface EvidenceView {
  entities: Array<{ name: string; url: string | null }>;
  terms: string[];
  links: string[];
  numbers: string[];
  eventDate: string | null;
  /** Each feature of the grouping model and its weight in joining the members, as text (`title +1.20`). */
  weights: string[];
  /** False when the grouping recorded nothing but the time span. */
  recorded: boolean;
  spanDisplay: string | null;
}

/** A headline linked where a reader can read it. */
export interface LinkedTitle {
  title: string;
  href: string | null;
}

/** One independent report: who reported it, its original's headlines, and the sources that carry a copy. */
export interface ReportView {
  by: string;
  byUrl: string | null;
  wire: boolean;
  originals: LinkedTitle[];
  copies: Array<LinkedTitle & { carrier: string }>;
}

/** A number independent reports give differently: each value with its outlets and sentence. */
export interface DisagreementView {
  about: string;
  claims: Array<{ value: string; text: string; outlets: Array<{ name: string; href: string | null }> }>;
}

/** A story page's data. */
export interface StoryView extends StoryCard {
  /** How many independent reports the sources fold into; null when not assessed. */
  reportCount: number | null;
  /** "8 independent reports", ready to print; null when not assessed. */
  reportCountText: string | null;
  /** Reports, those carried by copies first; shown when some report has a copy. */
  reports: ReportView[];
  foldsCopies: boolean;
  disagreements: DisagreementView[];
  firstSeenDisplay: string | null;
  sources: SourceView[];
  /** The first sources, always shown; the rest go in a disclosure. */
  sourcesShown: SourceView[];
  sourcesMore: SourceView[];
  headlines: OutletHeadlines[];
  /** The first outlets' headlines, always shown; the rest go in a disclosure. */
  headlinesShown: OutletHeadlines[];
  headlinesMore: OutletHeadlines[];
  timeline: TimelineView;
  topics: NamedLink[];
  related: StoryCard[];
  evidence: EvidenceView;
  feeds: { atom: string; json: string };
  meta: PageMeta;
}

/** An article page's data. */
export interface ArticleView {
  id: string;
  url: string;
  file: string;
  title: string;
  /** The outlet, null when unknown. */
  outlet: string | null;
  outletUrl: string | null;
  author: string | null;
  date: string | null;
  dateDisplay: string | null;
  /** When the article was last changed, shown only when it reads differently from its date. */
  updated: string | null;
  updatedDisplay: string | null;
  credit: string | null;
  dateline: string | null;
  summary: string | null;
  originalUrl: string | null;
  image: string | null;
  html: SafeHtml;
  labelTexts: string[];
  story: { url: string; headline: string; outletCount: number; articleCount: number } | null;
  /** Other coverage of the same story. */
  alsoCovering: SourceView[];
  meta: PageMeta;
}

/** One entry of an outlet's page: a piece of coverage and its story. */
export interface CoverageItem {
  title: string;
  href: string | null;
  articleUrl: string | null;
  date: string | null;
  dateDisplay: string | null;
  labelTexts: string[];
  story: { url: string; headline: string };
}

/** An outlet page's data. */
export interface OutletView {
  slug: string;
  url: string;
  name: string;
  items: CoverageItem[];
  storyCount: number;
  meta: PageMeta;
}

/** A topic page's data. */
export interface TopicView {
  slug: string;
  url: string;
  name: string;
  stories: StoryCard[];
  mentions: number;
  meta: PageMeta;
}

/** A day of the archive. */
export interface ArchiveDayView {
  day: string;
  url: string;
  dayDisplay: string;
  stories: Array<StoryCard & { articlesThatDay: number }>;
  articleCount: number;
  previous: NamedLink | null;
  next: NamedLink | null;
  meta: PageMeta;
}

/** One page of the home page's list. */
export interface HomePageView {
  url: string;
  heading: string;
  number: number;
  pageCount: number;
  stories: StoryCard[];
  /** On the first page only: the stories with the widest coverage. */
  mostCovered: StoryCard[];
  previous: string | null;
  next: string | null;
  meta: PageMeta;
}

/** One line of an index page. */
export interface ListEntry {
  name: string;
  url: string;
  detail: string;
}

/** An index page (outlets, topics, archive) or a fixed page (search, 404), its entries in headed groups. */
export interface ListPageView {
  url: string;
  groups: Array<{ heading: string | null; entries: ListEntry[] }>;
  meta: PageMeta;
}

/** Everything the templates get, as `roundup`. */
export interface SiteData {
  site: SiteSettings & { feeds: FeedLink[]; nav: NamedLink[] };
  homePages: HomePageView[];
  stories: StoryView[];
  articles: ArticleView[];
  outlets: OutletView[];
  topics: TopicView[];
  archiveDays: ArchiveDayView[];
  /** One-element lists, so that every template paginates over its data the same way. */
  outletIndex: [ListPageView];
  topicIndex: [ListPageView];
  archiveIndex: [ListPageView];
  searchPage: [ListPageView & { hint: string; outlets: string[]; firstDay: string | null; lastDay: string | null }];
  notFoundPage: [ListPageView];
  /** Pages at the URLs of stories merged into others. */
  redirects: RedirectView[];
}
