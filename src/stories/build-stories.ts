/** Stories from clusters: headline, neutral summary, time span and the source list a reader sees. */
import { compareDates } from "../dates.ts";
import { domainOf, isAggregatorDomain, outletKind, outletOfDomain } from "../extract/outlet-names.ts";
import { type OutletRegistry, shippedRegistry } from "../extract/outlet-registry.ts";
import { DATELINE } from "../clean/wire-patterns.ts";
import type { AssessReports } from "../reports/assess-reports.ts";
import { UNKNOWN_OUTLET } from "../reports/fold-reports.ts";
import type { Article, Source, Story, StoryReports } from "../types.ts";
import type { StoryCluster } from "../group/group-articles.ts";
import { shortHash, slugOf } from "../permalinks/article-ids.ts";

// Note: an extractive summary is the lead of the most representative article, cut near a sentence end.
const SUMMARY_MAX = 320;
export { UNKNOWN_OUTLET };

const words = (text: string): Set<string> => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
const isAggregator = (article: Article): boolean => article.related.length > 0;

/**
 * Build a story per cluster; `ids` are the stable story ids, in cluster order. `assess` makes a story's reports from
 * its members and sources (`assessReports`, or a cache of it).
 */
export function buildStories(clusters: readonly StoryCluster[], articles: readonly Article[], ids: readonly string[] | undefined, outlets: OutletRegistry, assess: AssessReports): Story[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return clusters.map((cluster, index) => {
    const members = cluster.articleIds.flatMap((id) => byId.get(id) ?? []);
    const central = mostRepresentative(members);
    const dates = members.map((m) => m.date).filter((d): d is string => d !== null).sort(compareDates);
    const headline = central?.title ?? "Untitled story";
    const sources = sourcesOf(members, outlets);
    const reports = assess(members, sources);
    return {
      id: ids?.[index] ?? `${slugOf(headline) || "story"}-${shortHash(cluster.articleIds[0] ?? headline)}`,
      headline,
      summary: summaryOf(members, reports),
      firstSeen: dates[0] ?? null,
      lastUpdated: dates.at(-1) ?? null,
      articleIds: members.map((m) => m.id),
      sources,
      evidence: cluster.evidence,
      reports,
    };
  });
}

/** The article whose title shares most words with the others' (own titles before inferred ones, then oldest). */
export function mostRepresentative(members: readonly Article[]): Article | undefined {
  const titles = members.map((m) => words(m.title));
  // Note: a member's score is the sum, over its title's words, of the other titles having the word (the same sum as
  // counting shared words pair by pair, in linear time: a story of hundreds of articles made that quadratic).
  const titlesWith = new Map<string, number>();
  for (const title of titles) for (const w of title) titlesWith.set(w, (titlesWith.get(w) ?? 0) + 1);
  let best: Article | undefined;
  let bestScore = -1;
  members.forEach((member, i) => {
    let score = member.title.endsWith("…") ? -1000 : 0;
    for (const w of titles[i] ?? []) score += (titlesWith.get(w) ?? 1) - 1;
    if (score > bestScore) [best, bestScore] = [member, score];
  });
  return best;
}

/**
 * The lead of the best independent report: an article of its own reporting or a wire service's (never the copy of
 * another member's text, never an aggregator's list), of a known outlet before an unknown one, the most
 * representative first; its dateline left out.
 */
function summaryOf(members: readonly Article[], reports: StoryReports): string | null {
  const own = members.filter((m) => !isAggregator(m) && !("file" in (reports.copyOf[m.id] ?? {})));
  const known = own.filter((m) => m.publisher !== null);
  const unknown = own.filter((m) => m.publisher === null);
  const rest = members.filter((m) => !isAggregator(m) && !own.includes(m));
  const candidates = [...ranked(known), ...ranked(unknown), ...ranked(rest)];
  for (const article of candidates) {
    const lead = article.text.split("\n").find((line) => line.split(" ").length >= 12);
    if (lead) return cut(lead.replace(DATELINE, ""));
    if (article.summary) return cut(article.summary);
  }
  return null;
}

/** The most representative first, then the others in their order. */
function ranked(articles: readonly Article[]): Article[] {
  const best = mostRepresentative(articles);
  return best ? [best, ...articles.filter((a) => a !== best)] : [];
}

function cut(text: string): string {
  if (text.length <= SUMMARY_MAX) return text;
  const end = text.slice(0, SUMMARY_MAX).search(/[.!?]["”’]?\s[^.!?]*$/);
  return end > 80 ? text.slice(0, end + 1) : `${text.slice(0, SUMMARY_MAX).replace(/\s+\S*$/, "")}…`;
}

/** Every article and every aggregator-listed link, one entry per outlet and headline, oldest first; the registry's kinds give the labels. */
export function sourcesOf(members: readonly Article[], outlets: OutletRegistry = shippedRegistry()): Source[] {
  const sources = new Map<string, Source>();
  const add = (source: Source): void => {
    const key = `${source.publisher.toLowerCase()}\u0000${source.title.toLowerCase()}`;
    const existing = sources.get(key);
    if (!existing) sources.set(key, source);
    else if (existing.articleId === null && source.articleId !== null) sources.set(key, { ...source, url: source.url ?? existing.url });
  };
  for (const article of members) {
    const domain = domainOf(article.url);
    const publisher = article.publisher ?? article.credit ?? (domain && !isAggregatorDomain(domain, outlets) ? outletOfDomain(domain, outlets) ?? domain : null) ?? UNKNOWN_OUTLET;
    const kind = outletKind(publisher, outlets);
    const labels = [
      ...(isAggregator(article) || kind === "aggregator" ? ["aggregator"] : []),
      ...((article.credit && article.credit === article.publisher) || kind === "wire" ? ["wire"] : []),
    ];
    add({
      publisher,
      title: article.title,
      url: article.url,
      date: article.date,
      articleId: article.id,
      file: article.file,
      labels,
    });
    for (const link of article.related) {
      const linkPublisher = link.publisher ?? domainOf(link.url) ?? UNKNOWN_OUTLET;
      const linkLabels = ["listed by an aggregator", ...(outletKind(linkPublisher, outlets) === "wire" ? ["wire"] : [])];
      add({ publisher: linkPublisher, title: link.title, url: link.url, date: article.date, articleId: null, labels: linkLabels });
    }
  }
  return [...sources.values()].sort((a, b) => compareDates(a.date, b.date) || a.publisher.localeCompare(b.publisher, "en") || a.title.localeCompare(b.title, "en"));
}
