/** Outlet pages and their index: each outlet's coverage, newest first, with the story each piece belongs to. */
import { collectionJsonLd } from "./json-ld.ts";
import type { Outlet } from "./collect-outlets.ts";
import { displayDate } from "./display-dates.ts";
import { pageMeta } from "./page-meta.ts";
import type { CoverageItem, ListPageView, OutletView, SiteSettings, StoryCard } from "./site-types.ts";
import { SITE_PATHS, articleUrl, outletUrl } from "../permalinks/site-urls.ts";
import { newestFirst } from "./sort-stories.ts";
import { labelTexts } from "./view-sources.ts";

/** One page per outlet. */
export function viewOutlets(site: SiteSettings, outlets: readonly Outlet[], cards: ReadonlyMap<string, StoryCard>): OutletView[] {
  return outlets.map((outlet) => {
    const url = outletUrl(outlet.slug);
    const items: CoverageItem[] = outlet.entries
      .flatMap(({ source, storyId }) => {
        const card = cards.get(storyId);
        if (!card) return [];
        const ours = source.articleId ? articleUrl(source.articleId) : null;
        return [{
          title: source.title,
          href: source.url ?? ours,
          articleUrl: source.url ? ours : null,
          date: source.date,
          dateDisplay: displayDate(source.date),
          labelTexts: labelTexts(source.labels),
          story: { url: card.url, headline: card.headline },
        }];
      })
      .sort((a, b) => newestFirst(a.date, b.date) || a.title.localeCompare(b.title, "en"));
    const storyCount = new Set(outlet.entries.map((entry) => entry.storyId)).size;
    return {
      slug: outlet.slug,
      url,
      name: outlet.name,
      items,
      storyCount,
      meta: pageMeta(site, {
        title: `Coverage by ${outlet.name}`,
        description: `${items.length} ${items.length === 1 ? "article" : "articles"} by ${outlet.name} in ${storyCount} ${storyCount === 1 ? "story" : "stories"}.`,
        path: url,
        jsonLd: collectionJsonLd(site, { name: `Coverage by ${outlet.name}`, url, items: items.map((item) => ({ name: item.title, url: item.story.url })) }),
      }),
    };
  });
}

/** The list of outlets, by name. */
export function viewOutletIndex(site: SiteSettings, outlets: readonly OutletView[]): ListPageView {
  const entries = outlets.map((outlet) => ({
    name: outlet.name,
    url: outlet.url,
    detail: `${outlet.items.length} ${outlet.items.length === 1 ? "article" : "articles"} in ${outlet.storyCount} ${outlet.storyCount === 1 ? "story" : "stories"}`,
  }));
  return {
    url: SITE_PATHS.outlets,
    groups: [{ heading: null, entries }],
    meta: pageMeta(site, {
      title: "Outlets",
      description: `The ${outlets.length} outlets whose coverage ${site.title} lists.`,
      path: SITE_PATHS.outlets,
      jsonLd: collectionJsonLd(site, { name: "Outlets", url: SITE_PATHS.outlets, items: entries }),
    }),
  };
}
