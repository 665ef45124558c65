/** Outlets by web domain and by the names sources use for them, looked up in the outlet registry. */
import { type OutletKind, type OutletRegistry, shippedRegistry } from "./outlet-registry.ts";

// Note: every lookup takes the registry as an argument (defaulting to the shipped one) rather than reading a
// module-level table that a build replaces: the content folder's `_outlets.yml` is build input like the content
// itself, so it travels in the build's options (plain Maps, which worker threads receive by structured clone), and
// two builds in one process (the dev server, tests) never see each other's outlets.

const shippedNames = (kind?: OutletKind): string[] =>
  [...shippedRegistry().outlets.values()].filter((o) => kind === undefined || o.kind === kind).map((o) => o.name);

/** Domains of the shipped registry → outlet names (kept for callers that need the table itself). */
export const DOMAIN_OUTLETS: Readonly<Record<string, string>> = Object.fromEntries(shippedRegistry().domains);

/** Domains whose links lead to other outlets' articles (shipped aggregators). */
export const AGGREGATOR_DOMAINS: ReadonlySet<string> = new Set(
  shippedNames("aggregator").flatMap((name) => shippedRegistry().outlets.get(name)?.domains ?? []),
);

/** Names sources print for outlets known by another name (shipped aliases → display names). */
export const OUTLET_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  [...shippedRegistry().outlets.values()].flatMap((o) => o.aliases.map((alias) => [alias, o.name] as const)),
);

/** The host of an http(s) URL, without `www.`; null for anything else. */
export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return parsed.hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return null;
  }
}

/** The outlet of a domain: the registry, then its parent domains (`edition.cnn.com` → `cnn.com`). */
export function outletOfDomain(domain: string | null, registry: OutletRegistry = shippedRegistry()): string | null {
  if (!domain) return null;
  const parts = domain.toLowerCase().split(".");
  for (let i = 0; i < parts.length - 1; i += 1) {
    const name = registry.domains.get(parts.slice(i).join("."));
    if (name) return name;
  }
  return null;
}

/** Whether a domain (or a parent of it) belongs to an aggregator. */
export function isAggregatorDomain(domain: string | null, registry: OutletRegistry = shippedRegistry()): boolean {
  const name = outletOfDomain(domain, registry);
  return name !== null && registry.outlets.get(name)?.kind === "aggregator";
}

/** The display name of an outlet as a source wrote it (`Associated Press` → `AP News`, `dw.com` → `DW`). */
export function canonicalOutlet(name: string, registry: OutletRegistry = shippedRegistry()): string {
  const trimmed = name.trim();
  return registry.names.get(trimmed.toLowerCase()) ?? trimmed;
}

/** The kind of a named outlet, when the registry knows it. */
export function outletKind(name: string | null, registry: OutletRegistry = shippedRegistry()): OutletKind | null {
  if (!name) return null;
  return registry.outlets.get(canonicalOutlet(name, registry))?.kind ?? null;
}
