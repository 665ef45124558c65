/** A story as a list entry: headline, summary, outlets and time. */
import type { Story } from "../types.ts";
import { displayDate } from "./display-dates.ts";
import type { StoryCard } from "./site-types.ts";
import { storyUrl } from "../permalinks/site-urls.ts";
import { UNKNOWN_OUTLET } from "../stories/build-stories.ts";

// Note: a card names a few outlets ("BBC, Reuters, AP News and 4 more"); the story page lists them all.
const OUTLETS_NAMED = 3;

/** Outlets of a story, most entries first, then first to report, unknown last. */
export function outletsByProminence(story: Story): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  story.sources.forEach((source, index) => {
    const entry = counts.get(source.publisher) ?? { count: 0, first: index };
    entry.count += 1;
    counts.set(source.publisher, entry);
  });
  return [...counts]
    .sort(([a, x], [b, y]) => Number(a === UNKNOWN_OUTLET) - Number(b === UNKNOWN_OUTLET) || y.count - x.count || x.first - y.first)
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
  const named = outlets.filter((name) => name !== UNKNOWN_OUTLET).slice(0, OUTLETS_NAMED);
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
