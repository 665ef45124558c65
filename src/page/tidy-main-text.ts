/**
 * Rules on a main text once found: "read more" teasers, lines of page chrome and furniture (prompts, notices,
 * credits, captions, buttons), link lists and link boxes, figures and their captions, footers and asides, boxes of
 * related links amid the text, and everything after a heading that opens comments, related links or the author's box.
 */
import { elementsOf, type PageElement } from "./page-dom.ts";
import {
  ASIDES, AUTHOR_BOX, BUTTON_LINE, BUTTON_LINE_MAX, BYLINE, CHROME_LINE, CHROME_LINE_MAX, COOKIE_NOTICE, COOKIE_NOTICE_MAX, DATE_LINE, END_HEADING_MAX,
  END_OF_ARTICLE, FIGURE_CAPTION, FIGURE_CAPTION_MAX, LINK_BOX_MAX, LINK_DENSITY_MAX, PHOTO_CREDIT, PHOTO_CREDIT_MAX, PROSE_PARAGRAPH, READ_ALSO,
  READ_ALSO_MAX, RECIPE_PARTS, SOCIAL_PROMO, SOCIAL_PROMO_MAX, SUBSCRIBE_PROMPT, SUBSCRIBE_PROMPT_MAX, THREAD_HEADING,
} from "./page-patterns.ts";

// Lines of furniture that carry their own pattern and length limit.
const FURNITURE_LINES: ReadonlyArray<readonly [RegExp, number]> = [
  [SOCIAL_PROMO, SOCIAL_PROMO_MAX],
  [SUBSCRIBE_PROMPT, SUBSCRIBE_PROMPT_MAX],
  [COOKIE_NOTICE, COOKIE_NOTICE_MAX],
  // A short line that carries a credit is a caption: the whole line goes, not the credit alone.
  [PHOTO_CREDIT, PHOTO_CREDIT_MAX],
  [FIGURE_CAPTION, FIGURE_CAPTION_MAX],
  [BUTTON_LINE, BUTTON_LINE_MAX],
];

const BLOCKS = "p, li, h2, h3, h4, h5, h6, div, dd, dt, blockquote, figcaption, span, strong, b";
const fold = (text: string | null): string => (text ?? "").replace(/\s+/g, " ").trim();
const attached = (element: PageElement): boolean => element.parentElement !== null;

/** Tidy the main text in place; returns how many elements were removed. */
export function tidyMainText(root: PageElement): number {
  let removed = 0;
  const drop = (element: PageElement): void => {
    element.remove();
    removed += 1;
  };
  cutAtEnd(root, drop);
  for (const element of elementsOf(root.querySelectorAll(BLOCKS))) {
    if (!attached(element)) continue;
    const text = fold(element.textContent);
    if ((text.length <= READ_ALSO_MAX && READ_ALSO.test(text)) || (text.length <= CHROME_LINE_MAX && isChromeLine(text))) drop(element);
    else if (FURNITURE_LINES.some(([pattern, max]) => text.length <= max && pattern.test(text))) drop(element);
  }
  for (const list of elementsOf(root.querySelectorAll("ul, ol, nav, menu"))) {
    if (attached(list) && linkDensity(list) > LINK_DENSITY_MAX && !isRecipePart(list)) drop(list);
  }
  for (const box of elementsOf(root.querySelectorAll("div, section, table, p"))) {
    if (attached(box) && fold(box.textContent).length < LINK_BOX_MAX && linkDensity(box) > LINK_DENSITY_MAX && !isRecipePart(box)) drop(box);
  }
  for (const aside of elementsOf(root.querySelectorAll(ASIDES))) if (attached(aside)) drop(aside);
  return removed;
}

/** Whether an element is, holds or sits in a recipe's ingredients or steps, whose items link to the foods they name. */
function isRecipePart(element: PageElement): boolean {
  return element.closest(RECIPE_PARTS) !== null || element.querySelector(RECIPE_PARTS) !== null;
}

function isChromeLine(text: string): boolean {
  return CHROME_LINE.test(text) || BYLINE.test(text) || DATE_LINE.test(text);
}

/**
 * Remove the first heading that opens comments or related links, and everything after it; a box of related links
 * that the article's text goes on after (set between its paragraphs) goes alone.
 */
function cutAtEnd(root: PageElement, drop: (element: PageElement) => void): void {
  const headings = elementsOf(root.querySelectorAll("h2, h3, h4, h5, h6")).filter((element) => {
    const text = fold(element.textContent);
    return text.length <= END_HEADING_MAX && (END_OF_ARTICLE.test(text) || AUTHOR_BOX.test(text));
  });
  for (const heading of headings) {
    if (!attached(heading)) continue;
    const box = THREAD_HEADING.test(fold(heading.textContent)) ? null : linkBoxAmidText(root, heading);
    if (box) {
      for (const part of box) drop(part);
      continue;
    }
    for (let node: PageElement | null = heading; node && node !== root; node = node.parentElement) {
      for (let next = node.nextElementSibling; next; next = node.nextElementSibling) drop(next);
    }
    drop(heading);
    return;
  }
}

/** The heading's box of links (its wrappers and the link lists after it) when prose of the article follows it. */
function linkBoxAmidText(root: PageElement, heading: PageElement): PageElement[] | null {
  const headingLength = fold(heading.textContent).length;
  const linksBeyond = (element: PageElement): boolean => {
    const rest = fold(element.textContent).length - headingLength;
    return rest > 0 && (linkDensity(element) * fold(element.textContent).length) / rest > LINK_DENSITY_MAX;
  };
  let box = heading;
  while (box.parentElement && box.parentElement !== root && linksBeyond(box.parentElement)) box = box.parentElement;
  const parts = [box];
  let next = box.nextElementSibling;
  for (; next && linkDensity(next) > LINK_DENSITY_MAX; next = next.nextElementSibling) parts.push(next);
  if (box === heading && parts.length === 1) return null;
  for (; next; next = next.nextElementSibling) {
    const paragraphs = next.localName === "p" ? [next] : elementsOf(next.querySelectorAll("p"));
    if (paragraphs.some((paragraph) => fold(paragraph.textContent).length * (1 - linkDensity(paragraph)) >= PROSE_PARAGRAPH)) return parts;
  }
  return null;
}

function linkDensity(element: PageElement): number {
  const text = fold(element.textContent).length;
  if (text === 0) return 0;
  const links = elementsOf(element.querySelectorAll("a")).reduce((sum, link) => sum + fold(link.textContent).length, 0);
  return links / text;
}
