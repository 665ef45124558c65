/**
 * The standfirst of a page: the lead a news page sets between the headline and the body, which Readability leaves
 * out with the page's header. It is recognised as the visible element whose text is the page's description.
 */
import { elementsOf, type PageDocument, type PageElement } from "./page-dom.ts";
import { HIDDEN, SITE_BANNER, STANDFIRST_KEY, STANDFIRST_MIN, STANDFIRST_OUTSIDE, STANDFIRST_SPAN } from "./page-patterns.ts";

const OUTSIDE = `${STANDFIRST_OUTSIDE}, ${HIDDEN}`;

const fold = (text: string | null | undefined): string => (text ?? "").replace(/\s+/g, " ").trim();
const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The text of the element that shows the page's description, or null when the page does not show it. */
export function findStandfirst(document: PageDocument, description: string | null): string | null {
  const described = fold(description).replace(/(?:…|\.\.\.)$/, "").trim();
  if (described.length < STANDFIRST_MIN || !document.body) return null;
  const key = described.slice(0, STANDFIRST_KEY);
  if (!fold(document.body.textContent).includes(key)) return null;
  const smallest = innermost(document.body, key).find((found) => !found.element.closest(OUTSIDE) && !inSiteBanner(found.element)) ?? null;
  if (!smallest) return null;
  let { element, text } = smallest;
  // A description that runs over several lines (a lead in bullets) is shown by their common parent.
  for (let parent = element.parentElement; parent && !parent.closest(OUTSIDE); parent = parent.parentElement) {
    const parentText = fold(parent.textContent);
    if (!described.includes(parentText)) break;
    element = parent;
    text = parentText;
  }
  // The lead alone, when the description goes on into the body; else a box holding the description and little else.
  if (described.includes(text)) return text.length >= STANDFIRST_MIN ? text : null;
  const fits = text.length >= STANDFIRST_SPAN.least * described.length && text.length <= STANDFIRST_SPAN.most * described.length + STANDFIRST_SPAN.slack;
  return fits ? text : null;
}

/** Whether the element is in the site's banner (a header outside the article that holds the site's navigation). */
function inSiteBanner(element: PageElement): boolean {
  const banner = element.closest(SITE_BANNER);
  return banner !== null && banner.closest("article, main") === null && banner.querySelector("nav, [role=navigation]") !== null;
}

/** The innermost elements whose text holds `key`, in document order (a descent, not a scan of every element). */
function innermost(element: PageElement, key: string): Array<{ element: PageElement; text: string }> {
  const holding = Array.from(element.children).filter((child) => fold(child.textContent).includes(key));
  if (holding.length === 0) return [{ element, text: fold(element.textContent) }];
  return holding.flatMap((child) => innermost(child, key));
}

/** The main text with the standfirst before it, unless the main text holds it already. */
export function withStandfirst(document: PageDocument, html: string, standfirst: string | null): string {
  if (!standfirst) return html;
  const container = document.createElement("div");
  container.innerHTML = html;
  if (fold(container.textContent).includes(standfirst.slice(0, STANDFIRST_KEY))) return html;
  return `<p>${escape(standfirst)}</p>\n${html}`;
}
