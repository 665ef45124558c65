/**
 * Stage: a whole saved page (see `detectPage`) becomes its article: metadata from the page's head into
 * `file.data.pageFields`, the main text into `file.data.unsafeHtml` for the sanitizer. Nothing is fetched.
 */
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { liveBlogText, readJsonLd } from "./json-ld.ts";
import { findMainText } from "./main-text.ts";
import { type PageDocument, parsePage } from "./page-dom.ts";
import { readPageFields } from "./page-metadata.ts";
import { MAX_READABILITY_ELEMENTS } from "./page-patterns.ts";
import { findStandfirst, withStandfirst } from "./standfirst.ts";

/** Extract the article of a page; false when the page holds no main text (the file is then reported). */
export function extractPage(file: VFile): boolean {
  const line = { line: file.data.frontMatter?.bodyLine ?? 1 };
  const document = parsePage(file.data.body ?? "");
  const jsonLd = readJsonLd(document);
  if (jsonLd.malformed > 0) report(file, "json-ld-malformed", `${jsonLd.malformed} JSON-LD block(s) of the page are not valid JSON, so their metadata was not read.`, line);
  file.data.pageFields = readPageFields(document, jsonLd);
  const elements = document.querySelectorAll("*").length;
  const readability = elements <= MAX_READABILITY_ELEMENTS;
  if (!readability) {
    report(file, "page-too-large", `The page has ${elements} elements, more than the ${MAX_READABILITY_ELEMENTS} Readability is given, so its main text was read from its marked article or its paragraphs.`, line);
  }
  const articleBody = typeof jsonLd.article?.articleBody === "string" ? { text: jsonLd.article.articleBody, method: "json-ld articleBody" } : { text: liveBlogText(jsonLd.article), method: "json-ld liveBlogUpdate" };
  // Read before the main text is looked for: pruning and Readability rewrite the document.
  const standfirst = findStandfirst(document, file.data.pageFields.summary);
  // Note: a page whose article sits in a box named like furniture ("widget Blog1") has nothing left once such boxes
  // are pruned; it is read again, pruned of code, forms and hidden parts only.
  const main = findMainText(document, articleBody, { readability, pruneByName: true }) ?? findMainText(parsePage(file.data.body ?? ""), articleBody, { readability, pruneByName: false });
  if (!main) {
    report(file, "page-no-main-text", "No part of the page reads as an article's main text, so the file is skipped.", line);
    return false;
  }
  report(file, "page-detected", `The page's main text was found by ${main.method}.`, line);
  file.data.unsafeHtml = withStandfirst(document, withoutTitleHeading(document, main.html, file.data.pageFields.title), standfirst);
  file.data.htmlMeta = {};
  return true;
}

/** The main text less its first heading when that repeats the title: the site shows the title once, above it. */
function withoutTitleHeading(document: PageDocument, html: string, title: string | null): string {
  if (!title) return html;
  const container = document.createElement("div");
  container.innerHTML = html;
  const heading = container.querySelector("h1, h2");
  const fold = (text: string | null): string => (text ?? "").replace(/\s+/g, " ").trim().toLowerCase();
  if (!heading || fold(heading.textContent) !== fold(title)) return html;
  heading.remove();
  return container.innerHTML;
}
