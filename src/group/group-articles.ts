/**
 * Groups articles into stories, one news event each, as an editor would: the entry point of story grouping.
 * Deterministic (the same articles in any order give the same stories) and near-linear in the number of articles.
 */
import { dateValue } from "../dates.ts";
import type { Article, StoryEvidence } from "../types.ts";
import { buildCandidatePairs } from "./build-index.ts";
import { clusterArticles } from "./cluster-articles.ts";
import { describeCluster, describeScratch } from "./describe-cluster.ts";
import { type FeatureSet, featurizeArticles } from "./featurize-articles.ts";
import { type ExplicitLink, findExplicitLinks } from "./find-explicit-links.ts";
import { type GroupingParameters, resolveGroupingParameters } from "./grouping-parameters.ts";
import { GROUPING_MODEL, type GroupingModel } from "./model/grouping-model.ts";
import { pairFeatures } from "./model/pair-features.ts";
import { explainStory } from "./model/explain-story.ts";
import { describeNeighbourhoods, type Neighbourhoods } from "./features/describe-neighbourhoods.ts";

/** One story as grouped: its members (oldest first, undated last, ties by id), why, and its best title. */
export interface StoryCluster {
  articleIds: string[];
  evidence: StoryEvidence;
  /** The member title closest to what the members share; a suggestion for `Story.headline` and the id's slug. */
  headline?: string;
}

/**
 * Every article in exactly one story (a lone article is a story of one). Stories come oldest first (by their
 * first article), ties by that article's id. Throws when two articles share an id (a programmer error).
 */
export function groupArticles(articles: readonly Article[], options: Partial<GroupingParameters> = {}, model: GroupingModel = GROUPING_MODEL): StoryCluster[] {
  const parameters = resolveGroupingParameters(options);
  // Sorting by id first makes every later step independent of the order the files were read in.
  const sorted = [...articles].sort((a, b) => compareIds(a.id, b.id));
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]?.id === sorted[k - 1]?.id) throw new Error(`Two articles have the id ${sorted[k]?.id}; ids must be unique`);
  }
  const { featureSet, candidates, links, hoods } = prepareGrouping(sorted, parameters);
  const { features } = featureSet;
  const pairs = candidates.map(([i, j]) => ({ i, j, x: pairFeatures(features[i]!, features[j]!, hoods) }));
  const groups = clusterArticles(features, pairs, links.map((l) => [l.i, l.j] as const), hoods, model);

  // Dates parsed once: sorting calls the comparator n log n times.
  const when = sorted.map((a) => dateValue(a.date));
  const byMemberOrder = (x: number, y: number): number => {
    const wx = when[x] ?? null;
    const wy = when[y] ?? null;
    if (wx !== wy) {
      if (wx === null) return 1;
      if (wy === null) return -1;
      return wx - wy;
    }
    return compareIds(sorted[x]?.id ?? "", sorted[y]?.id ?? "");
  };
  const rootOf = new Int32Array(sorted.length);
  groups.forEach((members, g) => {
    for (const i of members) rootOf[i] = g;
  });
  const linksOf = groups.map((): ExplicitLink[] => []);
  for (const link of links) linksOf[rootOf[link.i] ?? 0]?.push(link);

  // Summed features of the candidate pairs inside each story: how much each feature weighed in joining it.
  const pairSums = groups.map((): Float64Array | null => null);
  const pairCounts = new Int32Array(groups.length);
  for (const { i, j, x } of pairs) {
    const g = rootOf[i]!;
    if (g !== rootOf[j]) continue;
    const sum = (pairSums[g] ??= new Float64Array(x.length));
    for (let k = 0; k < x.length; k++) sum[k] = sum[k]! + x[k]!;
    pairCounts[g] = pairCounts[g]! + 1;
  }

  const scratch = describeScratch(featureSet);
  const stories = groups.map((members, g) => {
    const ordered = [...members].sort(byMemberOrder);
    const described = describeCluster(ordered, { articles: sorted, featureSet, links: linksOf[g] ?? [], scratch });
    const headline = described.headline;
    const explained = explainStory(ordered.map((i) => features[i]!), pairSums[g] ?? null, pairCounts[g]!, model);
    const evidence = { ...described.evidence, ...explained };
    return { first: ordered[0] ?? 0, story: { articleIds: ordered.map((i) => sorted[i]?.id ?? ""), evidence, headline } };
  });
  stories.sort((x, y) => byMemberOrder(x.first, y.first));
  return stories.map(({ story }) => story);
}

/**
 * What clustering starts from: features of `sorted` (articles in id order), candidate pairs, explicit links and
 * each article's neighbourhood.
 */
export function prepareGrouping(
  sorted: readonly Article[],
  parameters: GroupingParameters,
): { featureSet: FeatureSet; candidates: Array<[number, number]>; links: ExplicitLink[]; hoods: Neighbourhoods } {
  const featureSet = featurizeArticles(sorted, parameters);
  const candidates = buildCandidatePairs(featureSet);
  const links = findExplicitLinks(featureSet.features, candidates);
  const hoods = describeNeighbourhoods(featureSet.features, candidates);
  return { featureSet, candidates, links, hoods };
}

/** Code-point order, the same on every machine (unlike `localeCompare`). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
