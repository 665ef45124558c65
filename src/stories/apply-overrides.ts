/**
 * Editors' decisions, applied between grouping and story building: hidden articles and outlets leave the site,
 * merges and moves reshape the clusters. Headlines and pins are kept for `finishStories`, which runs once the
 * stories exist. Each override that cannot be applied is an `override-invalid` message at its line.
 */
import { type Overrides, overrideProblem } from "../data-files/read-overrides.ts";
import type { Located } from "../data-files/yaml-reader.ts";
import { compareDates } from "../dates.ts";
import { canonicalOutlet } from "../extract/outlet-names.ts";
import type { OutletRegistry } from "../extract/outlet-registry.ts";
import type { StoryCluster } from "../group/group-articles.ts";
import type { Article, Diagnostic, Story } from "../types.ts";
import type { LedgerEntry } from "../types.ts";
import type { StoryIdLedger } from "../permalinks/story-ids.ts";
import { References } from "./resolve-references.ts";

/** What the build needs to apply the overrides. */
export interface OverrideInput {
  overrides: Overrides;
  articles: readonly Article[];
  clusters: readonly StoryCluster[];
  /** Story ids of `clusters` before any override, so that editors can name stories by the ids they see. */
  ids: readonly string[];
  ledger: readonly LedgerEntry[];
  previous: StoryIdLedger;
  outlets: OutletRegistry;
}

/** Headlines and pins, by a member article of the story they apply to. */
export interface StoryEdits {
  headlines: Map<string, string>;
  /** Member articles of pinned stories, in the order the file lists them. */
  pins: string[];
}

/** The content as the editors want it. */
export interface OverrideResult {
  articles: Article[];
  clusters: StoryCluster[];
  /** Hidden files and why, for the ledger. */
  hidden: Map<string, string>;
  edits: StoryEdits;
  diagnostics: Diagnostic[];
}

const where = (ref: Located): string => `_roundup.yml line ${ref.line}`;

