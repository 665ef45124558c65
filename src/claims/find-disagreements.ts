/**
 * Where independent reports differ: claims of different reports are matched by what they count and the words around
 * them; a thing two reports give different values for is a disagreement. Precision comes first: a wrong
 * "disagreement" misleads a reader, so every doubt (values that can both hold, a report that gives two values for
 * the thing or states the other value elsewhere, values far apart) keeps the reports quiet.
 */
import { stemmer } from "stemmer";
import type { ClaimedValue, Disagreement } from "../types.ts";
import { MATCH, MATCHED_REPORTS_APART, MAX_RATIO } from "./claim-patterns.ts";
import { type Claim, extractClaims } from "./extract-claims.ts";

/** One independent report: the articles that carry it, each with the outlet it is shown under. */
export interface ReportText {
  articles: Array<{ file: string; publisher: string; text: string }>;
}

interface Found extends Claim {
  report: number;
  file: string;
  publisher: string;
}

/** The disagreements between `reports`, in the order their first claims appear. */
export function findDisagreements(reports: readonly ReportText[]): Disagreement[] {
  if (reports.length < 2) return [];
  const claims: Found[] = reports.flatMap((report, index) =>
    report.articles.flatMap((article) => extractClaims(article.text).map((claim) => ({ ...claim, report: index, file: article.file, publisher: article.publisher }))),
  );
  const firm = claims.filter((claim) => claim.hedge !== "none" && !claim.forecast);
  // Positions looked up once: a story of forty reports holds thousands of claims.
  const position = new Map(claims.map((c, k) => [c, k]));
  const at = (c: Found): number => position.get(c) ?? 0;
  const order = (found: readonly Found[]): number => Math.min(...found.map(at));
  return linkBestMatches(firm, reports.length)
    .filter((component) => disagrees(component, claims))
    .sort((a, b) => order(a) - order(b))
    .map((component) => describe([...component].sort((a, b) => at(a) - at(b))));
}

/**
 * The things claimed: claims linked to their best match in each other report, only when that claim's best match
 * is them too, so that a report's other numbers of the same unit (a city's toll beside the country's) stay apart.
 */
