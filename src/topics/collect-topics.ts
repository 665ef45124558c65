/**
 * Topics recurring across the site: the grouping engine's shared entities when it recorded them, otherwise the names
 * in the headlines of each story's coverage. A topic gets a page when enough articles mention it.
 */
import { SAFE_ID, slugOf } from "../permalinks/article-ids.ts";
import type { Story } from "../types.ts";
import { type NameEvidence, extractTopics, nameEvidence } from "./extract-topics.ts";
import { MIN_TOPIC_ARTICLES } from "./topic-patterns.ts";

/** One topic and the stories that mention it. */
export interface Topic {
  slug: string;
  name: string;
  /** Stories mentioning it, in the order the stories were given. */
  storyIds: string[];
  /** Headlines mentioning it, site-wide. */
  mentions: number;
}

/** Every topic with a page, and each story's topics (slugs, most mentioned first). */
export interface TopicIndex {
  topics: Topic[];
  byStory: Map<string, string[]>;
}

/** Names of one story with how many of its headlines carry each; a name inside exactly one longer name joins it. */
function storyNames(story: Story, evidence: NameEvidence): Map<string, number> {
  const titles = story.sources.map((source) => source.title);
  const counts = new Map<string, number>();
  if (story.evidence.sharedEntities.length > 0) {
    for (const entity of story.evidence.sharedEntities) {
      const lower = entity.toLowerCase();
      counts.set(entity, Math.max(MIN_TOPIC_ARTICLES, titles.filter((t) => t.toLowerCase().includes(lower)).length));
    }
    return counts;
  }
  for (const title of titles) for (const name of extractTopics(title, evidence)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.keys()].sort((a, b) => a.split(" ").length - b.split(" ").length || (a < b ? -1 : 1));
  for (const name of names) {
    const padded = ` ${name} `;
    const longer = names.filter((other) => other !== name && ` ${other} `.includes(padded) && counts.has(other));
    if (longer.length !== 1 || !longer[0]) continue;
    counts.set(longer[0], (counts.get(longer[0]) ?? 0) + (counts.get(name) ?? 0));
    counts.delete(name);
  }
  return counts;
}

/** Collect the site's topics from its stories. */
export function collectTopics(stories: readonly Story[]): TopicIndex {
  const evidence = nameEvidence(stories.flatMap((story) => story.sources.map((source) => source.title)));
  const bySlug = new Map<string, { spellings: Map<string, number>; stories: Map<string, number>; mentions: number }>();
  for (const story of stories) {
    for (const [name, count] of storyNames(story, evidence)) {
      const slug = slugOf(name);
      if (!SAFE_ID.test(slug)) continue;
      const entry = bySlug.get(slug) ?? { spellings: new Map(), stories: new Map(), mentions: 0 };
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + count);
      entry.stories.set(story.id, (entry.stories.get(story.id) ?? 0) + count);
      entry.mentions += count;
      bySlug.set(slug, entry);
    }
  }
  const topics: Topic[] = [];
  const byStory = new Map<string, Array<[string, number]>>();
  for (const [slug, entry] of [...bySlug].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (entry.mentions < MIN_TOPIC_ARTICLES) continue;
    const name = [...entry.spellings].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? slug;
    const storyIds = stories.filter((story) => entry.stories.has(story.id)).map((story) => story.id);
    topics.push({ slug, name, storyIds, mentions: entry.mentions });
    for (const [storyId, count] of entry.stories) byStory.set(storyId, [...(byStory.get(storyId) ?? []), [slug, count]]);
  }
  topics.sort((a, b) => b.storyIds.length - a.storyIds.length || b.mentions - a.mentions || a.name.localeCompare(b.name, "en"));
  const ordered = new Map([...byStory].map(([id, list]) => [id, list.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([slug]) => slug)]));
  return { topics, byStory: ordered };
}
