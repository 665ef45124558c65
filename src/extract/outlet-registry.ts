/**
 * The outlet registry: display names, kinds and countries of outlets, found by web domain or by any name a source
 * prints. Shipped as `outlets.yml` beside this module; editors extend it with `content/_outlets.yml`.
 */
import { readFileSync } from "node:fs";
import type { Node } from "yaml";
import { type Problem, YamlReader } from "../data-files/yaml-reader.ts";

/** What kind of outlet it is; `wire` and `aggregator` become labels on story pages. */
export const OUTLET_KINDS = ["wire", "national", "regional", "aggregator", "blog"] as const;
/** One of `OUTLET_KINDS`. */
export type OutletKind = (typeof OUTLET_KINDS)[number];

/** One outlet of the registry. */
export interface Outlet {
  name: string;
  kind: OutletKind | null;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null;
  domains: string[];
  aliases: string[];
}

/** Outlets and their lookups; plain data (Maps), so it can be handed to worker threads. */
export interface OutletRegistry {
  /** By display name. */
  outlets: Map<string, Outlet>;
  /** Web domain → display name. */
  domains: Map<string, string>;
  /** Lower-cased display name, alias or domain → display name. */
  names: Map<string, string>;
}

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const COUNTRY = /^[A-Z]{2}$/;
const KEYS = ["name", "kind", "country", "domains", "aliases"] as const;

/** Read an outlet list (a YAML sequence of outlets); each malformed field is a problem and is left out. */
export function readOutlets(source: string): { outlets: Outlet[]; problems: Problem[] } {
  const reader = new YamlReader(source);
  const outlets: Outlet[] = [];
  if (reader.root === null) return { outlets, problems: reader.problems };
  for (const item of reader.items(reader.root)) {
    const outlet = readOutlet(reader, item);
    if (outlet) outlets.push(outlet);
  }
  return { outlets, problems: reader.problems };
}

function readOutlet(reader: YamlReader, node: Node): Outlet | null {
  const entries = reader.entries(node, "an outlet", KEYS);
  if (!entries) return null;
  const outlet: Outlet = { name: "", kind: null, country: null, domains: [], aliases: [] };
  for (const { key, at, value } of entries) {
    if (key === "name") outlet.name = reader.text(value, "`name`", at)?.text ?? "";
    else if (key === "kind") {
      const kind = reader.text(value, "`kind`", at);
      const known = OUTLET_KINDS.find((k) => k === kind?.text);
      if (known) outlet.kind = known;
      else if (kind) reader.fail(value, `\`kind\` must be one of ${OUTLET_KINDS.join(", ")}, not “${kind.text}”`);
    } else if (key === "country") {
      const country = reader.text(value, "`country`", at);
      if (country && COUNTRY.test(country.text)) outlet.country = country.text;
      else if (country) reader.fail(value, `\`country\` must be a two-letter ISO 3166 code such as GB or US, not “${country.text}”`);
    } else {
      for (const itemNode of reader.items(value)) {
        const text = reader.text(itemNode, `each of \`${key}\``);
        if (!text) continue;
        if (key === "aliases") outlet.aliases.push(text.text);
        else if (DOMAIN.test(text.text.toLowerCase().replace(/^www\./, ""))) outlet.domains.push(text.text.toLowerCase().replace(/^www\./, ""));
        else reader.fail(itemNode, `“${text.text}” is not a web domain (like bbc.co.uk)`);
      }
    }
  }
  if (outlet.name === "") {
    if (!entries.some((e) => e.key === "name")) reader.fail(node, "An outlet needs a `name`");
    return null;
  }
  return outlet;
}

/** A registry from outlet lists, later lists extending earlier ones (same name, any case: kind and country replaced, domains and aliases added). */
export function buildRegistry(...lists: ReadonlyArray<readonly Outlet[]>): OutletRegistry {
  const outlets = new Map<string, Outlet>();
  const byLowerName = new Map<string, string>();
  for (const list of lists) {
    for (const next of list) {
      const existingName = byLowerName.get(next.name.toLowerCase());
      const existing = existingName === undefined ? undefined : outlets.get(existingName);
      if (existing) {
        existing.kind = next.kind ?? existing.kind;
        existing.country = next.country ?? existing.country;
        existing.domains = [...new Set([...existing.domains, ...next.domains])];
        existing.aliases = [...new Set([...existing.aliases, ...next.aliases])];
      } else {
        outlets.set(next.name, { ...next, domains: [...next.domains], aliases: [...next.aliases] });
        byLowerName.set(next.name.toLowerCase(), next.name);
      }
    }
  }
  const domains = new Map<string, string>();
  const names = new Map<string, string>();
  for (const outlet of outlets.values()) {
    for (const domain of outlet.domains) {
      domains.set(domain, outlet.name);
      names.set(domain, outlet.name);
    }
  }
  // Note: aliases after domains and names last, so that a display name always finds its own outlet.
  for (const outlet of outlets.values()) for (const alias of outlet.aliases) names.set(alias.toLowerCase(), outlet.name);
  for (const outlet of outlets.values()) names.set(outlet.name.toLowerCase(), outlet.name);
  return { outlets, domains, names };
}

let shipped: OutletRegistry | undefined;

/** The registry shipped with roundup (`outlets.yml`), read once; a malformed file is a programming error. */
export function shippedRegistry(): OutletRegistry {
  if (shipped) return shipped;
  const file = new URL("./outlets.yml", import.meta.url);
  const { outlets, problems } = readOutlets(readFileSync(file, "utf8"));
  const first = problems[0];
  if (first) throw new Error(`${file.pathname}:${first.line}:${first.column}: ${first.message}`);
  shipped = buildRegistry(outlets);
  return shipped;
}
