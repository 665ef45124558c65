/**
 * Finds pairs of articles that belong together whatever their wording: the same canonical URL, an aggregator item
 * and the coverage it lists (matched by URL, or by title since aggregator links are redirects), two aggregator
 * items listing the same coverage, and republished copy (a wire story run by several outlets).
 */
import type { ArticleFeatures } from "./featurize-articles.ts";
import { countCommon } from "./sorted-lists.ts";

/** Why two articles are linked. */
export type LinkKind = "same-url" | "related-coverage" | "republished";

/**
 * An explicit link between the articles at indices `i` < `j`. For related coverage, `listing` is the aggregator
 * item and the position in its list of the entry that matched.
 */
export interface ExplicitLink {
  i: number;
  j: number;
  kind: LinkKind;
  listing: { item: number; entry: number } | null;
}

// Note: a listed title matches an article's title when at least this share of the shorter one's terms are in the
// longer one ("Korea's Lee, in Beijing, sees full restoration…" inside "South Korea's Lee Jae Myung in Beijing,
// sees full restoration…"), and the two overlap this much overall (Dice), so a short title inside a long one on
// another angle does not match.
const TITLE_CONTAINMENT = 0.8;
const TITLE_DICE = 0.6;
const MIN_TITLE_TERMS = 4;
// Note: two leads sharing half their 4-term shingles are one text lightly edited: wire copy republished.
const REPUBLISHED_JACCARD = 0.5;
// Note: a related title is looked up through its rarest term; a term in more titles than this is no lookup key.
const MAX_TITLE_POSTING = 1000;

/** Explicit links among `features`, sorted by `i`, `j`, kind; `candidates` bounds the republished-copy check. */
export function findExplicitLinks(features: readonly ArticleFeatures[], candidates: ReadonlyArray<readonly [number, number]>): ExplicitLink[] {
  const links = new Map<string, ExplicitLink>();
  const add = (x: number, y: number, kind: LinkKind, listing: ExplicitLink["listing"] = null): void => {
    if (x === y) return;
    const [i, j] = x < y ? [x, y] : [y, x];
    const key = `${i} ${j} ${kind}`;
    if (!links.has(key)) links.set(key, { i, j, kind, listing });
  };

  // Note: a bare host (`example.com`) is a home page, which many files may give as their URL: it names no article.
  const byUrl = groupBy(features, (f) => (f.canonicalUrl === null || !f.canonicalUrl.includes("/") ? [] : [f.canonicalUrl]));
  for (const members of byUrl.values()) for (const other of members.slice(1)) add(members[0] ?? other, other, "same-url");

  // The title index is only needed when some article lists related coverage (an aggregator item).
  const listing = features.some((f) => f.relatedTitles.length > 0);
  const byTitleTerm = listing ? groupBy(features, (f) => [...new Set(f.titleTerms)]) : new Map<string, number[]>();
  // Two aggregator items listing the same coverage (same URL or same title) are about one story.
  const firstLister = new Map<string, number>();
  const listedTwice = (key: string, item: number, entry: number): void => {
    const earlier = firstLister.get(key);
    if (earlier === undefined) firstLister.set(key, item);
    else add(earlier, item, "related-coverage", { item, entry });
  };
  for (const item of features) {
    for (const [entry, url] of item.relatedUrls.entries()) {
      if (url === null) continue;
      listedTwice(`url ${url}`, item.index, entry);
      for (const other of byUrl.get(url) ?? []) add(item.index, other, "related-coverage", { item: item.index, entry });
    }
    for (const [entry, terms] of item.relatedTitles.entries()) {
      if (terms.length < MIN_TITLE_TERMS) continue;
      listedTwice(`title ${terms.join(" ")}`, item.index, entry);
      for (const other of titleMatches(terms, features, byTitleTerm)) add(item.index, other, "related-coverage", { item: item.index, entry });
    }
  }

  for (const [i, j] of candidates) {
    const a = features[i];
    const b = features[j];
    if (a && b && jaccard(a.shingles, b.shingles) >= REPUBLISHED_JACCARD) add(i, j, "republished");
  }
  return [...links.values()].sort((x, y) => x.i - y.i || x.j - y.j || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
}

/** Articles whose title matches the listed title `terms`. */
function titleMatches(terms: readonly string[], features: readonly ArticleFeatures[], byTitleTerm: ReadonlyMap<string, number[]>): number[] {
  const listed = new Set(terms);
  const keys = [...listed].filter((t) => (byTitleTerm.get(t)?.length ?? 0) > 0);
  keys.sort((x, y) => (byTitleTerm.get(x)?.length ?? 0) - (byTitleTerm.get(y)?.length ?? 0) || (x < y ? -1 : 1));
  const rarest = keys[0];
  const candidates = rarest === undefined ? [] : (byTitleTerm.get(rarest) ?? []);
  if (candidates.length > MAX_TITLE_POSTING) return [];
  const matches: number[] = [];
  for (const index of candidates) {
    const title = new Set(features[index]?.titleTerms ?? []);
    if (title.size < MIN_TITLE_TERMS) continue;
    let shared = 0;
    for (const term of listed) if (title.has(term)) shared++;
    const containment = shared / Math.min(listed.size, title.size);
    const dice = (2 * shared) / (listed.size + title.size);
    if (containment >= TITLE_CONTAINMENT && dice >= TITLE_DICE) matches.push(index);
  }
  return matches;
}

function groupBy(features: readonly ArticleFeatures[], keysOf: (f: ArticleFeatures) => readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const f of features) {
    for (const key of keysOf(f)) {
      const members = groups.get(key);
      if (members) members.push(f.index);
      else groups.set(key, [f.index]);
    }
  }
  return groups;
}

// Note: the smallest hashes of each list form a bottom-k sketch; two lists sharing half their shingles share one
// of their 8 smallest with probability above 99.6%, so pairs whose sketches share none are not compared in full.
const SKETCH = 8;

/** Jaccard similarity of two ascending, distinct hash lists; 0 when either is empty or the sketches rule it out. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (!sketchesMeet(a.subarray(0, SKETCH), b.subarray(0, SKETCH))) return 0;
  const shared = countCommon(a, b);
  return shared / (a.length + b.length - shared);
}

function sketchesMeet(a: Uint32Array, b: Uint32Array): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}
