/** The home page and its following pages: the latest stories, and on the first page the most covered ones. */
import { siteJsonLd } from "./json-ld.ts";
import { pageMeta } from "./page-meta.ts";
import type { HomePageView, SiteSettings, StoryCard } from "./site-types.ts";
import { homePageUrl } from "../permalinks/site-urls.ts";

// Note: twenty stories a page, as news front pages show above a "more" link; a page stays light on a phone.
export const STORIES_PER_PAGE = 20;
// Note: the "most covered" box names a handful of stories, and only when the site has more stories than that box
// holds, so that it never repeats the whole front page.
const MOST_COVERED = 5;

/** Paginate the cards, newest first as given. */
export function viewHomePages(site: SiteSettings, cards: readonly StoryCard[]): HomePageView[] {
  const pageCount = Math.max(1, Math.ceil(cards.length / STORIES_PER_PAGE));
  const mostCovered = cards.length > MOST_COVERED
    ? [...cards].sort((a, b) => b.outletCount - a.outletCount || b.articleCount - a.articleCount || (a.id < b.id ? -1 : 1)).slice(0, MOST_COVERED)
    : [];
  return Array.from({ length: pageCount }, (_, index) => {
    const number = index + 1;
    const url = homePageUrl(number);
    return {
      url,
      number,
      pageCount,
      stories: cards.slice(index * STORIES_PER_PAGE, number * STORIES_PER_PAGE),
      mostCovered: number === 1 ? mostCovered : [],
      previous: number > 1 ? homePageUrl(number - 1) : null,
      next: number < pageCount ? homePageUrl(number + 1) : null,
      heading: number === 1 ? "Latest stories" : `Latest stories, page ${number} of ${pageCount}`,
      meta: pageMeta(site, {
        title: number === 1 ? site.title : `Latest stories, page ${number} of ${pageCount}`,
        isFrontPage: number === 1,
        path: url,
        jsonLd: number === 1 ? siteJsonLd(site) : null,
      }),
    };
  });
}
