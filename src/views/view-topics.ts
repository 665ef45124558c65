/** Topic pages and their index: the stories that mention a person, place or organisation, newest first. */
import type { Topic } from "../topics/collect-topics.ts";
import { collectionJsonLd } from "./json-ld.ts";
import { pageMeta } from "./page-meta.ts";
import type { ListPageView, SiteSettings, StoryCard, TopicView } from "./site-types.ts";
import { SITE_PATHS, topicUrl } from "../permalinks/site-urls.ts";
import { byRecency } from "./sort-stories.ts";

const stories = (count: number): string => `${count} ${count === 1 ? "story" : "stories"}`;

/** One page per topic. */
export function viewTopics(site: SiteSettings, topics: readonly Topic[], cards: ReadonlyMap<string, StoryCard>): TopicView[] {
  return topics.map((topic) => {
    const url = topicUrl(topic.slug);
    const list = topic.storyIds.flatMap((id) => cards.get(id) ?? []).sort(byRecency((card) => card.lastUpdated));
    return {
      slug: topic.slug,
      url,
      name: topic.name,
      stories: list,
      mentions: topic.mentions,
      meta: pageMeta(site, {
        title: topic.name,
        description: `${stories(list.length)} about ${topic.name}, with every outlet's coverage.`,
        path: url,
        jsonLd: collectionJsonLd(site, { name: topic.name, url, items: list.map((card) => ({ name: card.headline, url: card.url })) }),
      }),
    };
  });
}

/** The list of topics, most covered first (as collected). */
export function viewTopicIndex(site: SiteSettings, topics: readonly TopicView[]): ListPageView {
  const entries = topics.map((topic) => ({
    name: topic.name,
    url: topic.url,
    detail: `${stories(topic.stories.length)}, ${topic.mentions} ${topic.mentions === 1 ? "headline" : "headlines"}`,
  }));
  return {
    url: SITE_PATHS.topics,
    groups: [{ heading: null, entries }],
    meta: pageMeta(site, {
      title: "Topics",
      description: "People, places and organisations that recur in the news, with their stories.",
      path: SITE_PATHS.topics,
      jsonLd: collectionJsonLd(site, { name: "Topics", url: SITE_PATHS.topics, items: entries }),
    }),
  };
}
