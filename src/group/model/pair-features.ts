/**
 * The features the grouping model weighs, between two articles or two growing stories: how alike their title,
 * lead, body, names and figures are, whether they mention the same day or weekday, how far apart they were
 * published, whether one outlet published both, how many phrases they share. A feature that cannot be measured
 * (no body, no date) is 0 with an indicator of its own set, so that the model learns what its absence means
 * instead of reading it as "unlike".
 */
import type { ArticleFeatures } from "../featurize-articles.ts";
import { shareMentionedDate } from "../features/extract-mentioned-dates.ts";
import { dot } from "../sparse-vectors.ts";
import { countCommon } from "../sorted-lists.ts";

/** The features in model order; `grouping-model.json` has one weight per name. */
export const PAIR_FEATURES = [
  "title",
  "lead",
  "body",
  "bodyAbsent",
  "entities",
  "numbers",
  "numbersAbsent",
  "mentionedDate",
  "mentionedDateAbsent",
  "timeGap",
  "timeAbsent",
  "sameOutlet",
  "phrases",
  "titleHeadline",
  "leadHeadline",
  "entitiesHeadline",
  "leadClose",
  "weekday",
  "weekdayAbsent",
  "smallerStory",
  "largerStory",
  "storyTitle",
  "storyLead",
  "coverage",
  "averageLead",
] as const;

/** One feature's name. */
export type PairFeature = (typeof PAIR_FEATURES)[number];

/** Feature positions, by name. */
export const F = Object.freeze(Object.fromEntries(PAIR_FEATURES.map((name, k) => [name, k]))) as Readonly<Record<PairFeature, number>>;

const HOUR_MS = 3_600_000;

/** The features of articles `a` and `b`, in `PAIR_FEATURES` order. */
export function pairFeatures(a: ArticleFeatures, b: ArticleFeatures): Float64Array {
  const x = new Float64Array(PAIR_FEATURES.length);
  const ea = a.evidence;
  const eb = b.evidence;
  const bodies = ea.body.terms.length > 0 && eb.body.terms.length > 0;
  setText(x, dot(ea.title, eb.title), dot(a.vector, b.vector), bodies ? dot(ea.body, eb.body) : null, dot(ea.entities, eb.entities),
    ea.numbers.terms.length > 0 && eb.numbers.terms.length > 0 ? dot(ea.numbers, eb.numbers) : null);
  if (ea.mentionedDates.length > 0 && eb.mentionedDates.length > 0) x[F.mentionedDate] = shareMentionedDate(ea.mentionedDates, eb.mentionedDates) ? 1 : 0;
  else x[F.mentionedDateAbsent] = 1;
  x[F.sameOutlet] = a.outlet !== null && a.outlet === b.outlet ? 1 : 0;
  if (bodies) x[F.phrases] = countCommon(ea.phrases, eb.phrases) / Math.max(1, Math.min(ea.phrases.length, eb.phrases.length));
  if (ea.weekdays !== 0 && eb.weekdays !== 0) x[F.weekday] = (ea.weekdays & eb.weekdays) !== 0 ? 1 : 0;
  else x[F.weekdayAbsent] = 1;
  setTime(x, hoursApart(a.time, b.time));
  x[F.storyTitle] = x[F.title]!;
  x[F.storyLead] = x[F.lead]!;
  x[F.averageLead] = x[F.lead]!;
  return x;
}

/** Sets the similarity features; null for one that cannot be measured (no body, no figures on one side). */
export function setText(x: Float64Array, title: number, lead: number, body: number | null, entities: number, numbers: number | null): void {
  x[F.title] = title;
  x[F.lead] = lead;
  x[F.body] = body ?? 0;
  x[F.bodyAbsent] = body === null ? 1 : 0;
  x[F.entities] = entities;
  x[F.numbers] = numbers ?? 0;
  x[F.numbersAbsent] = numbers === null ? 1 : 0;
  // Headlines alone (no body on either side) are weighed on their own: their words mean more per word.
  const headline = x[F.bodyAbsent]!;
  x[F.titleHeadline] = title * headline;
  x[F.leadHeadline] = lead * headline;
  x[F.entitiesHeadline] = entities * headline;
}

/** Sets the time features from the hours between the two (null when either is undated); call after `setText`. */
export function setTime(x: Float64Array, hours: number | null): void {
  // Note: days on a log scale: the first day apart says more than the tenth.
  x[F.timeGap] = hours === null ? 0 : Math.log1p(hours / 24);
  x[F.timeAbsent] = hours === null ? 1 : 0;
  // Note: alike and close in time together mean more than either alone (the old model's product of the two).
  x[F.leadClose] = hours === null ? 0 : x[F.lead]! * 0.5 ** (hours / 24);
}

/** Hours between two time intervals (0 when they overlap); null when either is undated. */
export function hoursApart(a: { from: number; to: number } | null, b: { from: number; to: number } | null): number | null {
  if (a === null || b === null) return null;
  return Math.max(0, a.from - b.to, b.from - a.to) / HOUR_MS;
}
