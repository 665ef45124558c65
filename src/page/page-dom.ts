/**
 * The part of the DOM that saved-page extraction uses, over linkedom (a fast DOM for Node, without a browser's
 * layout or scripts). linkedom's own typings name the browser's DOM types, which this project's `lib` leaves out, so
 * the few members used here are declared once, in this module.
 */
import { parseHTML } from "linkedom";

/** An element of a parsed page. */
export interface PageElement {
  readonly nodeType: number;
  readonly tagName: string;
  readonly localName: string;
  readonly textContent: string | null;
  innerHTML: string;
  readonly outerHTML: string;
  readonly parentElement: PageElement | null;
  readonly nextElementSibling: PageElement | null;
  readonly previousElementSibling: PageElement | null;
  readonly children: ArrayLike<PageElement>;
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  querySelector(selector: string): PageElement | null;
  remove(): void;
  replaceWith(node: PageElement): void;
}

/** A parsed page. */
export interface PageDocument {
  readonly documentElement: PageElement | null;
  readonly head: PageElement | null;
  readonly body: PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  querySelector(selector: string): PageElement | null;
  createElement(tagName: string): PageElement;
}

/** Parse a whole HTML document; nothing is fetched and no script runs. */
export function parsePage(html: string): PageDocument {
  const { document } = parseHTML(html);
  const parsed: PageDocument = document;
  return parsed;
}

/** The elements of a list-like DOM collection, as an array (collections change as the tree does). */
export function elementsOf(list: ArrayLike<PageElement>): PageElement[] {
  return Array.from(list);
}
