/**
 * A page whose own script writes its article in: some blog themes (Blogger's, on Google's own blogs among others)
 * keep the body's HTML in a `<script type="text/template">` inside the element marked as the article body, and a
 * script copies it into the page when it loads. A browser shows that HTML; the saved page, read without scripts,
 * shows nothing there. The template is read as the browser would show it, and only inside the marked body:
 * elsewhere such templates are cookie boxes and widgets (60 of the 61 pages with one, among 990 saved pages).
 */
import { elementsOf, type PageDocument } from "./page-dom.ts";

const BODY_TEMPLATES = '[itemprop="articleBody"] script[type="text/template"]';
// Note: the marks of template languages (Mustache, Underscore, EJS, JavaScript): a template that holds them is
// filled in by a script with data the saved page does not have, and its text is not the page's.
const TEMPLATE_SYNTAX = /\{\{|<#|<%|\$\{/;

/** Replace each template in the marked article body by the HTML it holds; returns how many were. */
export function unfoldBodyTemplates(document: PageDocument): number {
  let unfolded = 0;
  for (const script of elementsOf(document.querySelectorAll(BODY_TEMPLATES))) {
    const html = script.textContent ?? "";
    if (html.trim() === "" || TEMPLATE_SYNTAX.test(html)) continue;
    const container = document.createElement("div");
    container.innerHTML = html;
    script.replaceWith(container);
    unfolded += 1;
  }
  return unfolded;
}
