/** From clusters to stories: editors' overrides, stable story ids (with redirects for merged stories), headlines and pins. */
import type { Overrides } from "../data-files/read-overrides.ts";
import type { OutletRegistry } from "../extract/outlet-registry.ts";
import type { StoryCluster } from "../group/group-articles.ts";
import type { Article, Diagnostic, Story } from "../types.ts";
import { applyOverrides, finishStories } from "./apply-overrides.ts";
import { type ArticleUrls, trackArticleUrls } from "../permalinks/track-article-ids.ts";
import { buildStories } from "./build-stories.ts";
import { type AssessReports, assessReports } from "../reports/assess-reports.ts";
import type { LedgerEntry } from "../types.ts";
import { type StoryIdLedger, assignStoryIds } from "../permalinks/story-ids.ts";

/** What shaping needs. */
export interface ShapeInput {
  articles: readonly Article[];
  ledger: readonly LedgerEntry[];
  clusters: readonly StoryCluster[];
  overrides: Overrides;
  /** The saved ledger (`_stories.json`), whose members are file paths. */
  previous: StoryIdLedger;
  /** The saved article ids by file, and article redirects. */
  previousArticles: ArticleUrls;
  outlets: OutletRegistry;
  /** Wraps how a story's reports are made (a cache of them); by default they are made afresh. */
  reports?: (assess: AssessReports) => AssessReports;
}

/** The stories as published, and what to remember for the next build. */
export interface ShapedStories {
  articles: Article[];
  stories: Story[];
  /** The file ledger with hidden articles marked skipped. */
  ledger: LedgerEntry[];
  /** Old story id → live story id. */
  redirects: Record<string, string>;
  /** The old story ids that became redirects in this build. */
  newRedirects: string[];
  /** To save as `content/_stories.json`: members are file paths. */
  storyIds: StoryIdLedger;
  /** Article ids by file and old article id → live id, to save and to write redirect pages for. */
  articleUrls: ArticleUrls;
  /** The old article ids that became redirects in this build. */
  newArticleRedirects: string[];
  diagnostics: Diagnostic[];
}

/** Apply overrides to the clusters, give the stories their ids and build them. */
export function shapeStories(input: ShapeInput): ShapedStories {
  // Note: the saved ledger names members by file path, which outlives an article id (a corrected title changes the
  // id, not the file); in memory, as `assignStoryIds` expects, members are article ids.
  const idOfFile = new Map(input.ledger.flatMap((entry) => (entry.articleId === null ? [] : [[entry.file, entry.articleId] as const])));
  const fileOfId = new Map(input.articles.map((article) => [article.id, article.file]));
  const previous = translate(input.previous, (file) => idOfFile.get(file));
  // Note: ids are assigned twice: first to the clusters as grouped, so editors can name a story by the id they
  // see on the site; then to the clusters as overridden, so an editor's merge leaves a redirect like any merge.
  const natural = assignStoryIds(input.clusters, previous);
  const applied = applyOverrides({ ...input, previous, ids: natural.ids });
  const assignment = assignStoryIds(applied.clusters, previous);
  const assess: AssessReports = (members, sources) => assessReports(members, sources, input.outlets);
  const built = buildStories(applied.clusters, applied.articles, assignment.ids, input.outlets, input.reports ? input.reports(assess) : assess);
  const stories = finishStories(built, applied.edits);
  const ledger = input.ledger.map((entry) => {
    const reason = applied.hidden.get(entry.file);
    return reason === undefined ? entry : { ...entry, status: "skipped" as const, reason, articleId: null };
  });
  const storyIds = translate(assignment.ledger, (id) => fileOfId.get(id));
  const newRedirects = Object.keys(assignment.redirects).filter((from) => !Object.hasOwn(input.previous.redirects, from));
  const articleUrls = trackArticleUrls(input.previousArticles, applied.articles);
  return {
    articles: applied.articles,
    stories,
    ledger,
    redirects: assignment.redirects,
    newRedirects,
    storyIds,
    articleUrls: articleUrls.urls,
    newArticleRedirects: articleUrls.added,
    diagnostics: applied.diagnostics,
  };
}

/** The ledger with each member mapped (members that map to nothing are dropped), sorted. */
function translate(ledger: StoryIdLedger, map: (member: string) => string | undefined): StoryIdLedger {
  const stories: Record<string, string[]> = {};
  for (const [id, members] of Object.entries(ledger.stories)) stories[id] = members.flatMap((m) => map(m) ?? []).sort();
  return { stories, redirects: ledger.redirects };
}
