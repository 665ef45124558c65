/**
 * The features the grouping model weighs between two articles: how alike their title, lead, body, names and
 * figures are, whether they mention the same day or weekday, how far apart they were published, whether one outlet
 * published both, how many phrases they share; and what their neighbourhoods say of that: where each ranks the
 * other among its nearest articles, how alike they are against each one's closest match, and how spread in time
 * their neighbours are. A feature that cannot be measured (no body, no date) is set from what can be (a body's
 * similarity from the lead's) or is 0, with an indicator of its own set, so that the model learns what absence
 * means instead of reading it as "unlike".
 */
import { type ArticleFeatures, hoursApart } from "../featurize-articles.ts";
import type { Neighbourhoods } from "../features/describe-neighbourhoods.ts";
import { mentionedDaysApart, shareMentionedDate } from "../features/extract-mentioned-dates.ts";
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
  "figures",
  "figuresAbsent",
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
  "rankBest",
  "rankWorst",
  "leadAgainstClosest",
  "notNeighbours",
  "timeSpread",
  "closeInSpread",
  "urlDayGap",
  "mentionedGap",
] as const;

/** One feature's name. */
export type PairFeature = (typeof PAIR_FEATURES)[number];

/** Each feature in a reader's words, for "why these articles are grouped". */
export const FEATURE_LABELS: Readonly<Record<PairFeature, string>> = {
  title: "titles alike",
  lead: "leads alike",
  body: "texts alike",
  bodyAbsent: "headlines without text",
  entities: "same names",
  numbers: "same figures of the same things",
  numbersAbsent: "no counted figures on one side",
  figures: "same figures",
  figuresAbsent: "no figures on one side",
  mentionedDate: "same day mentioned",
  mentionedDateAbsent: "no day mentioned on one side",
  timeGap: "days apart",
  timeAbsent: "undated",
  sameOutlet: "same outlet",
  phrases: "shared phrases",
  titleHeadline: "headlines' titles alike",
  leadHeadline: "headlines alike",
  entitiesHeadline: "headlines' names alike",
  leadClose: "alike and close in time",
  weekday: "same weekday named",
  weekdayAbsent: "no weekday named on one side",
  rankBest: "rank among nearest articles (nearer side)",
  rankWorst: "rank among nearest articles (farther side)",
  leadAgainstClosest: "alike against each one's closest match",
  notNeighbours: "not among each other's nearest",
  timeSpread: "alike among neighbours spread in time",
  closeInSpread: "close in time where neighbours are days apart",
  urlDayGap: "days apart by their addresses",
  mentionedGap: "days apart by the days they mention",
};

/** Feature positions, by name. */
export const F = Object.freeze(Object.fromEntries(PAIR_FEATURES.map((name, k) => [name, k]))) as Readonly<Record<PairFeature, number>>;

// Note: the rank given to an article outside the other's neighbours: past the ten each article keeps, and past the
// few more that pick it.
const NOT_RANKED = 16;

/** Whether an article has text to compare beyond its headline (a pair without it on both sides is a headline pair). */
export function hasText(article: ArticleFeatures): boolean {
  return article.evidence.body.terms.length > 0;
}

/**
 * The features of articles `a` and `b`, in `PAIR_FEATURES` order, read against their neighbourhoods. An undated
 * article in a dated story is compared at its story's time (`timeA`, `timeB`).
 */
