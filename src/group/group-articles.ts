/** Story grouping, first version: articles whose title and lead share enough words are one story. */
import { compareDates } from "../dates.ts";
import type { Article, StoryEvidence } from "../types.ts";

/** A group of articles about one event, and why they belong together. */
export interface StoryCluster {
  articleIds: string[];
  evidence: StoryEvidence;
}

const STOP = new Set("the and for that with from this have will said says about after over into their more than been were when what which while also they them there would could should other some".split(" "));
const THRESHOLD = 0.12;

const termsOf = (article: Article): Set<string> =>
  new Set(`${article.title} ${article.text.slice(0, 400)}`.toLowerCase().replace(/[’']s\b/g, "").split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !STOP.has(w)));

/** Group articles into stories (every article in exactly one cluster). */
export function groupArticles(input: readonly Article[]): StoryCluster[] {
  const articles = [...input].sort((a, b) => (a.id < b.id ? -1 : 1));
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const terms = articles.map(termsOf);
  for (let i = 0; i < articles.length; i += 1) {
    for (let j = i + 1; j < articles.length; j += 1) {
      const a = terms[i] ?? new Set<string>();
      const b = terms[j] ?? new Set<string>();
      let shared = 0;
      for (const term of a) if (b.has(term)) shared += 1;
      if (shared / (a.size + b.size - shared || 1) >= THRESHOLD) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Article[]>();
  articles.forEach((article, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), article]));
  return [...groups.values()].map((members) => {
    members.sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
    const dates = members.map((m) => m.date).filter((d): d is string => d !== null);
    return {
      articleIds: members.map((m) => m.id),
      evidence: { sharedEntities: [], sharedTerms: [], links: [], span: { from: dates[0] ?? null, to: dates.at(-1) ?? null } },
    };
  });
}
