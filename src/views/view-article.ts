/** An article page's data: the cleaned body, who published it, and the story it belongs to. */
import { UNKNOWN_OUTLET } from "../stories/build-stories.ts";
import type { Article, Source, Story } from "../types.ts";
import { dayOf, displayDate } from "./display-dates.ts";
import { articleJsonLd } from "./json-ld.ts";
import { pageMeta } from "./page-meta.ts";
import type { ArticleView, SiteSettings, StoryCard } from "./site-types.ts";
import { articleUrl, hrefUrl, outletUrl, storyFeedUrl } from "../permalinks/site-urls.ts";
import { labelTexts, viewSource } from "./view-sources.ts";

// Note: a summary is not shown above a text that opens with it (a saved page's standfirst, a feed item whose
// description is its first paragraph); compared on its opening, since descriptions are often cut short.
const SUMMARY_OPENING = 60;

/** Whether the text opens with the summary, within its first paragraphs. */
function opensWith(text: string, summary: string | null): boolean {
  const fold = (value: string): string => value.replace(/\s+/g, " ").trim();
  const opening = fold(summary ?? "").slice(0, SUMMARY_OPENING);
  return opening !== "" && fold(text.slice(0, 4 * SUMMARY_OPENING + (summary ?? "").length)).includes(opening);
}

// Note: an article page points to a few other outlets' takes; the story page has them all.
const ALSO_COVERING = 5;

/** Build an article page's data; `story` and `card` are the story it belongs to, if any. */
export function viewArticle(site: SiteSettings, article: Article, story: Story | null, card: StoryCard | null, slugOfOutlet: ReadonlyMap<string, string>): ArticleView {
  const sources = story?.sources ?? [];
  const own = sources.find((source) => source.articleId === article.id) ?? null;
  const named = own?.publisher ?? article.publisher;
  const outlet = named && named !== UNKNOWN_OUTLET ? named : null;
  const slug = outlet ? slugOfOutlet.get(outlet) : undefined;
  const url = articleUrl(article.id);
  const day = dayOf(article.date);
  const image = article.image && !/^https?:/.test(article.image) ? `/media/${article.image}` : article.image;
  const updatedDisplay = article.updated && displayDate(article.updated) !== displayDate(article.date) ? displayDate(article.updated) : null;
  // Note: the first few only, not a filtered copy of every source: each member of a story of hundreds would copy it.
  const others: Source[] = [];
  for (const source of sources) {
    if (others.length >= ALSO_COVERING) break;
    if (source.articleId !== article.id && (outlet === null || source.publisher !== outlet)) others.push(source);
  }
  return {
    id: article.id,
    url,
    file: article.file,
    title: article.title,
    outlet,
    outletUrl: slug ? outletUrl(slug) : null,
    author: article.author,
    date: article.date,
    dateDisplay: displayDate(article.date),
    updated: updatedDisplay ? article.updated : null,
    updatedDisplay,
    credit: article.credit && article.credit !== outlet ? article.credit : null,
    dateline: article.dateline,
    summary: opensWith(article.text, article.summary) ? null : article.summary,
    originalUrl: article.url,
    image,
    html: article.html,
    labelTexts: labelTexts(own?.labels ?? []),
    story: story && card ? { url: card.url, headline: card.headline, outletCount: card.outletCount, articleCount: card.articleCount } : null,
    alsoCovering: others.map((source) => viewSource(source, slugOfOutlet)),
    meta: pageMeta(site, {
      title: article.title,
      description: article.summary ?? article.text.slice(0, 300),
      path: url,
      ogType: "article",
      image,
      jsonLd: articleJsonLd(site, { title: article.title, href: article.url ?? url, date: article.date, outlet, author: article.author }),
      feeds: story
        ? [
            { type: "application/atom+xml", title: `Follow this story: ${story.headline} (Atom)`, href: hrefUrl(site, storyFeedUrl(story.id, "atom")) },
            { type: "application/feed+json", title: `Follow this story: ${story.headline} (JSON Feed)`, href: hrefUrl(site, storyFeedUrl(story.id, "json")) },
          ]
        : [],
      searchable: true,
      filters: { outlet: outlet ? [outlet] : [], day: day ? [day] : [], kind: "Article", dateText: displayDate(article.date) ?? "" },
    }),
  };
}
