/**
 * Second readings of a page's main text, for when Readability finds too little: a complete JSON-LD `articleBody`,
 * the element marked `itemprop="articleBody"`, and the page's paragraphs outside its navigation and footers.
 */
import { elementsOf, type PageDocument, type PageElement } from "./page-dom.ts";
import { MARKED_ARTICLE, FALLBACK_BLOCKS, FALLBACK_OUTSIDE, LINK_DENSITY_MAX } from "./page-patterns.ts";

/** A candidate main text: its HTML and the length of its text. */
export interface Candidate {
  html: string;
  length: number;
  method: string;
}

const fold = (text: string | null): string => (text ?? "").replace(/\s+/g, " ").trim();
const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** JSON-LD text (`articleBody`, a live blog's entries) as paragraphs, one per line of the text. */
export function jsonLdBody(articleBody: unknown, method = "json-ld articleBody"): Candidate | null {
  if (typeof articleBody !== "string") return null;
  const paragraphs = articleBody.split(/\n+/).map(fold).filter(Boolean);
  if (paragraphs.length === 0) return null;
  return { html: paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n"), length: paragraphs.join(" ").length, method };
}

/** The page's prose blocks in document order, without menus, footers, link lists and repeats. */
export function pageParagraphs(document: PageDocument): Candidate | null {
  const seen = new Set<string>();
  const parts: string[] = [];
  let length = 0;
  for (const block of elementsOf(document.querySelectorAll(FALLBACK_BLOCKS))) {
    if (hasAncestor(block, FALLBACK_OUTSIDE) || hasAncestor(block, FALLBACK_BLOCKS)) continue;
    const text = fold(block.textContent);
    if (text.length < 2 || seen.has(text) || linkDensity(block, text.length) > LINK_DENSITY_MAX) continue;
    seen.add(text);
    parts.push(block.outerHTML);
    length += text.length;
  }
  return parts.length > 0 ? { html: parts.join("\n"), length, method: "page paragraphs" } : null;
}

function hasAncestor(element: PageElement, selector: string): boolean {
  return element.parentElement?.closest(selector) != null;
}

function linkDensity(element: PageElement, length: number): number {
  const links = elementsOf(element.querySelectorAll("a")).reduce((sum, link) => sum + fold(link.textContent).length, 0);
  return length === 0 ? 0 : links / length;
}

/** The element a page marks as the article (`itemprop="articleBody"`, a lone `<article>`, `<main>`). */
export function markedArticle(document: PageDocument): Candidate | null {
  for (const selector of MARKED_ARTICLE) {
    const found = elementsOf(document.querySelectorAll(selector));
    if (found.length !== 1 || !found[0]) continue;
    const text = fold(found[0].textContent);
    if (text.length > 0) return { html: found[0].innerHTML, length: text.length, method: selector };
  }
  return null;
}
