/**
 * Stable story ids across builds:
 * clusters and the previous build's ledger in, ids, the new ledger and redirects out. A story keeps its id while it
 * keeps most of its articles; when stories merge, the others' ids redirect to the survivor.
 */
import type { StoryCluster } from "../group/group-articles.ts";
import { SAFE_ID, shortHash } from "./article-ids.ts";

/** What the build remembers between runs (`content/_stories.json`): story id → member article ids, old id → new id. */
export interface StoryIdLedger {
  stories: Record<string, string[]>;
  redirects: Record<string, string>;
}

/** Ids in cluster order, the ledger to save, and every redirect (old id → live id). */
export interface StoryIdAssignment {
  ids: string[];
  ledger: StoryIdLedger;
  redirects: Record<string, string>;
}

/** An empty ledger, for a first build. */
export const EMPTY_LEDGER: StoryIdLedger = { stories: {}, redirects: {} };

/** Give each cluster an id: the previous id of the story it continues (largest overlap first), else a new one. */
export function assignStoryIds(clusters: readonly StoryCluster[], previous: StoryIdLedger): StoryIdAssignment {
  const memberOf = new Map<string, string>();
  for (const [id, members] of Object.entries(previous.stories)) for (const article of members) memberOf.set(article, id);
  const overlaps: Array<{ cluster: number; story: string; shared: number }> = [];
  clusters.forEach((cluster, index) => {
    const counts = new Map<string, number>();
    for (const article of cluster.articleIds) {
      const story = memberOf.get(article);
      if (story !== undefined) counts.set(story, (counts.get(story) ?? 0) + 1);
    }
    for (const [story, shared] of counts) overlaps.push({ cluster: index, story, shared });
  });
  overlaps.sort((a, b) => b.shared - a.shared || (a.story < b.story ? -1 : a.story > b.story ? 1 : 0) || a.cluster - b.cluster);
  const ids: Array<string | undefined> = clusters.map(() => undefined);
  const claimed = new Set<string>();
  for (const { cluster, story } of overlaps) {
    if (ids[cluster] !== undefined || claimed.has(story)) continue;
    ids[cluster] = story;
    claimed.add(story);
  }
  const taken = new Set([...Object.keys(previous.stories), ...Object.keys(previous.redirects)]);
  const final = clusters.map((cluster, index) => ids[index] ?? freshId(cluster.articleIds[0] ?? `story-${index}`, taken));
  const redirects: Record<string, string> = {};
  for (const { cluster, story } of overlaps) {
    if (!claimed.has(story) && redirects[story] === undefined) redirects[story] = final[cluster] ?? "";
  }
  const live = new Set(final);
  for (const [from, to] of Object.entries(previous.redirects)) {
    const target = live.has(to) ? to : redirects[to];
    if (target !== undefined && !live.has(from) && redirects[from] === undefined) redirects[from] = target;
  }
  const stories: Record<string, string[]> = {};
  final.forEach((id, index) => (stories[id] = [...(clusters[index]?.articleIds ?? [])].sort()));
  const sortedRedirects = sortKeys(redirects);
  return { ids: final, ledger: { stories: sortKeys(stories), redirects: sortedRedirects }, redirects: sortedRedirects };
}

// Note: a new story's id reads like its first article's (the article id minus its hash), so that URLs say what
// the story is about; the hash keeps it apart from every id the ledger has ever used.
function freshId(firstArticleId: string, taken: Set<string>): string {
  const base = firstArticleId.replace(/-[0-9a-f]{6,16}$/, "").slice(0, 60).replace(/-+$/, "") || "story";
  for (let length = 6; length <= 16; length += 2) {
    const id = `${base}-${shortHash(`story:${firstArticleId}`, length)}`;
    if (!taken.has(id) && SAFE_ID.test(id)) {
      taken.add(id);
      return id;
    }
  }
  throw new Error(`could not give the story of ${firstArticleId} a unique id`);
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
