/**
 * A story's sources folded into independent reports: a wire service's report with every copy of it, an outlet's
 * own reporting, and each source of an unknown outlet on its own (two unknown sources are not known to be one).
 */
import { canonicalOutlet, domainOf } from "../extract/outlet-names.ts";
import type { OutletRegistry } from "../extract/outlet-registry.ts";
import type { CopyOf, ReportGroup, Source } from "../types.ts";

/** The publisher a source shows when no outlet could be found for it. */
export const UNKNOWN_OUTLET = "Unknown outlet";

/** A source's outlet as a reader can tell it apart: its publisher, else its site, else our file, else unknown. */
export function sourceName(source: Pick<Source, "publisher" | "url" | "file">): string {
  if (source.publisher !== UNKNOWN_OUTLET) return source.publisher;
  return domainOf(source.url) ?? source.file ?? UNKNOWN_OUTLET;
}

/** Fold `sources` into reports; `copies` says which member articles (by id) carry whose report. */
export function foldReports(sources: readonly Source[], copies: ReadonlyMap<string, CopyOf>, outlets: OutletRegistry): ReportGroup[] {
  const sourceOfFile = new Map(sources.flatMap((s) => (s.file ? [[s.file, s] as const] : [])));
  const ownKey = (source: Source): { key: string; by: string; wire: boolean } => {
    if (source.publisher === UNKNOWN_OUTLET) return { key: `source:${source.file ?? source.url ?? source.title}`, by: sourceName(source), wire: false };
    const name = canonicalOutlet(source.publisher, outlets);
    const wire = outlets.outlets.get(name)?.kind === "wire";
    return { key: `${wire ? "wire" : "outlet"}:${name}`, by: name, wire };
  };
  const keyOf = (source: Source, depth = 0): { key: string; by: string; wire: boolean } => {
    const copy = source.articleId === null ? undefined : copies.get(source.articleId);
    if (copy && "wire" in copy) return { key: `wire:${copy.wire}`, by: copy.wire, wire: true };
    const original = copy ? sourceOfFile.get(copy.file) : undefined;
    if (original && original !== source && depth < 5) return keyOf(original, depth + 1);
    return ownKey(source);
  };
  const groups = new Map<string, ReportGroup>();
  for (const source of sources) {
    const { key, by, wire } = keyOf(source);
    const group = groups.get(key) ?? { by, wire, sources: [] };
    const copied = source.articleId !== null && copies.has(source.articleId);
    const carrier = copied && source.publisher === by ? (domainOf(source.url) ?? source.file ?? UNKNOWN_OUTLET) : sourceName(source);
    group.sources.push({ source, copy: copied, carrier });
    groups.set(key, group);
  }
  for (const group of groups.values()) group.sources.sort((a, b) => Number(a.copy) - Number(b.copy));
  return [...groups.values()];
}
