/**
 * Where independent reports differ: claims of different reports are matched by what they count and the words around
 * them; a thing two reports give different values for is a disagreement. Precision comes first: a wrong
 * "disagreement" misleads a reader, so every doubt (a bound, a report that gives both values, values far apart,
 * a report that gives two values for the thing) keeps the pair quiet.
 */
import type { ClaimedValue, Disagreement } from "../types.ts";
import { MATCH, MAX_RATIO } from "./claim-patterns.ts";
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
  const firm = claims.filter((claim) => !claim.hedged);
  const parent = firm.map((_, i) => i);
  const root = (i: number): number => {
    let at = i;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  const matched = new Set<number>();
  // Only claims of one kind and unit can match: compare within those buckets, never all pairs.
  const buckets = new Map<string, number[]>();
  firm.forEach((claim, i) => buckets.set(`${claim.kind}\u0000${claim.unit}`, [...(buckets.get(`${claim.kind}\u0000${claim.unit}`) ?? []), i]));
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x += 1) {
      for (let y = x + 1; y < bucket.length; y += 1) {
        const i = bucket[x] ?? 0;
        const j = bucket[y] ?? 0;
        const a = firm[i];
        const b = firm[j];
        if (a && b && a.report !== b.report && sameThing(a, b)) {
          parent[root(i)] = root(j);
          matched.add(i).add(j);
        }
      }
    }
  }
  const components = new Map<number, Found[]>();
  for (const i of matched) {
    const claim = firm[i];
    if (claim) components.set(root(i), [...(components.get(root(i)) ?? []), claim]);
  }
  const order = (found: readonly Found[]): number => Math.min(...found.map((c) => claims.indexOf(c)));
  return [...components.values()]
    .filter((component) => disagrees(component, claims))
    .sort((a, b) => order(a) - order(b))
    .map((component) => describe([...component].sort((a, b) => claims.indexOf(a) - claims.indexOf(b))));
}

/** Same kind and unit, and enough telling words in common near both numbers. */
function sameThing(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit) return false;
  if (a.head !== null && b.head !== null && a.head !== b.head) return false;
  let shared = 0;
  let near = 0;
  for (const [stem, word] of a.context) {
    const other = b.context.get(stem);
    if (!other) continue;
    shared += 1;
    if (word.distance < MATCH.near && other.distance < MATCH.near) near += 1;
  }
  const needed = a.kind === "count" || a.kind === "casualties" ? MATCH.shared : MATCH.sharedLoose;
  return shared >= needed && near >= 1;
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
    if (own.some((c) => !sameValue(c, own[0] ?? c))) return false;
  }
  const values = distinct(component);
  if (values.length < 2) return false;
  const numbers = values.map((c) => c.value);
  if (Math.min(...numbers) <= 0 || Math.max(...numbers) / Math.min(...numbers) > MAX_RATIO) return false;
  // A report that states the other value anywhere, for the same unit, may be counting something else there.
  for (const claim of component) {
    const unitClaims = all.filter((c) => c.report === claim.report && c.kind === claim.kind && c.unit === claim.unit);
    if (values.some((v) => !sameValue(v, claim) && unitClaims.some((c) => sameValue(c, v)))) return false;
  }
  return true;
}

function distinct(claims: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const claim of claims) if (!out.some((c) => sameValue(c, claim))) out.push(claim);
  return out;
}

function describe(component: readonly Found[]): Disagreement {
  const first = component[0];
  const shared = first ? [...first.context].filter(([stem]) => component.some((c) => c !== first && c.context.has(stem))) : [];
  const words = shared.sort(([, a], [, b]) => a.distance - b.distance).slice(0, 3).map(([, w]) => w.word.toLowerCase());
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
