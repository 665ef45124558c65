/**
 * Deeply nested HTML (10,000 levels) overflows the stack of the tree utilities. No article needs more than a few
 * dozen levels, so markup deeper than the limit is flattened before parsing: the tags go, the text stays.
 */
import sanitizeHtml from "sanitize-html";

// Note: far above real article markup (tables in lists in quotes reach ~15), far below what overflows the stack.
export const MAX_HTML_DEPTH = 200;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** An upper estimate of the element depth of `html`, read in one pass over its tags. */
export function estimateDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const match of html.matchAll(TAG)) {
    const name = (match[2] ?? "").toLowerCase();
    if (match[1] === "/") depth = Math.max(0, depth - 1);
    else if (match[3] !== "/" && !VOID.has(name)) max = Math.max(max, ++depth);
  }
  return max;
}

/** `html` with no element deeper than `MAX_HTML_DEPTH`; unchanged (same string) when it was within the limit. */
export function limitNesting(html: string): { html: string; flattened: boolean } {
  if (estimateDepth(html) <= MAX_HTML_DEPTH) return { html, flattened: false };
  const flat = sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    nestingLimit: MAX_HTML_DEPTH,
    disallowedTagsMode: "discard",
  });
  return { html: flat, flattened: true };
}

// Note: micromark's cost grows faster than linearly with list and quote depth (1,000 nested list levels take over a
// minute); real articles stay within a handful of levels.
export const MAX_MARKDOWN_DEPTH = 64;
const QUOTE_PREFIX = /^(?:\s{0,3}>)+/;
const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s/;

/** An estimate of markdown nesting: quote markers, or list indentation in steps of two spaces. */
export function estimateMarkdownDepth(markdown: string): number {
  let max = 0;
  for (const line of markdown.split("\n")) {
    const quotes = QUOTE_PREFIX.exec(line)?.[0].split(">").length ?? 1;
    const indent = LIST_ITEM.exec(line)?.[1]?.replace(/\t/g, "    ").length ?? 0;
    max = Math.max(max, quotes - 1, Math.floor(indent / 2));
  }
  return max;
}
