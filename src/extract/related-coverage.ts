/** An aggregator item's list of coverage: list items that each hold one link and the outlet's name. */
import type { Element, Root } from "hast";
import { toText } from "hast-util-to-text";
import type { RelatedLink } from "../types.ts";
import { canonicalOutlet, domainOf, isAggregatorDomain, outletOfDomain } from "./outlet-names.ts";
import { type OutletRegistry, shippedRegistry } from "./outlet-registry.ts";

// Note: an aggregator item lists at least two articles, and the list is most of the item.
const MIN_ITEMS = 2;
const MIN_SHARE = 0.8;

/** The coverage listed by an aggregator body, in order; empty when the body is not such a list. */
export function relatedCoverage(tree: Root, outlets: OutletRegistry = shippedRegistry()): RelatedLink[] {
  const items: Element[] = [];
  collect(tree, items);
  const links = items.flatMap((item) => {
    const anchors: Element[] = [];
    collectTag(item, "a", anchors);
    const anchor = anchors[0];
    const href = anchor?.properties.href;
    if (anchors.length !== 1 || !anchor || typeof href !== "string") return [];
    const title = toText(anchor).replace(/\s+/g, " ").trim();
    const outlet = toText(item).replace(/\s+/g, " ").trim().slice(0).replace(title, "").trim();
    const domain = domainOf(href);
    const publisher = outlet ? canonicalOutlet(outlet, outlets) : domain && !isAggregatorDomain(domain, outlets) ? outletOfDomain(domain, outlets) : null;
    return title ? [{ title, publisher, url: href }] : [];
  });
  return links.length >= MIN_ITEMS && links.length >= items.length * MIN_SHARE ? links : [];
}

function collect(node: Root | Element, out: Element[]): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "li") out.push(child);
    else collect(child, out);
  }
}

function collectTag(node: Element, tagName: string, out: Element[]): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === tagName) out.push(child);
    collectTag(child, tagName, out);
  }
}
