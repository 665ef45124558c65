/** Related stories: other stories sharing topics or grouping terms, rarer ones counting for more. */
import type { Story } from "../types.ts";
import type { TopicIndex } from "../topics/collect-topics.ts";
import { byRecency } from "./sort-stories.ts";

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
  for (const story of stories) {
    for (const key of keysOf.get(story.id)?.keys() ?? []) {
      const list = storiesOf.get(key);
      if (list) list.push(story.id);
      else storiesOf.set(key, [story.id]);
    }
  }
  // Ties go to the most recently updated story, then the lower id: one rank per story, computed once.
  const recency = new Map([...stories].sort(byRecency((story: Story) => story.lastUpdated)).map((story, rank) => [story.id, rank]));
  const rankOf = (id: string): number => recency.get(id) ?? Number.MAX_SAFE_INTEGER;
  const related = new Map<string, string[]>();
  for (const story of stories) {
    const scores = new Map<string, number>();
    for (const [key, weight] of keysOf.get(story.id) ?? []) {
      const idf = 1 / Math.log2(1 + (frequency.get(key) ?? 1));
      for (const other of storiesOf.get(key) ?? []) if (other !== story.id) scores.set(other, (scores.get(other) ?? 0) + weight * idf);
    }
    related.set(story.id, best(scores, rankOf));
  }
  return related;
}

/** The `MAX_RELATED` highest scores, ties by rank; one pass, without sorting every candidate. */
function best(scores: ReadonlyMap<string, number>, rankOf: (id: string) => number): string[] {
  const top: Array<{ id: string; score: number; rank: number }> = [];
  const before = (a: { score: number; rank: number }, b: { score: number; rank: number }): boolean => a.score > b.score || (a.score === b.score && a.rank < b.rank);
  for (const [id, score] of scores) {
    const entry = { id, score, rank: rankOf(id) };
    const last = top.at(-1);
    if (top.length === MAX_RELATED && last && !before(entry, last)) continue;
    let at = top.length;
    while (at > 0 && before(entry, top[at - 1] as { score: number; rank: number })) at -= 1;
    top.splice(at, 0, entry);
    if (top.length > MAX_RELATED) top.pop();
  }
  return top.map((entry) => entry.id);
}
