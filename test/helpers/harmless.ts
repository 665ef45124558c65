/** What "harmless HTML" means: no script, no event handler, no script-bearing URL, nothing that loads a document. */
import type { Element, Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";

const documentParser = unified().use(rehypeParse, { fragment: false });
const fragmentParser = unified().use(rehypeParse, { fragment: true });

// Note: elements that run code or load other documents; none may come from content.
const FORBIDDEN = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base", "style", "link", "meta", "svg", "math", "xmp", "noscript", "template", "portal"]);
const URL_ATTRIBUTES = /^(?:href|src|action|formAction|xLinkHref|srcSet|poster|background|cite|data|codeBase|dynsrc|lowsrc)$/i;
const BAD_URL = /^(?:javascript|vbscript|data|livescript|mocha):/i;

/** Problems found in a piece of HTML; `allowPageChrome` accepts the site's own head elements and scripts. */
export function dangers(html: string, options: { document?: boolean; allowPageChrome?: boolean } = {}): string[] {
  const tree: Root = (options.document ? documentParser : fragmentParser).parse(html);
  const found: string[] = [];
  const visit = (node: Root | RootContent, inHead: boolean): void => {
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") check(node, inHead, options.allowPageChrome ?? false, found);
    const children = node.type === "element" && node.tagName === "template" && node.content ? [...node.children, node.content] : node.children;
    for (const child of children) visit(child, inHead || (node.type === "element" && node.tagName === "head"));
  };
  visit(tree, false);
  return found;
}

function check(node: Element, inHead: boolean, chrome: boolean, found: string[]): void {
  const tag = node.tagName.toLowerCase();
  if (FORBIDDEN.has(tag) && !(chrome && allowedChrome(node, inHead))) found.push(`<${tag}> element`);
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name)) found.push(`${name} handler on <${tag}>`);
    if (URL_ATTRIBUTES.test(name)) {
      const values = Array.isArray(value) ? value.map(String) : [String(value)];
      for (const v of values) {
        const url = v.replace(/[\u0000-\u0020\u007f-\u00a0]/g, "");
        if (BAD_URL.test(url) && !(tag === "img" && /^data:image\/(?:png|gif|jpeg|webp);/i.test(url))) found.push(`${name}="${v.slice(0, 40)}" on <${tag}>`);
      }
    }
  }
}

function allowedChrome(node: Element, inHead: boolean): boolean {
  const tag = node.tagName;
  if (tag === "meta" || tag === "link") return inHead;
  if (tag === "script") {
    const type = String(node.properties.type ?? "");
    const src = node.properties.src;
    if (type === "application/ld+json") return true;
    return typeof src === "string" && src.startsWith("/") && node.children.length === 0;
  }
  if (tag === "svg") return node.properties.dataChrome !== undefined || node.properties.ariaHidden === "true" || node.properties.role === "img";
  if (tag === "form") return node.properties.role === "search";
  return false;
}
