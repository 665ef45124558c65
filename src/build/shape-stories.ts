/** From clusters to stories: editors' overrides, stable story ids (with redirects for merged stories), headlines and pins. */
import type { Overrides } from "../data-files/read-overrides.ts";
import type { OutletRegistry } from "../extract/outlet-registry.ts";
import type { StoryCluster } from "../group/group-articles.ts";
import type { Article, Diagnostic, Story } from "../types.ts";
import { applyOverrides, finishStories } from "./apply-overrides.ts";
import { buildStories } from "./build-stories.ts";
import type { LedgerEntry } from "./collect-articles.ts";
import { type StoryIdLedger, assignStoryIds } from "./local-story-ids.ts";

/** What shaping needs. */
export interface ShapeInput {
  articles: readonly Article[];
  ledger: readonly LedgerEntry[];
  clusters: readonly StoryCluster[];
  overrides: Overrides;
  previous: StoryIdLedger;
  outlets: OutletRegistry;
}

/** The stories as published, and what to remember for the next build. */
export interface ShapedStories {
  articles: Article[];
  stories: Story[];
  /** The file ledger with hidden articles marked skipped. */
  ledger: LedgerEntry[];
  /** Old story id → live story id. */
  redirects: Record<string, string>;
  /** To save as `content/_stories.json`. */
  storyIds: StoryIdLedger;
  diagnostics: Diagnostic[];
}

/** Apply overrides to the clusters, give the stories their ids and build them. */
export function shapeStories(input: ShapeInput): ShapedStories {
  // Note: ids are assigned twice: first to the clusters as grouped, so editors can name a story by the id they
  // see on the site; then to the clusters as overridden, so an editor's merge leaves a redirect like any merge.
  const natural = assignStoryIds(input.clusters, input.previous);
  const applied = applyOverrides({ ...input, ids: natural.ids });
  const assignment = assignStoryIds(applied.clusters, input.previous);
  const stories = finishStories(buildStories(applied.clusters, applied.articles, assignment.ids, input.outlets), applied.edits);
  const ledger = input.ledger.map((entry) => {
    const reason = applied.hidden.get(entry.file);
    return reason === undefined ? entry : { ...entry, status: "skipped" as const, reason, articleId: null };
  });
  return { articles: applied.articles, stories, ledger, redirects: assignment.redirects, storyIds: assignment.ledger, diagnostics: applied.diagnostics };
}
