/** Related stories: other stories sharing topics or grouping terms, rarer ones counting for more. */
import type { Story } from "../types.ts";
import type { TopicIndex } from "./collect-topics.ts";
import { newestFirst } from "./sort-stories.ts";

// Note: a story page lists a handful of related stories; more turns into a second front page.
export const MAX_RELATED = 5;
// Note: a shared grouping term is weaker evidence of a common subject than a shared name.
const TERM_WEIGHT = 0.5;

/** Each story's related story ids, best first (score, then most recently updated, then id). */
export function relateStories(stories: readonly Story[], topics: TopicIndex): Map<string, string[]> {
  const keysOf = new Map<string, Map<string, number>>();
  const frequency = new Map<string, number>();
  for (const story of stories) {
    const keys = new Map<string, number>();
    for (const slug of topics.byStory.get(story.id) ?? []) keys.set(`topic:${slug}`, 1);
    for (const term of story.evidence.sharedTerms) keys.set(`term:${term.toLowerCase()}`, TERM_WEIGHT);
    keysOf.set(story.id, keys);
    for (const key of keys.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  // Inverted lists keep this linear in the number of shared keys rather than quadratic in stories.
  const storiesOf = new Map<string, string[]>();
  for (const story of stories) for (const key of keysOf.get(story.id)?.keys() ?? []) storiesOf.set(key, [...(storiesOf.get(key) ?? []), story.id]);
  const byId = new Map(stories.map((story) => [story.id, story]));
  const related = new Map<string, string[]>();
  for (const story of stories) {
    const scores = new Map<string, number>();
    for (const [key, weight] of keysOf.get(story.id) ?? []) {
      const idf = 1 / Math.log2(1 + (frequency.get(key) ?? 1));
      for (const other of storiesOf.get(key) ?? []) if (other !== story.id) scores.set(other, (scores.get(other) ?? 0) + weight * idf);
    }
    const ranked = [...scores]
      .sort(([a, x], [b, y]) => y - x || newestFirst(byId.get(a)?.lastUpdated ?? null, byId.get(b)?.lastUpdated ?? null) || (a < b ? -1 : 1))
      .slice(0, MAX_RELATED)
      .map(([id]) => id);
    related.set(story.id, ranked);
  }
  return related;
}
