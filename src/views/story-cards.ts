/** A story as a list entry: headline, summary, outlets and time. */
import type { Story } from "../types.ts";
import { displayDate } from "./display-dates.ts";
import type { StoryCard } from "./site-types.ts";
import { storyUrl } from "../permalinks/site-urls.ts";
import { UNKNOWN_OUTLET } from "../stories/build-stories.ts";
import { sourceName } from "../reports/fold-reports.ts";

// Note: a card names a few outlets ("BBC, Reuters, AP News and 4 more"); the story page lists them all.
const OUTLETS_NAMED = 3;

/**
 * Outlets of a story, most entries first, then first to report, unknown last; each source of an unknown outlet is
 * an outlet of its own (its site or file, after `UNKNOWN_OUTLET` and a NUL), since two of them are not known to be one.
 */
export function outletsByProminence(story: Story): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  story.sources.forEach((source, index) => {
    const key = source.publisher === UNKNOWN_OUTLET ? `${UNKNOWN_OUTLET}\u0000${sourceName(source)}` : source.publisher;
    const entry = counts.get(key) ?? { count: 0, first: index };
    entry.count += 1;
    counts.set(key, entry);
  });
  return [...counts]
    .sort(([a, x], [b, y]) => Number(a.startsWith(UNKNOWN_OUTLET)) - Number(b.startsWith(UNKNOWN_OUTLET)) || y.count - x.count || x.first - y.first)
    .map(([name]) => name);
}

function outletsText(named: readonly string[], more: number): string {
  if (named.length === 0) return `${more} ${more === 1 ? "outlet" : "outlets"}`;
  if (more === 0) return named.length === 1 ? (named[0] ?? "") : `${named.slice(0, -1).join(", ")} and ${named.at(-1) ?? ""}`;
  return `${named.join(", ")} and ${more} more`;
}

/** The card of a story. */
export function storyCard(story: Story): StoryCard {
  const outlets = outletsByProminence(story);
  const named = outlets.filter((name) => !name.startsWith(UNKNOWN_OUTLET)).slice(0, OUTLETS_NAMED);
  return {
    id: story.id,
    url: storyUrl(story.id),
    headline: story.headline,
    summary: story.summary,
    outletCount: outlets.length,
    articleCount: story.sources.length,
    outletsText: outletsText(named, outlets.length - named.length),
    firstSeen: story.firstSeen,
    lastUpdated: story.lastUpdated,
    lastUpdatedDisplay: displayDate(story.lastUpdated),
  };
}
