/**
 * Article URLs that outlive a changed title: an article's id (and so `/articles/<id>/`) comes from its title and
 * its file, so a corrected title or better extraction gives it a new id. The ids of the last build are kept by file
 * in `_stories.json`; when a file's id changes, the old URL redirects to the new one, and stays a redirect.
 */
import type { Article } from "../types.ts";

/** Article ids by file, and old article id → live article id. */
export interface ArticleUrls {
  ids: Record<string, string>;
  redirects: Record<string, string>;
}

/** No articles seen yet. */
export const NO_ARTICLE_URLS: ArticleUrls = { ids: {}, redirects: {} };

/** This build's ids and redirects, given the saved ones; `added` are the old ids that became redirects now. */
export function trackArticleUrls(saved: ArticleUrls, articles: readonly Article[]): { urls: ArticleUrls; added: string[] } {
  const live = new Set(articles.map((article) => article.id));
  const idOf = new Map(articles.map((article) => [article.file, article.id]));
  const renamed: Record<string, string> = {};
  for (const [file, oldId] of Object.entries(saved.ids)) {
    const id = idOf.get(file);
    if (id !== undefined && id !== oldId && !live.has(oldId)) renamed[oldId] = id;
  }
  const redirects: Record<string, string> = { ...renamed };
  for (const [from, to] of Object.entries(saved.redirects)) {
    const target = live.has(to) ? to : Object.hasOwn(renamed, to) ? renamed[to] : undefined;
    if (target !== undefined && !live.has(from) && !Object.hasOwn(redirects, from)) redirects[from] = target;
  }
  const ids = Object.fromEntries([...idOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const sorted = Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { urls: { ids, redirects: sorted }, added: Object.keys(renamed).filter((from) => !Object.hasOwn(saved.redirects, from)).sort() };
}