/** Apply hide, merge and move, in that order; resolve the stories that headlines and pins name. */
export function applyOverrides(input: OverrideInput): OverrideResult {
  const { overrides, outlets } = input;
  const diagnostics: Diagnostic[] = [];
  const fail = (ref: Located, problem: string, severity: Diagnostic["severity"] = "error"): void => void diagnostics.push(overrideProblem({ message: problem, line: ref.line, column: ref.column }, severity));
  const live = new Set(input.articles.map((article) => article.id));
  const refs = new References(input.ledger, input.clusters, input.ids, input.previous, live);
  const hidden = new Map<string, string>();
  const fileOf = new Map(input.articles.map((article) => [article.id, article.file]));

  for (const ref of overrides.hideArticles) {
    const found = refs.article(ref);
    if ("problem" in found) fail(ref, found.problem);
    else {
      live.delete(found.articleId);
      hidden.set(fileOf.get(found.articleId) ?? ref.text, `hidden in ${where(ref)}`);
    }
  }
  const hiddenOutlets = new Map(overrides.hideOutlets.map((ref) => [canonicalOutlet(ref.text, outlets).toLowerCase(), ref]));
  const matched = new Set<string>();
  const hidingRef = (name: string | null): Located | null => {
    const key = name ? canonicalOutlet(name, outlets).toLowerCase() : "";
    const ref = hiddenOutlets.get(key);
    if (ref) matched.add(key);
    return ref ?? null;
  };
  const articles: Article[] = [];
  for (const article of input.articles) {
    if (!live.has(article.id)) continue;
    const outletRef = hidingRef(article.publisher);
    if (outletRef) {
      live.delete(article.id);
      hidden.set(article.file, `its outlet is hidden in ${where(outletRef)}`);
      continue;
    }
    const related = article.related.filter((link) => hidingRef(link.publisher) === null);
    articles.push(related.length === article.related.length ? article : { ...article, related });
  }
  for (const [key, ref] of hiddenOutlets) if (!matched.has(key)) fail(ref, `No article or listed link is from the outlet “${ref.text}”; check the name as story pages print it`, "warning");

  // Story references resolve against the content before merges and moves, as the editor saw it.
  const anchorOf = (ref: Located): string | null => {
    const found = refs.story(ref);
    if ("problem" in found) fail(ref, found.problem);
    return "articleId" in found ? found.articleId : null;
  };
  const merges = overrides.merge.map((group) => group.map((ref) => ({ ref, anchor: anchorOf(ref) })));
  const moves = overrides.move.map((move) => {
    const found = refs.article(move.article);
    if ("problem" in found) fail(move.article, found.problem);
    return { move, article: "articleId" in found ? found.articleId : null, anchor: move.to ? anchorOf(move.to) : null };
  });
  const edits: StoryEdits = { headlines: new Map(), pins: [] };
  for (const story of overrides.stories) {
    const anchor = anchorOf(story.story);
    if (anchor === null) continue;
    if (story.headline) edits.headlines.set(anchor, story.headline.text);
    if (story.pin) edits.pins.push(anchor);
  }

  const clusters = input.clusters.map((c) => ({ articleIds: c.articleIds.filter((id) => live.has(id)), evidence: { ...c.evidence, links: [...c.evidence.links] } }));
  const clusterOf = (articleId: string): (typeof clusters)[number] | undefined => clusters.find((c) => c.articleIds.includes(articleId));
  for (const group of merges) {
    const anchors = group.filter((item): item is { ref: Located; anchor: string } => item.anchor !== null);
    const target = anchors[0] ? clusterOf(anchors[0].anchor) : undefined;
    if (!target || anchors.length < 2) continue;
    for (const { anchor } of anchors.slice(1)) {
      const other = clusterOf(anchor);
      if (!other || other === target) continue;
      target.articleIds.push(...other.articleIds);
      target.evidence.links.push(...other.evidence.links);
      other.articleIds = [];
    }
    const first = group[0];
    if (first) target.evidence.links.push(`merged by an editor (${where(first.ref)})`);
  }
  for (const { move, article, anchor } of moves) {
    if (article === null || (move.to !== null && anchor === null)) continue;
    const from = clusterOf(article);
    const to = anchor === null ? undefined : clusterOf(anchor);
    if (to !== undefined && to === from) {
      fail(move.article, "The article is already in that story", "warning");
      continue;
    }
    if (from) from.articleIds = from.articleIds.filter((id) => id !== article);
    const note = `moved by an editor (${where(move.article)})`;
    if (to) to.articleIds.push(article), to.evidence.links.push(note);
    else clusters.push({ articleIds: [article], evidence: { sharedEntities: [], sharedTerms: [], links: [note], span: { from: null, to: null } } });
  }
  return { articles, clusters: tidy(clusters, articles), hidden, edits, diagnostics };
}

/** Clusters without empty ones, members oldest first (undated last, ties by id), spans recomputed. */
function tidy(clusters: StoryCluster[], articles: readonly Article[]): StoryCluster[] {
  const dateOf = new Map(articles.map((article) => [article.id, article.date]));
  return clusters
    .filter((cluster) => cluster.articleIds.length > 0)
    .map((cluster) => {
      const ids = [...new Set(cluster.articleIds)].sort((a, b) => compareDates(dateOf.get(a) ?? null, dateOf.get(b) ?? null) || (a < b ? -1 : 1));
      const dates = ids.map((id) => dateOf.get(id) ?? null).filter((d): d is string => d !== null).sort(compareDates);
      return { articleIds: ids, evidence: { ...cluster.evidence, span: { from: dates[0] ?? null, to: dates.at(-1) ?? null } } };
    });
}

/** Set edited headlines and pin ranks on the built stories. */
export function finishStories(stories: readonly Story[], edits: StoryEdits): Story[] {
  const storyOf = new Map<string, number>();
  stories.forEach((story, index) => story.articleIds.forEach((id) => storyOf.set(id, index)));
  const result = stories.map((story) => ({ ...story }));
  for (const [anchor, headline] of edits.headlines) {
    const story = result[storyOf.get(anchor) ?? -1];
    if (story) story.headline = headline;
  }
  let rank = 0;
  for (const anchor of edits.pins) {
    const story = result[storyOf.get(anchor) ?? -1];
    if (story && story.pin === undefined) story.pin = (rank += 1);
  }
  return result;
}
