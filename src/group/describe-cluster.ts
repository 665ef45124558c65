/**
 * Says why a story's articles were grouped (for the story page's disclosure) and which member's title best names
 * it: the entities and words its members share, the explicit links among them, and the time they span.
 */
import { dateValue } from "../dates.ts";
import type { Article, StoryEvidence } from "../types.ts";
import type { FeatureSet } from "./featurize-articles.ts";
import type { ExplicitLink } from "./find-explicit-links.ts";

// Note: a disclosure lists what a reader can check at a glance; more than eight names or words is noise.
const MAX_SHARED = 8;
// Note: a 300-article story has hundreds of links; the first 20 make the point.
const MAX_LINKS = 20;

/** What `describeCluster` reads: the id-sorted articles, their features and the explicit links among the members. */
export interface ClusterContext {
  articles: readonly Article[];
  featureSet: FeatureSet;
  links: readonly ExplicitLink[];
  /** Work space one entry per vocabulary term, all zero between calls (from `describeScratch`), reused for speed. */
  scratch: { holders: Int32Array; weights: Float64Array };
}

/** Zeroed work space for `describeCluster`, sized to the vocabulary. */
export function describeScratch(featureSet: FeatureSet): ClusterContext["scratch"] {
  return { holders: new Int32Array(featureSet.vocabulary.length), weights: new Float64Array(featureSet.vocabulary.length) };
}

/** The headline and the evidence of the story made of `members` (indices into `context.articles`, oldest first). */
export function describeCluster(members: readonly number[], context: ClusterContext): { headline: string; evidence: StoryEvidence } {
  const { articles, featureSet } = context;
  const { vocabulary, documentFrequency, surfaces } = featureSet;
  if (members.length === 1) {
    // A story of one shares nothing with anyone: most stories of a large folder, so no work is spent on them.
    const article = articles[members[0] ?? 0];
    const date = dateValue(article?.date) === null ? null : (article?.date ?? null);
    return { headline: article?.title.trim() ?? "", evidence: { sharedEntities: [], sharedTerms: [], links: [], span: { from: date, to: date } } };
  }

  // One pass over the members' terms: how many members hold each term, and the story's centroid (for the headline).
  const { holders, weights } = context.scratch;
  const touched = tally(members, featureSet, context.scratch);
  const headline = headlineOf(members, context);
  // Terms and entities shared by at least two members, most widely shared first, then the rarer.
  const shared = touched
    .filter((term) => holders[term]! >= 2)
    .sort((x, y) => holders[y]! - holders[x]! || (documentFrequency[x] ?? 0) - (documentFrequency[y] ?? 0) || x - y)
    .map((term) => vocabulary[term] ?? "");
  for (const term of touched) {
    holders[term] = 0;
    weights[term] = 0;
  }
  // A name inside a longer shared name ("Lee" in "Lee Jae Myung") says nothing more. Only the leading names are
  // compared, so that a 300-article story costs no more than a small one.
  const names = shared
    .filter((t) => t.startsWith("e:"))
    .slice(0, 4 * MAX_SHARED)
    .map((t) => t.slice(2));
  const words = names.map((name) => name.split(" "));
  const wordSets = words.map((w) => new Set(w));
  const inLonger = (k: number): boolean =>
    words.some((longer, m) => longer.length > (words[k]?.length ?? 0) && (words[k] ?? []).every((w) => wordSets[m]?.has(w)));
  const sharedEntities = names
    .filter((_, k) => !inLonger(k))
    .slice(0, MAX_SHARED)
    .map((n) => `e:${n}`);
  const entityWords = new Set(sharedEntities.flatMap((e) => e.slice(2).split(" ")));
  const sharedTerms = shared
    .filter((t) => !t.startsWith("e:") && !entityWords.has(surfaces.get(t) ?? t))
    .slice(0, MAX_SHARED)
    .map((t) => surfaces.get(t) ?? t);

  const links = context.links.slice(0, MAX_LINKS).map((link) => describeLink(link, articles));

  // Members come oldest first, undated last: the span runs from the first dated member to the last.
  const dates = members.map((i) => articles[i]?.date ?? null).filter((d): d is string => dateValue(d) !== null);

  return {
    headline,
    evidence: {
      sharedEntities: sharedEntities.map((e) => surfaces.get(e) ?? e.slice(2)),
      sharedTerms,
      links,
      span: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    },
  };
}

/** Adds the members' terms into `scratch` (holder counts and summed weights); returns the terms touched. */
function tally(members: readonly number[], { features }: FeatureSet, { holders, weights }: ClusterContext["scratch"]): number[] {
  const touched: number[] = [];
  for (const index of members) {
    const vector = features[index]?.vector;
    if (vector === undefined) continue;
    const terms = vector.terms;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      if (holders[term] === 0) touched.push(term);
      holders[term]!++;
      weights[term]! += vector.weights[k]!;
    }
  }
  return touched;
}

/** The title of the member closest to the story's centroid (in `scratch.weights`): the one that says what the others say. */
function headlineOf(members: readonly number[], { articles, featureSet, scratch }: ClusterContext): string {
  let best: { score: number; title: string; index: number } | null = null;
  for (const index of members) {
    const title = articles[index]?.title.trim() ?? "";
    const vector = featureSet.features[index]?.vector;
    if (!title || !vector) continue;
    let score = 0;
    for (let k = 0; k < vector.terms.length; k++) score += vector.weights[k]! * scratch.weights[vector.terms[k]!]!;
    // Ties go to the lower index, so the choice does not depend on the order of `members`.
    if (best === null || score > best.score || (score === best.score && index < best.index)) best = { score, title, index };
  }
  return best?.title ?? "";
}

function describeLink(link: ExplicitLink, articles: readonly Article[]): string {
  const a = articles[link.i];
  const b = articles[link.j];
  const name = (article: Article | undefined): string => `“${article?.title ?? ""}”${article?.publisher ? ` (${article.publisher})` : ""}`;
  switch (link.kind) {
    case "same-url":
      return `Same article URL: ${a?.url ?? b?.url ?? ""}`;
    case "republished": {
      // Note: a shared wire credit (Reuters, AP) says whose copy it is.
      const wire = a?.credit && a.credit === b?.credit ? `${a.credit} ` : "";
      return `Republished ${wire}copy: ${name(a)} and ${name(b)} share their wording`;
    }
    case "related-coverage": {
      const item = link.listing === null ? undefined : articles[link.listing.item];
      const entry = link.listing === null ? undefined : item?.related[link.listing.entry];
      const other = item === a ? b : a;
      if (!entry) return `Related coverage: ${name(item)} lists ${name(other)}`;
      const listed = `“${entry.title}”${entry.publisher ? ` (${entry.publisher})` : ""}`;
      if (other && other.related.length > 0) return `Related coverage: ${name(other)} and ${name(item)} both list ${listed}`;
      // A listed title matched to a member worded differently names that member too, so the reader can check.
      const same = other !== undefined && other.title.trim().toLowerCase() === entry.title.trim().toLowerCase();
      return `Related coverage: ${name(item)} lists ${listed}${same ? "" : `, matched to ${name(other)}`}`;
    }
  }
}
