/** A page's JSON-LD: its `<script type="application/ld+json">` blocks read as data, the article object found. */
import { isRecord } from "../records.ts";
import { elementsOf, type PageDocument } from "./page-dom.ts";
import { ARTICLE_TYPES } from "./page-patterns.ts";

/** What the JSON-LD blocks of a page held. */
export interface JsonLdFindings {
  /** The first object whose `@type` is an article type, or null. */
  article: Record<string, unknown> | null;
  /** How many blocks could not be read as JSON. */
  malformed: number;
}

/** Read every JSON-LD block; a block that is not JSON is counted, never thrown. */
export function readJsonLd(document: PageDocument): JsonLdFindings {
  let malformed = 0;
  const objects: Record<string, unknown>[] = [];
  for (const script of elementsOf(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    const text = (script.textContent ?? "").trim();
    if (text === "") continue;
    const parsed = parseLenient(text);
    if (parsed === undefined) {
      malformed += 1;
      continue;
    }
    collect(parsed, objects, 0);
  }
  const article = objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPES.has(type))) ?? null;
  return { article, malformed };
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Note: CMSs often wrap the block in an HTML comment or CDATA, or leave raw line breaks inside strings.
    const unwrapped = text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, "").replace(/(?:-->|\/\/\s*\]\]>)\s*$/, "").replace(/[\u0000-\u001f]+/g, " ");
    try {
      return JSON.parse(unwrapped);
    } catch {
      return undefined;
    }
  }
}

// Note: `@graph` lists, arrays of blocks and `mainEntity` all hold the article in one site or another.
function collect(value: unknown, into: Record<string, unknown>[], depth: number): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  into.push(value);
  collect(value["@graph"], into, depth + 1);
  collect(value.mainEntity, into, depth + 1);
}

/** The `@type` names of an object (a string or a list), without a schema.org prefix. */
export function typesOf(object: Record<string, unknown>): string[] {
  const type = object["@type"];
  const names = Array.isArray(type) ? type : [type];
  return names.filter((name): name is string => typeof name === "string").map((name) => name.replace(/^https?:\/\/schema\.org\//, ""));
}

/**
 * The text of a live blog's JSON-LD entries (`liveBlogUpdate`: each a headline and an `articleBody`), one line each,
 * in the page's order; null when there are none. A live blog's page often shows only its latest entries.
 */
export function liveBlogText(article: Record<string, unknown> | null): string | null {
  const updates = article?.liveBlogUpdate;
  const entries = (Array.isArray(updates) ? updates : [updates]).filter(isRecord);
  const lines = entries.flatMap((entry) => [entry.headline, entry.articleBody].filter((part): part is string => typeof part === "string" && part.trim() !== ""));
  return lines.length > 0 ? lines.join("\n") : null;
}
