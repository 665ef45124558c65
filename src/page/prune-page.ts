/** Remove from a parsed page what is never its article: code, forms, hidden parts, and named furniture. */
import { elementsOf, type PageDocument, type PageElement } from "./page-dom.ts";
import { ARTICLE_MARKERS, BOILERPLATE_WORDS, LIVE_NAMES, HIDDEN, NEVER_TEXT, TRACKING_PIXEL, PROSE_PARAGRAPH, PROSE_PARAGRAPHS, WRAPPER_SHARE } from "./page-patterns.ts";

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
    const links = elementsOf(paragraph.querySelectorAll("a")).reduce((sum, link) => sum + textLength(link), 0);
    if (textLength(paragraph) - links >= PROSE_PARAGRAPH && ++paragraphs >= PROSE_PARAGRAPHS) return true;
  }
  return false;
}

function textLength(element: PageElement | null): number {
  return (element?.textContent ?? "").replace(/\s+/g, " ").length;
}
