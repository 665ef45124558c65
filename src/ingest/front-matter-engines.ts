/** Parsers gray-matter may use, and the languages it must never run. */
import { type Document, parseDocument, isMap, isScalar } from "yaml";
import { parse as parseToml } from "smol-toml";

/** A front-matter parse failure with its line inside the front-matter block (1-based). */
export class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

// Note: aliases are legal YAML but an alias bomb ("billion laughs") expands to gigabytes; 100 is far above what
// any article needs.
const MAX_ALIASES = 100;

/** Parse YAML 1.2 (core schema: dates stay strings, so no time zone is ever invented). */
export function parseYaml(source: string): unknown {
  return yamlValue(parseYamlDocument(source));
}

function parseYamlDocument(source: string): Document {
  return parseDocument(source, { uniqueKeys: false, prettyErrors: true });
}

function yamlValue(doc: Document): unknown {
  const error = doc.errors[0];
  if (error) throw new FrontMatterSyntaxError(error.message.split("\n")[0] ?? error.message, error.linePos?.[0]?.line ?? null);
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (cause) {
    throw new FrontMatterSyntaxError(cause instanceof Error ? cause.message : String(cause), null);
  }
}

/** Top-level keys that occur more than once, with the line (in the block) of each repeat. */
export function duplicateYamlKeys(source: string): Array<{ key: string; line: number }> {
  return repeatedKeys(parseDocument(source, { uniqueKeys: false, keepSourceTokens: false }), source);
}

function repeatedKeys(doc: Document, source: string): Array<{ key: string; line: number }> {
  if (!isMap(doc.contents)) return [];
  const seen = new Set<string>();
  const repeats: Array<{ key: string; line: number }> = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    if (key === null) continue;
    if (seen.has(key)) {
      const offset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0;
      repeats.push({ key, line: source.slice(0, offset).split("\n").length });
    }
    seen.add(key);
  }
  return repeats;
}

/**
 * The YAML front matter of one file, parsed once: gray-matter's engine (`parse`), whose document then gives the
 * repeated keys of `block` (the lines between the delimiters) without a second parse, when gray-matter handed the
 * engine exactly those lines after the rest of the opening line.
 */
export class YamlFrontMatter {
  private parsed: { source: string; doc: Document } | null = null;

  /** gray-matter's YAML engine. */
  readonly parse = (source: string): unknown => {
    const doc = parseYamlDocument(source);
    this.parsed = { source, doc };
    return yamlValue(doc);
  };

  /** As {@link duplicateYamlKeys}`(block)`. */
  duplicateKeys(block: string): Array<{ key: string; line: number }> {
    const parsed = this.parsed;
    const newline = parsed ? parsed.source.indexOf("\n") : -1;
    if (!parsed || newline < 0 || parsed.source.slice(newline + 1) !== block) return duplicateYamlKeys(block);
    // Note: the engine's text has one line more (the opening line's end) before the block's.
    return repeatedKeys(parsed.doc, parsed.source).map((repeat) => ({ key: repeat.key, line: repeat.line - 1 }));
  }
}

/** Parse JSON front matter. */
export function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch (cause) {
    throw new FrontMatterSyntaxError(cause instanceof Error ? cause.message : String(cause), null);
  }
}

/** Parse TOML front matter (Hugo's `+++`). */
export function parseTomlBlock(source: string): unknown {
  try {
    return parseToml(source);
  } catch (cause) {
    const line = cause !== null && typeof cause === "object" && "line" in cause && typeof cause.line === "number" ? cause.line : null;
    throw new FrontMatterSyntaxError(cause instanceof Error ? cause.message.split("\n")[0] ?? "" : String(cause), line);
  }
}

/** Front-matter languages that are programs: gray-matter would `eval` them. */
export const EXECUTABLE_LANGUAGES = new Set(["js", "javascript", "coffee", "coffeescript", "cson", "ts", "typescript"]);

/** Languages roundup reads. */
export const DATA_LANGUAGES = new Set(["yaml", "yml", "json", "toml"]);

/** gray-matter's engine table: data languages parse, every executable language throws; YAML with `yaml`'s engine. */
export function grayMatterEngines(yaml: (source: string) => unknown = parseYaml): Record<string, (source: string) => object> {
  const refuse = (): never => {
    throw new Error("executable front matter is never evaluated");
  };
  const asObject = (parse: (s: string) => unknown) => (source: string): object => {
    const value = parse(source);
    // gray-matter wants an object back; a scalar is wrapped so the caller can report it precisely.
    return { value };
  };
  const engines: Record<string, (source: string) => object> = {
    yaml: asObject(yaml),
    yml: asObject(yaml),
    json: asObject(parseJson),
    toml: asObject(parseTomlBlock),
  };
  for (const language of EXECUTABLE_LANGUAGES) engines[language] = refuse;
  return engines;
}
