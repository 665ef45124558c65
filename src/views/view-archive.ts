/** The daily archive: for each day with coverage, the stories covered that day; and an index of days by month. */
import type { Story } from "../types.ts";
import { dayOf, displayDate } from "./display-dates.ts";
import { collectionJsonLd } from "./json-ld.ts";
import { pageMeta } from "./page-meta.ts";
import type { ArchiveDayView, ListPageView, SiteSettings, StoryCard } from "./site-types.ts";
import { SITE_PATHS, archiveDayUrl } from "../permalinks/site-urls.ts";

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One page per day that has dated coverage, oldest first (each links to the days before and after). */
export function viewArchiveDays(site: SiteSettings, stories: readonly Story[], cards: ReadonlyMap<string, StoryCard>): ArchiveDayView[] {
  const byDay = new Map<string, Map<string, number>>();
  for (const story of stories) {
    for (const source of story.sources) {
      const day = dayOf(source.date);
      if (!day || !DAY.test(day)) continue;
      const counts = byDay.get(day) ?? new Map<string, number>();
      counts.set(story.id, (counts.get(story.id) ?? 0) + 1);
      byDay.set(day, counts);
    }
  }
  const days = [...byDay.keys()].sort();
  const link = (day: string | undefined) => (day ? { name: displayDate(day) ?? day, url: archiveDayUrl(day) } : null);
  return days.map((day, index) => {
    const url = archiveDayUrl(day);
    const dayDisplay = displayDate(day) ?? day;
    const list = [...(byDay.get(day) ?? [])]
      .flatMap(([id, count]) => {
        const card = cards.get(id);
        return card ? [{ ...card, articlesThatDay: count }] : [];
      })
      .sort((a, b) => b.articlesThatDay - a.articlesThatDay || b.outletCount - a.outletCount || (a.id < b.id ? -1 : 1));
    const articleCount = list.reduce((sum, card) => sum + card.articlesThatDay, 0);
    return {
      day,
      url,
      dayDisplay,
      stories: list,
      articleCount,
      previous: link(days[index - 1]),
      next: link(days[index + 1]),
      meta: pageMeta(site, {
        title: `News of ${dayDisplay}`,
        description: `${list.length} ${list.length === 1 ? "story" : "stories"} and ${articleCount} ${articleCount === 1 ? "article" : "articles"} on ${dayDisplay}.`,
        path: url,
        jsonLd: collectionJsonLd(site, { name: `News of ${dayDisplay}`, url, items: list.map((card) => ({ name: card.headline, url: card.url })) }),
      }),
    };
  });
}

/** Every day of the archive, newest first, grouped by month. */
export function viewArchiveIndex(site: SiteSettings, days: readonly ArchiveDayView[]): ListPageView {
  const groups: ListPageView["groups"] = [];
  for (const day of [...days].reverse()) {
    const heading = MONTH.format(new Date(`${day.day}T00:00:00Z`));
    const entry = {
      name: day.dayDisplay,
      url: day.url,
      detail: `${day.stories.length} ${day.stories.length === 1 ? "story" : "stories"}, ${day.articleCount} ${day.articleCount === 1 ? "article" : "articles"}`,
    };
    const last = groups.at(-1);
    if (last && last.heading === heading) last.entries.push(entry);
    else groups.push({ heading, entries: [entry] });
  }
  const entries = groups.flatMap((group) => group.entries);
  return {
    url: SITE_PATHS.archive,
    groups,
    meta: pageMeta(site, {
      title: "Archive",
      description: "Every day's stories, by date.",
      path: SITE_PATHS.archive,
      jsonLd: collectionJsonLd(site, { name: "Archive", url: SITE_PATHS.archive, items: entries }),
    }),
  };
}
