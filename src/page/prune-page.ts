/** Remove from a parsed page what is never its article: code, forms, hidden parts, and named furniture. */
import { elementsOf, type PageDocument, type PageElement } from "./page-dom.ts";
import { ARTICLE_MARKERS, BOILERPLATE_WORDS, END_HEADING_MAX, END_OF_ARTICLE, THREAD_HEADING, LIVE_NAMES, HIDDEN, NEVER_TEXT, TRACKING_PIXEL, PROSE_PARAGRAPH, PROSE_PARAGRAPHS, WRAPPER_SHARE } from "./page-patterns.ts";

const KEEP = new Set(["html", "body", "main", "article"]);

/** Prune the page in place (by class and id names too unless `byName` is false); returns how many elements went. */
export function prunePage(document: PageDocument, options: { byName: boolean }): number {
  let removed = 0;
  for (const element of elementsOf(document.querySelectorAll(NEVER_TEXT))) {
    element.remove();
    removed += 1;
  }
  for (const element of elementsOf(document.querySelectorAll(`${HIDDEN}, ${TRACKING_PIXEL}`))) {
    if (KEEP.has(element.localName)) continue;
    element.remove();
    removed += 1;
  }
  if (!options.byName) return removed;
  const bodyLength = textLength(document.body);
  for (const element of elementsOf(document.querySelectorAll("[class], [id]"))) {
    if (KEEP.has(element.localName) || !isBoilerplateNamed(element)) continue;
    if (element.querySelector(ARTICLE_MARKERS) !== null) continue;
    if (textLength(element) > WRAPPER_SHARE * bodyLength || holdsProse(element)) continue;
    // Note: a theme names the list ("related-links") and not its heading; a "Related" heading left behind amid the
    // article, with the article's prose after it, would read as the article's end.
    const heading = element.previousElementSibling;
    if (heading && /^h[2-6]$/.test(heading.localName) && textLength(heading) <= END_HEADING_MAX && isInlineBoxHeading(fold(heading.textContent)) && proseFollows(element)) {
      heading.remove();
      removed += 1;
    }
    element.remove();
    removed += 1;
  }
  return removed;
}

/** Whether an element's class or id holds a boilerplate word. */
export function isBoilerplateNamed(element: PageElement): boolean {
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.toLowerCase();
  if (names.trim() === "" || LIVE_NAMES.test(names)) return false;
  return names.split(/[\s_-]+/).some((word) => BOILERPLATE_WORDS.has(word));
}

/** Whether an element holds paragraphs of prose (not link lists): then its name is a theme's, not furniture's. */
function holdsProse(element: PageElement): boolean {
  let paragraphs = 0;
  for (const paragraph of elementsOf(element.querySelectorAll("p"))) {
    if (textLength(paragraph) - linkLength(paragraph) >= PROSE_PARAGRAPH && ++paragraphs >= PROSE_PARAGRAPHS) return true;
  }
  return false;
}

/** Whether a paragraph of prose comes after the element, among its next siblings. */
function proseFollows(element: PageElement): boolean {
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    const paragraphs = next.localName === "p" ? [next] : elementsOf(next.querySelectorAll("p"));
    if (paragraphs.some((paragraph) => textLength(paragraph) - linkLength(paragraph) >= PROSE_PARAGRAPH)) return true;
  }
  return false;
}

const isInlineBoxHeading = (text: string): boolean => END_OF_ARTICLE.test(text) && !THREAD_HEADING.test(text);
const linkLength = (element: PageElement): number => elementsOf(element.querySelectorAll("a")).reduce((sum, link) => sum + textLength(link), 0);
const fold = (text: string | null): string => (text ?? "").replace(/\s+/g, " ").trim();

function textLength(element: PageElement | null): number {
  return (element?.textContent ?? "").replace(/\s+/g, " ").length;
}
