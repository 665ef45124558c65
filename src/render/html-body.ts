/** Stage: an HTML body parsed with rehype-parse; a whole document gives up its head metadata and keeps its body. */
import type { Element, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { toText } from "hast-util-to-text";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { MAX_HTML_DEPTH, limitNesting } from "./limit-nesting.ts";

const DOCUMENT = /^\s*(?:<!doctype|<html|<head)/i;
const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze();
const documentParser = unified().use(rehypeParse, { fragment: false }).freeze();

/** Parse `file.data.body` as HTML into `file.data.unsafeHtml` and `file.data.htmlMeta`. */
export function htmlBody(file: VFile): void {
  const limited = limitNesting(file.data.body ?? "");
  if (limited.flattened) {
    report(file, "nesting-too-deep", `The HTML nests elements more than ${MAX_HTML_DEPTH} levels deep; the deeper tags were dropped and their text kept.`, { line: file.data.frontMatter?.bodyLine ?? 1 });
  }
  const body = limited.html;
  const isDocument = DOCUMENT.test(body);
  const tree = (isDocument ? documentParser : fragmentParser).parse(body);
  const meta: Record<string, string> = {};
  if (isDocument) collectMeta(tree, meta);
  const content = (isDocument ? findElement(tree, "article") ?? findElement(tree, "main") ?? findElement(tree, "body") : null) ?? tree;
  takeTitleHeading(content, meta, file.data.frontMatter?.data.title);
  spaceNoBreakSpaces(content);
  file.data.htmlMeta = meta;
  file.data.unsafeHtml = toHtml(content.type === "root" ? content : content.children);
}

/** The body's first h1 is the article's title: it moves to the metadata unless front matter names another title. */
function takeTitleHeading(content: Root | Element, meta: Record<string, string>, frontMatterTitle: unknown): void {
  const h1 = findElement(content, "h1");
  if (!h1) return;
  const text = toText(h1).replace(/\s+/g, " ").trim();
  if (typeof frontMatterTitle === "string" && frontMatterTitle.trim() !== text) return;
  meta.h1 = text;
  removeNode(content, h1);
}

// Note: no-break spaces become spaces in HTML bodies too, as in text: aggregators glue each title to its outlet
// with "&nbsp;&nbsp;", which would keep them on one line and read as one word to search.
const NO_BREAK_RUN = /[\u00a0\u202f\u2007]+/g;

function spaceNoBreakSpaces(node: Root | Element | RootContent): void {
  if (node.type === "text") node.value = node.value.replace(NO_BREAK_RUN, " ");
  else if ("children" in node && !(node.type === "element" && (node.tagName === "pre" || node.tagName === "code"))) for (const child of node.children) spaceNoBreakSpaces(child);
}

function removeNode(parent: Root | Element, target: Element): boolean {
  const index = parent.children.indexOf(target);
  if (index >= 0) {
    parent.children.splice(index, 1);
    return true;
  }
  return parent.children.some((child) => child.type === "element" && removeNode(child, target));
}

function collectMeta(node: Root | Element, meta: Record<string, string>): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "title" && !meta.title) meta.title = toText(child).trim();
    if (child.tagName === "meta") {
      const key = String(child.properties.property ?? child.properties.name ?? "").toLowerCase();
      const value = child.properties.content;
      if (key && typeof value === "string" && !(key in meta)) meta[key] = value.trim();
    }
    if (child.tagName === "link" && String(child.properties.rel ?? "").includes("canonical") && typeof child.properties.href === "string") {
      meta.canonical = child.properties.href;
    }
    if (child.tagName !== "body") collectMeta(child, meta);
  }
}

function findElement(node: Root | Element, tagName: string): Element | null {
  const queue: Array<Root | Element | RootContent> = [node];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || !("children" in current)) continue;
    if (current.type === "element" && current.tagName === tagName) return current;
    queue.push(...current.children);
  }
  return null;
}
