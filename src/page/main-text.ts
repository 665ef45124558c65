/** The main text of a parsed page: Mozilla Readability (Firefox Reader View), after and before roundup's rules. */
import { Readability } from "@mozilla/readability";
import type { PageDocument } from "./page-dom.ts";
import { READABILITY_OPTIONS } from "./page-patterns.ts";

/** The main text's HTML (unsanitized) and which method found it. */
export interface MainText {
  html: string;
  method: string;
}

/** Find the main text; null when nothing on the page reads as an article. */
export function findMainText(document: PageDocument): MainText | null {
  const parsed = new Readability(document, READABILITY_OPTIONS).parse();
  const html = parsed?.content ?? null;
  if (!html) return null;
  return { html, method: "readability" };
}
