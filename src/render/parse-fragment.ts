/**
 * An HTML fragment parsed the way rehype-parse parses it (parse5, the HTML standard's algorithm, scripting off),
 * without source positions: HTML that roundup itself made or is about to sanitize needs no positions, and
 * computing them is most of the parse time.
 */
import type { Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parseFragment } from "parse5";

/** Parse `html` as a fragment into a hast tree. */
export function parseHtmlFragment(html: string): Root {
  const tree = fromParse5(parseFragment(html, { sourceCodeLocationInfo: false, scriptingEnabled: false }));
  if (tree.type !== "root") throw new Error("parse5 returned a fragment that is not a root");
  return tree;
}
