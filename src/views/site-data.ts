/** The data templates receive: composes the page views of src/views/ into one object, `roundup`. */
import type { Article, Story } from "../types.ts";
import { collectOutlets } from "./collect-outlets.ts";
import { collectTopics } from "../topics/collect-topics.ts";
import { siteFeeds } from "./page-meta.ts";
import { relateStories } from "./relate-stories.ts";
import type { SiteData, SiteSettings, StoryCard } from "./site-types.ts";
import { SITE_PATHS, topicUrl } from "../permalinks/site-urls.ts";
import { byRecency } from "./sort-stories.ts";
import { storyCard } from "./story-cards.ts";
import { viewArchiveDays, viewArchiveIndex } from "./view-archive.ts";
import { viewArticle } from "./view-article.ts";
import { viewNotFoundPage, viewSearchPage } from "./view-fixed-pages.ts";
import { viewHomePages } from "./view-home.ts";
import { viewOutletIndex, viewOutlets } from "./view-outlets.ts";
import { viewStory } from "./view-story.ts";
import { viewTopicIndex, viewTopics } from "./view-topics.ts";
import { type Redirects, redirectViews } from "../permalinks/redirect-views.ts";

export type { SiteData, SiteSettings } from "./site-types.ts";

/**
 * Turn articles and stories into template data; lists newest first (stories an editor pinned lead, in their
 * order), pages in a stable order. `redirects` maps old story and article ids to where they now live.
 */
export function buildSiteData(settings: SiteSettings, articles: readonly Article[], input: readonly Story[], redirects: Redirects = { stories: {}, articles: {} }): SiteData {
  const recency = byRecency((story: Story) => story.lastUpdated);
  const pinOf = (story: Story): number => story.pin ?? Number.POSITIVE_INFINITY;
  const stories = [...input].sort((a, b) => pinOf(a) - pinOf(b) || recency(a, b));
  const cards = new Map<string, StoryCard>(stories.map((story) => [story.id, { ...storyCard(story), pinned: story.pin !== undefined }]));
  const cardOf = (id: string): StoryCard[] => {
    const card = cards.get(id);
    return card ? [card] : [];
  };
  const outletIndex = collectOutlets(stories);
  const topicIndex = collectTopics(stories);
  const topicsBySlug = new Map(topicIndex.topics.map((topic) => [topic.slug, topic]));
  const topicSlugOfName = new Map(topicIndex.topics.map((topic) => [topic.name.toLowerCase(), topic.slug]));
  const related = relateStories(stories, topicIndex);

  const storyViews = stories.map((story) =>
    viewStory(story, cards.get(story.id) ?? storyCard(story), {
      site: settings,
      slugOfOutlet: outletIndex.slugOfName,
      topics: (topicIndex.byStory.get(story.id) ?? []).flatMap((slug) => {
        const topic = topicsBySlug.get(slug);
        return topic ? [{ name: topic.name, url: topicUrl(topic.slug) }] : [];
      }),
      topicUrlOf: (name) => {
        const slug = topicSlugOfName.get(name.toLowerCase());
        return slug ? topicUrl(slug) : null;
      },
      related: (related.get(story.id) ?? []).flatMap(cardOf),
    }),
  );

  const storyOfArticle = new Map<string, Story>();
  for (const story of stories) for (const id of story.articleIds) storyOfArticle.set(id, story);
  const articleViews = [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((article) => {
      const story = storyOfArticle.get(article.id) ?? null;
      return viewArticle(settings, article, story, story ? cards.get(story.id) ?? null : null, outletIndex.slugOfName);
    });

  const outlets = viewOutlets(settings, outletIndex.outlets, cards);
  const topics = viewTopics(settings, topicIndex.topics, cards);
  const archiveDays = viewArchiveDays(settings, stories, cards);
  return {
    site: {
      ...settings,
      feeds: siteFeeds(settings),
      nav: [
        { name: "Latest", url: "/" },
        { name: "Topics", url: SITE_PATHS.topics },
        { name: "Outlets", url: SITE_PATHS.outlets },
        { name: "Archive", url: SITE_PATHS.archive },
        { name: "Search", url: SITE_PATHS.search },
      ],
    },
    homePages: viewHomePages(settings, stories.flatMap((story) => cardOf(story.id))),
    stories: storyViews,
    articles: articleViews,
    outlets,
    topics,
    archiveDays,
    outletIndex: [viewOutletIndex(settings, outlets)],
    topicIndex: [viewTopicIndex(settings, topics)],
    archiveIndex: [viewArchiveIndex(settings, archiveDays)],
    searchPage: [viewSearchPage(settings, { stories: storyViews.length, articles: articleViews.length }, outlets, archiveDays.map((day) => day.day))],
    notFoundPage: [viewNotFoundPage(settings)],
    redirects: redirectViews(settings, redirects, stories, articles),
  };
}
