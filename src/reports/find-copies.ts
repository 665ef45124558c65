/**
 * Copies among a story's articles: wire copy (a credit, byline or dateline naming a wire service of the outlet
 * registry) and republished text (a large share of word shingles with another member, the near-duplicate measure).
 * What is a copy of whom decides how many independent reports a story has, and which numbers may disagree.
 */
import { compareDates } from "../dates.ts";
import { canonicalOutlet, domainOf, outletOfDomain } from "../extract/outlet-names.ts";
import type { OutletRegistry } from "../extract/outlet-registry.ts";
import { wordShingles } from "../near-duplicates/find-near-duplicates.ts";
import { fnv1a } from "../group/hash-shingles.ts";
import { countCommon, distinctSorted } from "../group/sorted-lists.ts";
import type { Article, CopyOf } from "../types.ts";
import { BYLINE_DECORATION, COPY_MIN_SHINGLES, COPY_NEIGHBOURS, COPY_SHARE, COPY_TEXT_LENGTH, WIRE_DATELINE } from "./copy-patterns.ts";

/** What copy detection reads of an article. */
export type CopyCandidate = Pick<Article, "id" | "file" | "publisher" | "credit" | "author" | "url" | "date" | "text" | "related">;

/** The wire service a name stands for, when the registry knows it as one. */
export function wireService(name: string | null, outlets: OutletRegistry): string | null {
  if (!name) return null;
  const bare = name.replace(BYLINE_DECORATION, "").trim();
  if (bare === "") return null;
  const canonical = canonicalOutlet(bare, outlets);
  return outlets.outlets.get(canonical)?.kind === "wire" ? canonical : null;
}

/**
 * The wire service whose copy an article is: named by its credit, byline or dateline, and not published by that
 * service itself (its publisher is another outlet, or was only inferred from the credit, and its link is not on the
 * service's site).
 */
export function wireOf(article: CopyCandidate, outlets: OutletRegistry): string | null {
  const dateline = WIRE_DATELINE.exec(article.text.slice(0, 200))?.[1] ?? null;
  const wire = wireService(article.credit, outlets) ?? wireService(article.author, outlets) ?? wireService(dateline, outlets);
  if (wire === null) return null;
  const publisher = article.publisher ? canonicalOutlet(article.publisher, outlets) : null;
  const ownSite = outletOfDomain(domainOf(article.url), outlets) === wire;
  const inferred = article.publisher !== null && article.publisher === article.credit;
  if (ownSite || (publisher === wire && !inferred)) return null;
  return wire;
}

/** Which members carry another's report; members of their own reporting are absent. */
export function findCopies(members: readonly CopyCandidate[], outlets: OutletRegistry): Map<string, CopyOf> {
  const copies = new Map<string, CopyOf>();
  const wires = new Map(members.map((m) => [m.id, wireOf(m, outlets)]));
  for (const [id, wire] of wires) if (wire !== null) copies.set(id, { wire });

  // Republished text: members whose texts share most shingles form a cluster; the earliest is the original, and a
  // cluster that holds wire copy is the wire service's report throughout.
  const texts = members
    .filter((m) => m.related.length === 0)
    .map((m) => ({ member: m, shingles: hashed(wordShingles(m.text.slice(0, COPY_TEXT_LENGTH))) }))
    .filter((t) => t.shingles.length >= COPY_MIN_SHINGLES);
  const parent = new Map(texts.map((t) => [t.member.id, t.member.id]));
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    return at;
  };
  for (const [a, b] of comparedPairs(texts)) {
    // Members already in one cluster need no comparing: the clusters are the same either way.
    if (root(a.member.id) === root(b.member.id)) continue;
    if (share(a.shingles, b.shingles) >= COPY_SHARE) parent.set(root(a.member.id), root(b.member.id));
  }
  const clusters = new Map<string, CopyCandidate[]>();
  for (const { member } of texts) {
    const cluster = clusters.get(root(member.id));
    if (cluster) cluster.push(member);
    else clusters.set(root(member.id), [member]);
  }
  for (const cluster of clusters.values()) {
    if (cluster.length < 2) continue;
    const wire = cluster.map((m) => wires.get(m.id)).find((w): w is string => typeof w === "string");
    const [original, ...rest] = [...cluster].sort(originalFirst);
    for (const member of rest) if (!copies.has(member.id)) copies.set(member.id, wire ? { wire } : { file: original?.file ?? member.file });
    // The earliest of a wire cluster is a copy too, unless the service published it itself.
    const ownOriginal = original?.publisher ? canonicalOutlet(original.publisher, outlets) === wire && original.publisher !== original.credit : false;
    if (wire && original && !ownOriginal && !copies.has(original.id)) copies.set(original.id, { wire });
  }
  return copies;
}

/**
 * The pairs of members compared: every pair, unless there are more than {@link COPY_NEIGHBOURS} + 1 members; then each
 * with its {@link COPY_NEIGHBOURS} successors in two orders: by date (undated last, ties in path order), as copies
 * follow their original, and by the smallest hash of its shingles (ties by date), which two texts that share most
 * shingles are likely to share. The clusters do not depend on the order pairs come in; a pair may come twice.
 */
function* comparedPairs<T extends { member: CopyCandidate; shingles: Uint32Array }>(texts: readonly T[]): Generator<[T, T]> {
  const all = texts.length <= COPY_NEIGHBOURS + 1;
  const orders = all
    ? [texts]
    : [[...texts].sort((a, b) => byDate(a.member, b.member)), [...texts].sort((a, b) => (a.shingles[0] ?? 0) - (b.shingles[0] ?? 0) || byDate(a.member, b.member))];
  for (const ordered of orders) {
    for (let i = 0; i < ordered.length; i += 1) {
      const last = all ? ordered.length - 1 : Math.min(ordered.length - 1, i + COPY_NEIGHBOURS);
      for (let j = i + 1; j <= last; j += 1) {
        const a = ordered[i];
        const b = ordered[j];
        if (a && b) yield [a, b];
      }
    }
  }
}

function byDate(a: CopyCandidate, b: CopyCandidate): number {
  const undated = Number(a.date === null) - Number(b.date === null);
  if (undated !== 0) return undated;
  const byDay = compareDates(a.date, b.date);
  if (byDay !== 0) return byDay;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * Shingles as ascending distinct hashes: a story of forty members compares 780 pairs, and a merge walk over numbers
 * costs a fraction of looking strings up in a set.
 */
function hashed(shingles: ReadonlySet<string>): Uint32Array {
  return distinctSorted(Uint32Array.from(shingles, fnv1a));
}

/** The share of the smaller list that the other holds too. */
function share(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : countCommon(a, b) / smaller;
}

/** The earliest dated first; then a named outlet before an unknown one, then the shorter text (a copy adds lines), then path order. */
function originalFirst(a: CopyCandidate, b: CopyCandidate): number {
  const undated = Number(a.date === null) - Number(b.date === null);
  if (undated !== 0) return undated;
  const byDate = compareDates(a.date, b.date);
  if (byDate !== 0) return byDate;
  const unnamed = Number(a.publisher === null) - Number(b.publisher === null);
  if (unnamed !== 0) return unnamed;
  if (a.text.length !== b.text.length) return a.text.length - b.text.length;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
