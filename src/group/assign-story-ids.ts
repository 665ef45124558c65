/**
 * Gives stories ids that stay put: a story keeps the id of the story it continues, so its URL never changes as
 * articles are added; when two stories merge, the loser's id redirects to the winner; a new story's id is a slug
 * of its headline plus a short hash of its earliest article's id, never anything that depends on read order.
 */
import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";

/** Story id → member article ids, as last built; the build keeps it as a committed data file (`content/_stories.json`). */
export type StoryIdLedger = Readonly<Record<string, readonly string[]>>;

/** What `assignStoryIds` needs of a story: its members (oldest first) and a headline for a new id's slug. */
export interface StoryToName {
  articleIds: readonly string[];
  headline: string;
}

/** Ids in the order of the stories given, the ledger to keep, and the old ids that now point elsewhere. */
export interface StoryIdAssignment {
  ids: string[];
  ledger: Record<string, string[]>;
  redirects: Array<{ from: string; to: string }>;
}

// Note: long enough to read what the story is about in a URL, short enough to stay on one line in a link.
const MAX_SLUG_LENGTH = 60;
// Note: six hex digits (16.7 million values) keep two same-headline stories apart; lengthened on a clash.
const HASH_LENGTH = 6;

/**
 * Ids for `stories`. A story inherits the id of the previous story it shares most articles with (ties: the
 * smaller id); each previous id goes to one story at most, greatest overlap first. A previous story whose id
 * was not inherited redirects to the story holding most of its articles (none when all are gone).
 */
export function assignStoryIds(stories: readonly StoryToName[], previous: StoryIdLedger): StoryIdAssignment {
  const previousIds = Object.keys(previous).sort(compareStrings);
  const storyOf = new Map<string, string>();
  for (const id of previousIds) for (const article of previous[id] ?? []) if (!storyOf.has(article)) storyOf.set(article, id);

  // Overlaps of each story with each previous story, as (story, previous id, shared articles).
  const overlaps: Array<{ story: number; id: string; shared: number }> = [];
  const holdings = stories.map((story, index) => {
    const count = new Map<string, number>();
    for (const article of story.articleIds) {
      const id = storyOf.get(article);
      if (id !== undefined) count.set(id, (count.get(id) ?? 0) + 1);
    }
    for (const [id, shared] of count) overlaps.push({ story: index, id, shared });
    return count;
  });
  const firstArticle = (index: number): string => stories[index]?.articleIds[0] ?? "";
  overlaps.sort((x, y) => y.shared - x.shared || compareStrings(x.id, y.id) || compareStrings(firstArticle(x.story), firstArticle(y.story)));

  const ids: Array<string | undefined> = stories.map(() => undefined);
  const inherited = new Set<string>();
  for (const { story, id } of overlaps) {
    if (ids[story] !== undefined || inherited.has(id)) continue;
    ids[story] = id;
    inherited.add(id);
  }

  const taken = new Set([...previousIds, ...inherited]);
  const finalIds = ids.map((id, index) => {
    if (id !== undefined) return id;
    const fresh = newStoryId(stories[index] ?? { articleIds: [], headline: "" }, taken);
    taken.add(fresh);
    return fresh;
  });

  const redirects: Array<{ from: string; to: string }> = [];
  for (const id of previousIds) {
    if (inherited.has(id)) continue;
    let best = -1;
    for (const [index, count] of holdings.entries()) {
      const held = count.get(id) ?? 0;
      if (held > 0 && (best < 0 || held > (holdings[best]?.get(id) ?? 0))) best = index;
    }
    const to = finalIds[best];
    if (to !== undefined) redirects.push({ from: id, to });
  }

  const ledger: Record<string, string[]> = {};
  const order = finalIds.map((id, index) => ({ id, index })).sort((x, y) => compareStrings(x.id, y.id));
  for (const { id, index } of order) ledger[id] = [...(stories[index]?.articleIds ?? [])];
  return { ids: finalIds, ledger, redirects };
}

/** A URL-safe id from the headline's slug and a hash of the earliest article's id, unused so far. */
export function newStoryId(story: StoryToName, taken: ReadonlySet<string>): string {
  const slug = cut(slugify(story.headline, { decamelize: false }), MAX_SLUG_LENGTH) || "story";
  const hash = createHash("sha256").update(story.articleIds[0] ?? "").digest("hex");
  for (let length = HASH_LENGTH; length <= hash.length; length += 2) {
    const id = `${slug}-${hash.slice(0, length)}`;
    if (!taken.has(id)) return id;
  }
  // Only reached when 30 hash lengths all clash: a ledger edited by hand. Count up instead.
  let n = 2;
  while (taken.has(`${slug}-${hash}-${n}`)) n++;
  return `${slug}-${hash}-${n}`;
}

/** `slug` cut to at most `max` characters at a hyphen, so no word is broken. */
function cut(slug: string, max: number): string {
  const safe = slug.replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  if (safe.length <= max) return safe;
  const head = safe.slice(0, max + 1);
  const at = head.lastIndexOf("-");
  return (at > 0 ? head.slice(0, at) : safe.slice(0, max)).replace(/-+$/, "");
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A ledger read from its data file, validated: an object of story id → array of article ids. Entries of any other
 * shape are dropped (a hand-edited file must not break the build), and `null` stands for no usable ledger.
 */
export function parseStoryIdLedger(value: unknown): StoryIdLedger | null {
  if (!isRecord(value)) return null;
  const ledger: Record<string, string[]> = {};
  for (const [id, members] of Object.entries(value)) {
    if (!/^[a-z0-9-]+$/.test(id) || !Array.isArray(members)) continue;
    ledger[id] = members.filter((m): m is string => typeof m === "string");
  }
  return ledger;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