function linkBestMatches(firm: readonly Found[], reportCount: number): Found[][] {
  const parent = firm.map((_, i) => i);
  const root = (i: number): number => {
    let at = i;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  // Note: keyed by claim and report as one number (claim × reports + report): a story of hundreds of reports offers
  // millions of matches, and building a string key for each took about as long as scoring the match.
  const best = new Map<number, { claim: number; score: number }>();
  const bestKey = (claim: number, report: number): number => claim * reportCount + report;
  const pairs: Array<[number, number, number]> = [];
  const buckets = new Map<string, number[]>();
  firm.forEach((claim, i) => {
    const key = `${claim.kind}\u0000${claim.unit}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  });
  const offer = (from: number, to: number, score: number): void => {
    const key = bestKey(from, firm[to]?.report ?? 0);
    const known = best.get(key);
    if (!known || known.score < score) best.set(key, { claim: to, score });
  };
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x += 1) {
      for (let y = x + 1; y < bucket.length; y += 1) {
        const i = bucket[x] ?? 0;
        const j = bucket[y] ?? 0;
        const a = firm[i];
        const b = firm[j];
        // Note: a bucket lists claims in report order, so every later claim is further off.
        if (a && b && b.report - a.report > MATCHED_REPORTS_APART) break;
        const score = a && b && a.report !== b.report ? matchScore(a, b) : 0;
        if (score <= 0) continue;
        pairs.push([i, j, score]);
        offer(i, j, score);
        offer(j, i, score);
      }
    }
  }
  const matched = new Set<number>();
  for (const [i, j] of pairs) {
    if (best.get(bestKey(i, firm[j]?.report ?? 0))?.claim !== j || best.get(bestKey(j, firm[i]?.report ?? 0))?.claim !== i) continue;
    parent[root(i)] = root(j);
    matched.add(i).add(j);
  }
  const components = new Map<number, Found[]>();
  for (const i of matched) {
    const claim = firm[i];
    if (!claim) continue;
    const component = components.get(root(i));
    if (component) component.push(claim);
    else components.set(root(i), [claim]);
  }
  return [...components.values()];
}

/**
 * How well two claims match, 0 when they are not about one thing: same kind and unit, and enough telling words in
 * common near both numbers; more shared words, and nearer ones, score higher.
 */
function matchScore(a: Claim, b: Claim): number {
  if (a.kind !== b.kind || a.unit !== b.unit) return 0;
  if (a.head !== null && b.head !== null && a.head !== b.head) return 0;
  // Sentences that name different years give figures of different periods ("for 2014" and "from 2007 through 2014").
  if (a.years !== "" && b.years !== "" && a.years !== b.years) return 0;
  let shared = 0;
  let near = 0;
  for (const [stem, word] of a.context) {
    const other = b.context.get(stem);
    if (!other) continue;
    shared += 1;
    if (word.distance < MATCH.near && other.distance < MATCH.near) near += 1;
  }
  const score = shared + 2 * near;
  if (a.kind === "count" || a.kind === "casualties") return (shared >= MATCH.shared && near >= 1) || shared >= MATCH.sharedAlone ? score : 0;
  // Amounts and percentages say little by their unit: stated values only, and more words in common near them.
  const stated = (c: Claim): boolean => c.hedge === "exact" || c.hedge === "about";
  return stated(a) && stated(b) && shared >= MATCH.sharedLoose && near >= 2 ? score : 0;
}

/** Equal within what the coarser of the two written numbers can tell apart ("5%" and "5.4%", "14" and "fourteen"). */
export function sameValue(a: Pick<Claim, "value" | "precision">, b: Pick<Claim, "value" | "precision">): boolean {
  return Math.abs(a.value - b.value) <= Math.max(a.precision, b.precision) / 2 + 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** Whether a matched thing is a disagreement worth showing. */
function disagrees(component: readonly Found[], all: readonly Found[]): boolean {
  const reports = new Set(component.map((c) => c.report));
  if (reports.size < 2) return false;
  // A report that gives two values for the thing is talking about two things.
  for (const report of reports) {
    const own = component.filter((c) => c.report === report);
    if (own.some((a) => own.some((b) => differ(a, b)))) return false;
  }
  const values = distinct(component);
  if (values.length < 2 || !component.some((a) => component.some((b) => a.report !== b.report && differ(a, b)))) return false;
  const numbers = values.map((c) => c.value);
  if (Math.min(...numbers) <= 0 || Math.max(...numbers) / Math.min(...numbers) > MAX_RATIO) return false;
  // A report that states the other value anywhere, for the same unit, may be counting something else there.
  for (const claim of component) {
    const unitClaims = all.filter((c) => c.report === claim.report && c.kind === claim.kind && c.unit === claim.unit);
    if (values.some((v) => !sameValue(v, claim) && unitClaims.some((c) => Math.abs(c.value - v.value) <= Math.min(c.precision, v.precision) / 2))) return false;
  }
  return true;
}

/**
 * Whether two values of one thing differ: their ranges do not meet ("15" and "14"; "8" and "at least 9"), or both are
 * bounds of one kind with different figures ("at least nine" and "at least eight" killed: the reports' tolls differ).
 */
function differ(a: Claim, b: Claim): boolean {
  if (sameValue(a, b)) return false;
  if (a.hedge === b.hedge && a.hedge !== "exact") return a.hedge !== "about" || !overlap(a, b);
  if ((a.hedge === "atLeast" && b.hedge === "atMost") || (a.hedge === "atMost" && b.hedge === "atLeast")) return false;
  return !overlap(a, b);
}

function overlap(a: Claim, b: Claim): boolean {
  const [aLow, aHigh] = range(a);
  const [bLow, bHigh] = range(b);
  return aLow < bHigh && bLow < aHigh;
}

/** The values a claim allows: its figure within its precision, at least or at most it, or within a tenth of it. */
function range(claim: Claim): [number, number] {
  const { value, precision } = claim;
  if (claim.hedge === "atLeast") return [value, Number.POSITIVE_INFINITY];
  if (claim.hedge === "atMost") return [Number.NEGATIVE_INFINITY, value];
  if (claim.hedge === "about") return [value * 0.9 - precision / 2, value * 1.1 + precision / 2];
  return [value - precision / 2, value + precision / 2];
}

function distinct(claims: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const claim of claims) if (!out.some((c) => sameValue(c, claim))) out.push(claim);
  return out;
}

function describe(component: readonly Found[]): Disagreement {
  const first = component[0];
  const shared = first ? [...first.context].filter(([stem]) => component.some((c) => c !== first && c.context.has(stem))) : [];
  // The three shared words nearest the number, in the order the sentence gives them, less those of the label.
  const label = new Set((first?.label ?? "").split(" ").map((w) => stemmer(w)));
  const words = shared
    .filter(([stem]) => !label.has(stem))
    .sort(([, a], [, b]) => a.distance - b.distance)
    .slice(0, 3)
    .sort(([, a], [, b]) => a.position - b.position)
    .map(([, w]) => w.word.toLowerCase());
  const claims: ClaimedValue[] = distinct(component).map((value) => {
    const same = component.filter((c) => sameValue(c, value));
    return {
      value: value.written,
      text: value.sentence,
      articles: [...new Set(same.map((c) => c.file))].sort(),
      publishers: [...new Set(same.map((c) => c.publisher))].sort((a, b) => a.localeCompare(b, "en")),
    };
  });
  return { about: words.length > 0 ? `${first?.label ?? "number"} (${words.join(", ")})` : first?.label ?? "number", claims };
}
