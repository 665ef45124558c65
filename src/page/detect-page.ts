/**
 * Stage: tell a whole saved web page (its main text must be extracted) from an HTML fragment (an aggregator item, a
 * feed body, an article body an editor pasted: read as it is), and say why, as body-format detection does.
 */
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { DOCUMENT_SHELL, HEAD_METADATA, PAGE_FURNITURE_TAGS, SHELL_SCAN_LENGTH } from "./page-patterns.ts";

/** Decide whether an HTML body is a whole page (`file.data.pageKind`); other formats are left alone. */
export function detectPage(file: VFile): void {
  if (file.data.bodyFormat?.format !== "html") return;
  const body = file.data.body ?? "";
  const start = body.slice(0, SHELL_SCAN_LENGTH);
  const shell = DOCUMENT_SHELL.filter((signal) => signal.pattern.test(start)).map((signal) => signal.label);
  const head = HEAD_METADATA.test(start);
  const furniture = PAGE_FURNITURE_TAGS.filter((tag) => new RegExp(`<${tag}[\\s>/]`, "i").test(body));
  const decide = (kind: "page" | "fragment", reason: string): void => {
    file.data.pageKind = { kind, reason };
    const what = kind === "page" ? "a whole web page, so only its main text is kept" : "an HTML fragment, kept whole";
    report(file, "page-detected", `Body read as ${what}: ${reason}.`, { line: file.data.frontMatter?.bodyLine ?? 1 });
  };
  const declared = file.data.frontMatter?.data.page;
  if (declared === true || declared === false) return decide(declared ? "page" : "fragment", "front matter `page`");
  const around = furniture.length > 0 ? `markup around the article (${furniture.map((t) => `<${t}>`).join(", ")})` : "";
  if (shell.length > 0 && head) return decide("page", [`a document shell (${shell.join(", ")})`, "a <head> with metadata", around].filter(Boolean).join(", "));
  if (shell.length > 0 && furniture.length > 0) return decide("page", `a document shell (${shell.join(", ")}) and ${around}`);
  if (shell.length > 0) return decide("fragment", `a document shell (${shell.join(", ")}) but no metadata and no markup around the text`);
  return decide("fragment", "no doctype, <html> or <head>: markup of an article body, not of a page");
}
