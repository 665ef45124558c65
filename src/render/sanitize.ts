/** The one trust boundary: sanitize-html turns any HTML into `SafeHtml`, the only HTML templates print unescaped. */
import sanitizeHtml from "sanitize-html";
import type { SafeHtml } from "../types.ts";

// Note: sanitize-html's default tags, plus h2 (plain-text headings), figures and images (article photos).
const ALLOWED_TAGS = [...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== "h1"), "h2", "img", "figure", "figcaption", "picture"];

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
    a: (tagName, attribs) => {
      const attributes = { ...attribs };
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
  exclusiveFilter: (frame) => frame.tag === "a" && !frame.attribs.href && frame.text.trim() === "",
};

/** Sanitize HTML; sanitizing the result again changes nothing. */
export function sanitize(html: string): SafeHtml {
  // The branded type is minted here and nowhere else.
  return sanitizeHtml(html, OPTIONS) as SafeHtml;
}
