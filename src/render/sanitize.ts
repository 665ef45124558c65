/** The one trust boundary: sanitize-html turns any HTML into `SafeHtml`, the only HTML templates print unescaped. */
import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import sanitizeHtml from "sanitize-html";
import type { SafeHtml } from "../types.ts";
import { limitNesting } from "./limit-nesting.ts";
import { parseHtmlFragment } from "./parse-fragment.ts";

// Note: sanitize-html's parser (htmlparser2) does not repair nesting the way browsers do (`<p><p>` stays nested), so
// its output could change when sanitized again, and a browser could read it differently from how it was checked.
// Parsing with parse5, the HTML standard's algorithm, first makes the markup what a browser would build.
const asBrowserParses = (html: string): string => toHtml(parseHtmlFragment(limitNesting(html).html));

// Note: sanitize-html's default tags, plus h2 (plain-text headings), figures and images (article photos).
const ALLOWED_TAGS = [...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== "h1"), "h2", "img", "figure", "figcaption", "picture"];

// Note: browsers only trim ASCII white space from URLs, but a URL that hides a script scheme behind any other
// invisible character is never a real link; dropping it costs nothing.
const HIDDEN_SCRIPT_URL = /^[\s\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u205f\u3000\ufeff]*(?:javascript|vbscript|livescript|data):/i;

function dropHiddenScriptUrl(attribs: sanitizeHtml.Attributes, name: string): sanitizeHtml.Attributes {
  const value = attribs[name];
  if (value === undefined || !HIDDEN_SCRIPT_URL.test(value)) return attribs;
  const { [name]: _dropped, ...rest } = attribs;
  return rest;
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    // Note: `rel` is kept so that links opening a new tab can say noopener noreferrer.
    a: ["href", "title", "target", "rel", "hreflang"],
    img: ["src", "alt", "title", "width", "height"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan", "scope"],
    ol: ["start", "reversed"],
    "*": ["lang", "dir"],
  },
  // Note: no ftp/tel/data: links; articles link to web pages and mail addresses only.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Note: bounds the depth of the tree the rest of the pipeline walks; deeper markup is never real article layout.
  nestingLimit: 64,
  transformTags: {
    // Note: the page's own title is the only h1.
    h1: "h2",
    img: (tagName, attribs) => ({ tagName, attribs: dropHiddenScriptUrl(attribs, "src") }),
    a: (tagName, attribs) => {
      const attributes = dropHiddenScriptUrl({ ...attribs }, "href");
      if (attributes.target !== undefined && attributes.target !== "_self") {
        attributes.target = "_blank";
        attributes.rel = "noopener noreferrer";
      } else {
        delete attributes.target;
        delete attributes.rel;
      }
      return { tagName, attribs: attributes };
    },
  },
  // Note: empty links and paragraphs are what is left of removed elements (a form inside a paragraph).
  exclusiveFilter: (frame) =>
    (frame.tag === "a" && !frame.attribs.href && frame.text.trim() === "") || (frame.tag === "p" && frame.text.trim() === "" && frame.mediaChildren.length === 0),
};

/** Sanitize HTML; sanitizing the result again changes nothing. */
export function sanitize(html: string): SafeHtml {
  return sanitizeToTree(html).html;
}

/** Sanitize HTML, and return the sanitized markup's tree too (the tree a browser builds from it). */
export function sanitizeToTree(html: string): { html: SafeHtml; tree: Root } {
  // Serialised once more by parse5: the result is in the form a browser would re-serialise (`<hr>`, not `<hr />`), so
  // sanitizing it again is a no-op; the tree is the one that serialisation was made from, so nobody parses it again.
  const tree = parseHtmlFragment(sanitizeHtml(asBrowserParses(html), OPTIONS));
  // The branded type is minted here and nowhere else.
  return { html: toHtml(tree) as SafeHtml, tree };
}
