/**
 * The main text of a parsed page: Mozilla Readability (Firefox Reader View) over the pruned page, checked against
 * second readings (a complete JSON-LD `articleBody`, the element marked as the article, the page's paragraphs) when
 * Readability kept too little, and tidied by roundup's rules whichever reading wins.
 */
import { Readability } from "@mozilla/readability";
import { type Candidate, jsonLdBody, markedArticle, pageParagraphs } from "./fallback-text.ts";
import type { PageDocument, PageElement } from "./page-dom.ts";
import { FALLBACK_SHARE, MARKED_ARTICLE, READABILITY_OPTIONS } from "./page-patterns.ts";
import { prunePage } from "./prune-page.ts";
import { tidyMainText } from "./tidy-main-text.ts";
import { unfoldBodyTemplates } from "./unfold-body-templates.ts";

const fold = (text: string | null): string => (text ?? "").replace(/\s+/g, " ").trim();

/** Find the main text (HTML, not yet sanitized); null when nothing on the page reads as an article. */
export function findMainText(document: PageDocument, jsonLd: { text: unknown; method: string }, options: { readability: boolean; pruneByName: boolean }): Candidate | null {
  // Before pruning, which drops every script: the article body a script would write in is part of the page.
  unfoldBodyTemplates(document);
  prunePage(document, { byName: options.pruneByName });
  // Readability rewrites the document, so the second readings are taken first.
  const fromJsonLd = tidied(document, jsonLdBody(jsonLd.text, jsonLd.method));
  const marked = tidied(document, markedArticle(document));
  const paragraphs = tidied(document, pageParagraphs(document));
  const serializer = (element: PageElement): PageElement => element;
  const content = options.readability ? (new Readability(document, { ...READABILITY_OPTIONS, serializer }).parse()?.content ?? null) : null;
  let readability: Candidate | null = null;
  if (content) {
    tidyMainText(content);
    const length = fold(content.textContent).length;
    if (length > 0) readability = { html: content.innerHTML, length, method: "readability" };
  }
  const kept = readability?.length ?? 0;
  if (fromJsonLd && kept < FALLBACK_SHARE.jsonLd * fromJsonLd.length) return fromJsonLd;
  if (marked && kept < FALLBACK_SHARE.marked * marked.length) return marked;
  if (marked?.method === MARKED_ARTICLE[0] && kept > FALLBACK_SHARE.microdataWrapper * marked.length) return marked;
  if (paragraphs && kept < FALLBACK_SHARE.paragraphs * paragraphs.length) return paragraphs;
  return readability ?? paragraphs;
}

/** A second reading after the same tidying as Readability's result; null when nothing is left. */
function tidied(document: PageDocument, candidate: Candidate | null): Candidate | null {
  if (!candidate) return null;
  const container = document.createElement("div");
  container.innerHTML = candidate.html;
  tidyMainText(container);
  const length = fold(container.textContent).length;
  return length > 0 ? { html: container.innerHTML, length, method: candidate.method } : null;
}
