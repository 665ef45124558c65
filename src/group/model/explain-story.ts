/**
 * The part of a story's "why grouped" evidence that comes from the model: the figures and the mentioned day its
 * members share, and how much each feature weighed in joining them (its weight times its mean value over the
 * candidate pairs inside the story), largest first.
 */
import type { ArticleFeatures } from "../featurize-articles.ts";
import type { GroupingModel } from "./grouping-model.ts";
import { PAIR_FEATURES } from "./pair-features.ts";

/** What `explainStory` adds to a story's evidence. */
export interface StoryExplanation {
  sharedNumbers: string[];
  /** A day at least two members mention (`March 5` or `2015-03-05`), the most often mentioned. */
  eventDate: string | null;
  /** Each feature's share of the log-odds, rounded to 0.01, largest magnitude first; zero shares left out. */
  featureWeights: Array<{ feature: string; weight: number }>;
}

// Note: as for names and words, more than eight figures is noise in a disclosure.
const MAX_NUMBERS = 8;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The explanation of the story made of `members`, given the summed features of its `pairCount` inner pairs. */
export function explainStory(members: readonly ArticleFeatures[], pairSum: Float64Array | null, pairCount: number, model: GroupingModel): StoryExplanation {
  if (members.length < 2) return { sharedNumbers: [], eventDate: null, featureWeights: [] };
  const numberHolders = new Map<string, number>();
  const dayHolders = new Map<string, number>();
  for (const member of members) {
    for (const key of new Set(member.evidence.numberKeys)) numberHolders.set(key, (numberHolders.get(key) ?? 0) + 1);
    for (const key of new Set(member.evidence.mentionedDates.map(dayKey))) dayHolders.set(key, (dayHolders.get(key) ?? 0) + 1);
  }
  const shared = (counts: Map<string, number>): string[] =>
    [...counts].filter(([, n]) => n >= 2).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([key]) => key);
  const featureWeights =
    pairSum === null || pairCount === 0
      ? []
      : PAIR_FEATURES.map((feature, k) => ({ feature, weight: Math.round((100 * (model.weights[k] ?? 0) * (pairSum[k] ?? 0)) / pairCount) / 100 }))
          .filter(({ weight }) => weight !== 0)
          .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight) || (x.feature < y.feature ? -1 : 1));
  return { sharedNumbers: shared(numberHolders).slice(0, MAX_NUMBERS), eventDate: shared(dayHolders)[0] ?? null, featureWeights };
}

function dayKey(date: { year: number | null; month: number; day: number }): string {
  if (date.year === null) return `${MONTHS[date.month - 1] ?? date.month} ${date.day}`;
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