export function pairFeatures(a: ArticleFeatures, b: ArticleFeatures, hoods: Neighbourhoods, timeA = a.time, timeB = b.time): Float64Array {
  const x = new Float64Array(PAIR_FEATURES.length);
  const ea = a.evidence;
  const eb = b.evidence;
  const lead = dot(a.vector, b.vector);
  const bodies = hasText(a) && hasText(b);
  x[F.title] = dot(ea.title, eb.title);
  x[F.lead] = lead;
  // Note: without a body on both sides (headlines, teasers), the lead is the best guess of what the bodies would
  // share, so that a model fitted mostly on full text still decides on headlines; the indicator corrects it.
  x[F.body] = bodies ? dot(ea.body, eb.body) : lead;
  x[F.bodyAbsent] = bodies ? 0 : 1;
  x[F.entities] = dot(ea.entities, eb.entities);
  if (ea.numbers.terms.length > 0 && eb.numbers.terms.length > 0) x[F.numbers] = dot(ea.numbers, eb.numbers);
  else x[F.numbersAbsent] = 1;
  if (ea.figureValues.length > 0 && eb.figureValues.length > 0) {
    x[F.figures] = countCommon(ea.figureValues, eb.figureValues) / Math.min(ea.figureValues.length, eb.figureValues.length);
  } else x[F.figuresAbsent] = 1;
  if (ea.mentionedDates.length > 0 && eb.mentionedDates.length > 0) {
    x[F.mentionedDate] = shareMentionedDate(ea.mentionedDates, eb.mentionedDates) ? 1 : 0;
    // Note: days on a log scale, as the publication gap: the first day apart says more than the tenth.
    x[F.mentionedGap] = Math.log1p(mentionedDaysApart(ea.mentionedDates, eb.mentionedDates));
  }
  else x[F.mentionedDateAbsent] = 1;
  x[F.sameOutlet] = a.outlet !== null && a.outlet === b.outlet ? 1 : 0;
  if (bodies) x[F.phrases] = countCommon(ea.phrases, eb.phrases) / Math.max(1, Math.min(ea.phrases.length, eb.phrases.length));
  // Headlines alone (no body on either side) are weighed on their own: their words mean more per word.
  const headline = x[F.bodyAbsent]!;
  x[F.titleHeadline] = x[F.title]! * headline;
  x[F.leadHeadline] = lead * headline;
  x[F.entitiesHeadline] = x[F.entities]! * headline;
  if (ea.weekdays !== 0 && eb.weekdays !== 0) x[F.weekday] = (ea.weekdays & eb.weekdays) !== 0 ? 1 : 0;
  else x[F.weekdayAbsent] = 1;

  const i = a.index;
  const j = b.index;
  const rankA = hoods.ranks[i]?.get(j);
  const rankB = hoods.ranks[j]?.get(i);
  // Note: ranks on a log scale: first against second means more than ninth against tenth.
  x[F.rankBest] = Math.log(Math.min(rankA ?? NOT_RANKED, rankB ?? NOT_RANKED));
  x[F.rankWorst] = Math.log(Math.max(rankA ?? NOT_RANKED, rankB ?? NOT_RANKED));
  x[F.notNeighbours] = rankA === undefined && rankB === undefined ? 1 : 0;
  // Note: the lead's similarity scaled by how near it comes to each side's closest match; as a product with the
  // similarity itself, so that two articles alike in nothing are not "as alike as it gets" in a small folder.
  x[F.leadAgainstClosest] = (lead * lead) / Math.max(1e-6, hoods.closest[i] ?? 0, hoods.closest[j] ?? 0);

  // Note: the days apart that the two URLs give, beside the files' dates: they stay true where dates were filled
  // in on import or lost. Only ever a gap: two URLs of one day are no reason to join, and one without a day says
  // nothing.
  if (a.urlDay !== null && b.urlDay !== null) x[F.urlDayGap] = Math.log1p(Math.abs(a.urlDay - b.urlDay));

  const hours = hoursApart(timeA, timeB);
  // Note: days on a log scale: the first day apart says more than the tenth.
  x[F.timeGap] = hours === null ? 0 : Math.log1p(hours / 24);
  x[F.timeAbsent] = hours === null ? 1 : 0;
  // Note: alike and close in time together mean more than either alone.
  x[F.leadClose] = hours === null ? 0 : lead * 0.5 ** (hours / 24);
  const spread = ((hoods.spread[i] ?? 0) + (hoods.spread[j] ?? 0)) / 2;
  // Note: published close together says much where neighbours are usually days apart, nothing where every
  // neighbour shares the day; and only of articles that are alike: both are products with the lead's similarity, so
  // that two unrelated reports of one day never join on their dates.
  x[F.timeSpread] = hours === null ? 0 : Math.sqrt(lead) * spread;
  x[F.closeInSpread] = hours === null ? 0 : Math.sqrt(lead) * spread * 0.5 ** (hours / 24);
  return x;
}
