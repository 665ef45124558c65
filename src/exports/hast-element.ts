/** Small builders of hast syntax trees, for markup we make from data (charts, feed content) and serialise escaped. */
import type { Element, ElementContent, Properties, Text } from "hast";

/** An element node. */
export function element(tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element {
  return { type: "element", tagName, properties, children };
}

/** A text node; hast-util-to-html escapes it when serialising. */
export function text(value: string): Text {
  return { type: "text", value };
}
