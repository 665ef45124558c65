/** Pages without data of their own: search and "not found". */
import { pageMeta } from "./page-meta.ts";
import type { ListPageView, OutletView, SiteData, SiteSettings } from "./site-types.ts";
import { SITE_PATHS } from "../permalinks/site-urls.ts";

/** The search page: the outlets and the span of days its filters offer. */
export function viewSearchPage(site: SiteSettings, counts: { stories: number; articles: number }, outlets: readonly OutletView[], days: readonly string[]): SiteData["searchPage"][0] {
  const sorted = [...days].sort();
  return {
    hint: `Finds words in ${counts.stories} ${counts.stories === 1 ? "story" : "stories"} and ${counts.articles} ${counts.articles === 1 ? "article" : "articles"}; narrow down by outlet, kind and date.`,
    url: SITE_PATHS.search,
    groups: [],
    outlets: outlets.map((outlet) => outlet.name),
    firstDay: sorted[0] ?? null,
    lastDay: sorted.at(-1) ?? null,
    meta: pageMeta(site, { title: "Search", description: `Search every story and article on ${site.title}.`, path: SITE_PATHS.search }),
  };
}

/** The 404 page, with ways back into the site. */
export function viewNotFoundPage(site: SiteSettings): ListPageView {
  return {
    url: SITE_PATHS.notFound,
    groups: [{ heading: null, entries: [
      { name: "Latest stories", url: "/", detail: "" },
      { name: "Search", url: SITE_PATHS.search, detail: "" },
      { name: "Archive", url: SITE_PATHS.archive, detail: "" },
    ] }],
    meta: pageMeta(site, { title: "Page not found", path: SITE_PATHS.notFound }),
  };
}
