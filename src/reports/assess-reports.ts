/**
 * A story's coverage as reports: which articles copy whom, the independent reports its sources fold into, and the
 * numbers those reports disagree on (aggregator items list coverage and claim nothing themselves).
 */
import { findDisagreements, type ReportText } from "../claims/find-disagreements.ts";
import type { OutletRegistry } from "../extract/outlet-registry.ts";
import type { Article, Source, StoryReports } from "../types.ts";
import { findCopies } from "./find-copies.ts";
import { foldReports, sourceName } from "./fold-reports.ts";

/** How a story's reports are made from its members and sources (a cache of them wraps this). */
export type AssessReports = (members: readonly Article[], sources: readonly Source[]) => StoryReports;

/** Copies, independent reports and disagreements of one story's member articles and sources. */
export function assessReports(members: readonly Article[], sources: readonly Source[], outlets: OutletRegistry): StoryReports {
  const copies = findCopies(members, outlets);
  const groups = foldReports(sources, copies, outlets);
  const byId = new Map(members.map((m) => [m.id, m]));
  const texts: ReportText[] = groups
    .map((group) => ({
      articles: group.sources.flatMap(({ source }) => {
        const article = source.articleId === null ? undefined : byId.get(source.articleId);
        return article && article.related.length === 0 ? [{ file: article.file, publisher: sourceName(source), text: article.text }] : [];
      }),
    }))
    .filter((report) => report.articles.length > 0);
  const copyOf = Object.fromEntries([...copies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { groups, copyOf, disagreements: findDisagreements(texts) };
}
