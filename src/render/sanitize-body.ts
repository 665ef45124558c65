/** Stage: sanitize the body's HTML once, then keep the sanitized tree and its plain text for extraction. */
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toText } from "hast-util-to-text";
import type { VFile } from "vfile";
import { sanitizeToTree } from "./sanitize.ts";

const BLOCKS = new Set(["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "tr", "dt", "dd"]);

/** Sanitize `file.data.unsafeHtml` (or the structured tree) into `file.data.html`, `hast` and `plainText`. */
export function sanitizeBody(file: VFile): void {
  const unsafe = file.data.unsafeHtml ?? (file.data.hast ? toHtml(file.data.hast) : "");
  const { html, tree } = sanitizeToTree(unsafe);
  file.data.html = html;
  file.data.hast = tree;
  file.data.plainText = plainText(tree);
}

// Note: a soft hyphen (`&shy;`, U+00AD) is a hint where a word may break, not text: kept in the HTML, where the browser
// honours it, and left out of the text, where it splits "Mit&shy;tel&shy;al&shy;ter" into four words for grouping,
// claims and search.
const SOFT_HYPHEN = /\u00ad/g;

/** The text of a tree with one line per block element, white space folded inside blocks, soft hyphens left out. */
export function plainText(tree: Root): string {
  const lines: string[] = [];
  let inline = "";
  const flush = (): void => {
    const line = inline.replace(SOFT_HYPHEN, "").replace(/\s+/g, " ").trim();
    if (line) lines.push(line);
    inline = "";
  };
  const visit = (nodes: readonly (ElementContent | Root["children"][number])[]): void => {
    for (const node of nodes) {
      if (node.type === "element" && BLOCKS.has(node.tagName)) {
        flush();
        inline = toText(node, { whitespace: "normal" });
        flush();
      } else if (node.type === "element" && hasBlock(node)) {
        flush();
        visit(node.children);
        flush();
      } else if (node.type === "element" || node.type === "text") {
        inline += node.type === "text" ? node.value : toText(node, { whitespace: "normal" });
      }
    }
  };
  visit(tree.children);
  flush();
  return lines.join("\n");
}

function hasBlock(node: Element): boolean {
  return node.children.some((child) => child.type === "element" && (BLOCKS.has(child.tagName) || hasBlock(child)));
}
