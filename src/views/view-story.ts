/** A story page's data: sources, headlines side by side, timeline, topics, related stories and why it was grouped. */
import { sourceName } from "../reports/fold-reports.ts";
import { UNKNOWN_OUTLET } from "../stories/build-stories.ts";
import type { Story } from "../types.ts";
import { coverageTimeline } from "./coverage-timeline.ts";
import { dayOf, displayDate } from "./display-dates.ts";
import { storyJsonLd } from "./json-ld.ts";
import { pageMeta } from "./page-meta.ts";
import type { EvidenceView, NamedLink, OutletHeadlines, SiteSettings, SourceView, StoryCard, StoryView } from "./site-types.ts";
import { viewDisagreements, viewReports } from "./view-reports.ts";
import { hrefUrl, storyFeedUrl } from "../permalinks/site-urls.ts";
import { viewSource } from "./view-sources.ts";
import { FEATURE_LABELS, type PairFeature } from "../group/model/pair-features.ts";

// Note: a long source list shows its first entries and keeps the rest in a disclosure; a list only slightly longer
// is shown whole, since "show 1 more" saves nothing.
const SOURCES_SHOWN = 8;
const SOURCES_FOLD_AFTER = 10;
// Note: the same for the side-by-side headlines: a dozen outlets fill two screens on a phone.
const OUTLETS_SHOWN = 12;
const OUTLETS_FOLD_AFTER = 15;

/** What a story page needs from the rest of the site. */
export interface StoryContext {
  site: SiteSettings;
  slugOfOutlet: ReadonlyMap<string, string>;
  /** Topic links of the story, most mentioned first. */
  topics: NamedLink[];
  /** Topic page of an entity name, when it has one. */
  topicUrlOf: (name: string) => string | null;
  related: StoryCard[];
}

/** Build a story page's data from the story and its card. */
export function viewStory(story: Story, card: StoryCard, context: StoryContext): StoryView {
  const sources = story.sources.map((source) => viewSource(source, context.slugOfOutlet));
  const folded = sources.length > SOURCES_FOLD_AFTER;
  const feeds = { atom: storyFeedUrl(story.id, "atom"), json: storyFeedUrl(story.id, "json") };
  const headlines = headlinesByOutlet(sources);
  const foldHeadlines = headlines.length > OUTLETS_FOLD_AFTER;
  const days = [...new Set(sources.flatMap((s) => dayOf(s.date) ?? []))].sort();
  const reports = viewReports(story, sources, context.slugOfOutlet);
  const reportCount = story.reports?.groups.length;
  return {
    ...card,
    reportCount: reportCount ?? null,
    reportCountText: reportCount === undefined ? null : `${reportCount} independent ${reportCount === 1 ? "report" : "reports"}`,
    reports,
    foldsCopies: reports.some((report) => report.copies.length > 0),
    disagreements: viewDisagreements(story, sources),
    firstSeenDisplay: displayDate(story.firstSeen),
    sources,
    sourcesShown: folded ? sources.slice(0, SOURCES_SHOWN) : sources,
    sourcesMore: folded ? sources.slice(SOURCES_SHOWN) : [],
    headlines,
    headlinesShown: foldHeadlines ? headlines.slice(0, OUTLETS_SHOWN) : headlines,
    headlinesMore: foldHeadlines ? headlines.slice(OUTLETS_SHOWN) : [],
    timeline: coverageTimeline(sources),
    topics: context.topics,
    related: context.related,
    evidence: evidenceView(story, context.topicUrlOf),
    feeds,
    meta: pageMeta(context.site, {
      title: story.headline,
      description: story.summary,
      path: card.url,
      jsonLd: storyJsonLd(context.site, { ...card, sources }),
      feeds: [
        { type: "application/atom+xml", title: `Follow this story: ${story.headline} (Atom)`, href: hrefUrl(context.site, feeds.atom) },
        { type: "application/feed+json", title: `Follow this story: ${story.headline} (JSON Feed)`, href: hrefUrl(context.site, feeds.json) },
      ],
      searchable: true,
      filters: { outlet: [...new Set(sources.map((s) => s.publisher).filter((p) => p !== UNKNOWN_OUTLET))].sort(), day: days, kind: "Story", dateText: card.lastUpdatedDisplay ? `updated ${card.lastUpdatedDisplay}` : "" },
    }),
  };
}

/**
 * Every outlet's headlines, most headlines first, then the first to report (unknown outlets last); each outlet's
 * headlines in the order reported. Each source of an unknown outlet has a card of its own, named by its site or
 * file: two unknown sources are not known to be one outlet.
 */
function headlinesByOutlet(sources: readonly SourceView[]): OutletHeadlines[] {
  const byOutlet = new Map<string, OutletHeadlines & { first: number }>();
  sources.forEach((source, index) => {
    const unknown = source.publisher === UNKNOWN_OUTLET;
    const name = unknown ? sourceName(source) : source.publisher;
    const key = `${unknown ? "?" : "="}${name}`;
    const entry = byOutlet.get(key) ?? { outlet: name, unknown, outletUrl: source.outletUrl, headlines: [], first: index };
    if (!entry.headlines.some((h) => h.title === source.title)) entry.headlines.push({ title: source.title, href: source.href });
    byOutlet.set(key, entry);
  });
  return [...byOutlet.values()]
    .sort((a, b) => Number(a.unknown) - Number(b.unknown) || b.headlines.length - a.headlines.length || a.first - b.first)
    .map(({ outlet, unknown, outletUrl, headlines }) => ({ outlet, unknown, outletUrl, headlines }));
}

/** A feature's reader's words; a name from an older `stories.json` that the model no longer has, as written. */
function featureLabel(feature: string): string {
  return Object.hasOwn(FEATURE_LABELS, feature) ? FEATURE_LABELS[feature as PairFeature] : feature;
}

function evidenceView(story: Story, topicUrlOf: (name: string) => string | null): EvidenceView {
  const { from, to } = story.evidence.span;
  const fromText = displayDate(from);
  const toText = displayDate(to);
  return {
    entities: story.evidence.sharedEntities.map((name) => ({ name, url: topicUrlOf(name) })),
    terms: [...story.evidence.sharedTerms],
    links: [...story.evidence.links],
    numbers: [...(story.evidence.sharedNumbers ?? [])],
    eventDate: story.evidence.eventDate ?? null,
    weights: (story.evidence.featureWeights ?? []).map(({ feature, weight }) => `${featureLabel(feature)} ${weight > 0 ? "+" : ""}${weight.toFixed(2)}`),
    recorded: story.evidence.sharedEntities.length + story.evidence.sharedTerms.length + story.evidence.links.length > 0,
    spanDisplay: fromText && toText && fromText !== toText ? `${fromText} to ${toText}` : fromText ?? toText,
  };
}
