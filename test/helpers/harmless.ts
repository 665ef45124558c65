/** What "harmless HTML" means: no script, no event handler, no script-bearing URL, nothing that loads a document. */
import type { Element, ElementContent, Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";

const documentParser = unified().use(rehypeParse, { fragment: false });
const fragmentParser = unified().use(rehypeParse, { fragment: true });

// Note: elements that run code or load other documents; none may come from content.
const FORBIDDEN = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base", "style", "link", "meta", "svg", "math", "xmp", "noscript", "template", "portal"]);
const URL_ATTRIBUTES = /^(?:href|src|action|formAction|xLinkHref|srcSet|poster|background|cite|data|codeBase|dynsrc|lowsrc)$/i;
const BAD_URL = /^(?:javascript|vbscript|data|livescript|mocha):/i;

/** Where a piece of site chrome sits: a direct child of `<head>`, of `<main>` or of a story's timeline figure. */
type Place = "head" | "main" | "figure.timeline";

/** One element the site's own templates emit, described exactly: its tag, its place and every attribute it has. */
interface ChromeElement {
  tag: "script" | "form" | "svg";
  place: Place;
  attributes: Record<string, string>;
  /**
   * What it holds: an external script nothing, JSON-LD its JSON, the search form its fields, the chart only lines,
   * rectangles and text.
   */
  content: "none" | "json" | "any" | "chart";
}

/**
 * The scripts and forms of `templates/` and the chart of `src/views/coverage-timeline.ts` (test/hostile/harmless.test.ts
 * keeps this list in step with them). `{prefix}` is the site's path prefix. Anything else of these kinds in a page
 * came from content.
 */
// Note: base.njk puts JSON-LD in <head>; search.njk puts its module script and its search form directly in <main>,
// where article text never goes (it sits inside the page template's own elements); story.njk puts the chart directly
// in <figure class="timeline">.
export const SITE_CHROME: readonly ChromeElement[] = [
  { tag: "script", place: "head", attributes: { type: "application/ld+json" }, content: "json" },
  { tag: "script", place: "main", attributes: { type: "module", src: "{prefix}assets/search.js" }, content: "none" },
  { tag: "form", place: "main", attributes: { className: "search-form", role: "search", action: "{prefix}search/", method: "get", dataSearchForm: "" }, content: "any" },
  { tag: "svg", place: "figure.timeline", attributes: { xmlns: "http://www.w3.org/2000/svg", viewBox: "0 0 480 150", width: "480", height: "150", ariaHidden: "true", focusable: "false" }, content: "chart" },
];
const CHART_PARTS = new Set(["line", "rect", "text"]);

/** Options of `dangers`. */
export interface DangerOptions {
  /** Parse a whole document rather than a fragment. */
  document?: boolean;
  /** Accept the site's own head elements and the chrome in `SITE_CHROME`, each once, at its place. */
  allowPageChrome?: boolean;
  /** The path the site is served under (default `/`). */
  pathPrefix?: string;
}

/** Problems found in a piece of HTML. */
export function dangers(html: string, options: DangerOptions = {}): string[] {
  const tree: Root = (options.document ? documentParser : fragmentParser).parse(html);
  const found: string[] = [];
  const used = new Set<ChromeElement>();
  const chrome = (node: Element, parent: Root | Element): boolean => {
    if (!options.allowPageChrome || parent.type !== "element") return false;
    const place = placeOf(parent);
    if (node.tagName === "meta" || node.tagName === "link") return place === "head";
    const match = SITE_CHROME.find((entry) => !used.has(entry) && place === entry.place && matches(node, entry, options.pathPrefix ?? "/"));
    if (match) used.add(match);
    return match !== undefined;
  };
  const visit = (node: Root | RootContent, parent: Root | Element): void => {
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") check(node, chrome(node, parent), found);
    const children = node.type === "element" && node.tagName === "template" && node.content ? [...node.children, node.content] : node.children;
    for (const child of children) visit(child, node.type === "element" ? node : parent);
  };
  visit(tree, tree);
  return found;
}

function placeOf(parent: Element): Place | null {
  if (parent.tagName === "head" || parent.tagName === "main") return parent.tagName;
  const classes = parent.properties.className;
  return parent.tagName === "figure" && Array.isArray(classes) && classes.includes("timeline") ? "figure.timeline" : null;
}

function check(node: Element, isChrome: boolean, found: string[]): void {
  const tag = node.tagName.toLowerCase();
  if (FORBIDDEN.has(tag) && !isChrome) found.push(`<${tag}> element`);
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name)) found.push(`${name} handler on <${tag}>`);
    if (URL_ATTRIBUTES.test(name)) {
      const values = Array.isArray(value) ? value.map(String) : [String(value)];
      for (const v of values) {
        const url = v.replace(/[\u0000-\u0020\u007f-\u00a0]/g, "");
        if (BAD_URL.test(url) && !(tag === "img" && /^data:image\/(?:png|gif|jpeg|webp);/i.test(url))) found.push(`${name}="${v.slice(0, 40)}" on <${tag}>`);
      }
    }
  }
}

/** Whether `node` is exactly `entry`: same tag, the same attributes and no other, the expected kind of content. */
function matches(node: Element, entry: ChromeElement, prefix: string): boolean {
  if (node.tagName !== entry.tag) return false;
  const expected = Object.entries(entry.attributes).map(([name, value]) => [name, value.replace("{prefix}", prefix)] as const);
  const actual = Object.entries(node.properties).map(([name, value]) => [name, Array.isArray(value) ? value.join(" ") : value === true ? "" : String(value)] as const);
  if (actual.length !== expected.length || !expected.every(([name, value]) => actual.some(([n, v]) => n === name && v === value))) return false;
  if (entry.content === "none") return node.children.length === 0;
  if (entry.content === "json") return isJson(node.children);
  if (entry.content === "chart") return node.children.every((child) => child.type !== "element" || (CHART_PARTS.has(child.tagName) && child.children.every((c) => c.type === "text")));
  return true;
}

function isJson(children: ElementContent[]): boolean {
  const [only] = children;
  if (children.length !== 1 || only?.type !== "text") return false;
  try {
    JSON.parse(only.value);
    return true;
  } catch {
    return false;
  }
}
