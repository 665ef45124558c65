/** Stage: decide whether the body is markdown, HTML or plain text (`file.data.bodyFormat`), and say why. */
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import type { BodyFormat } from "../types.ts";

// Note: block-level tags that only HTML has; a body that opens with one of them is HTML even in a .txt file.
const HTML_BLOCK = /^\s*<(?:!doctype|html|head|body|article|section|div|p|ol|ul|li|table|h[1-6]|blockquote|figure|main|header|footer|aside|nav|pre|dl|br|hr|img|a|span|font|b|i|strong|em)\b[^>]*>/i;
const HTML_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/gi;
// Note: constructs that plain text copied from a web page does not have, but markdown does.
const MARKDOWN_SIGNS = [/^#{1,6}\s+\S/m, /\[[^\]\n]+\]\([^)\s]+\)/, /^\s{0,3}[-*+]\s+\S/m, /\*\*[^*\n]+\*\*/, /^```/m, /^>\s+\S/m, /^\s{0,3}\d+\.\s+\S/m];

const BY_EXTENSION: Record<string, BodyFormat> = { ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html" };

/** Detect the body format from front matter, the extension and the body itself. */
export function detectBodyFormat(file: VFile): void {
  const body = file.data.body ?? "";
  const declared = file.data.frontMatter?.data.format;
  const decide = (format: BodyFormat, reason: string): void => {
    file.data.bodyFormat = { format, reason };
    report(file, "body-format", `Body read as ${format}: ${reason}.`, { line: file.data.frontMatter?.bodyLine ?? 1 });
  };
  if (declared === "markdown" || declared === "html" || declared === "text") return decide(declared, "front matter `format`");
  const extension = (file.extname ?? "").toLowerCase();
  const byExtension = BY_EXTENSION[extension];
  const trimmed = body.trimStart();
  if (byExtension === "html" || HTML_BLOCK.test(trimmed)) {
    const tags = trimmed.match(HTML_TAG)?.length ?? 0;
    if (byExtension === "html") return decide("html", `the file extension is ${extension}`);
    if (tags >= 2) return decide("html", `the body opens with an HTML element and holds ${tags} tags`);
  }
  if (byExtension === "markdown") return decide("markdown", `the file extension is ${extension}`);
  if (file.data.frontMatter?.present) return decide("markdown", "a text file with front matter is a site-generator post, written in markdown");
  const signs = MARKDOWN_SIGNS.filter((sign) => sign.test(body)).length;
  if (signs >= 2) return decide("markdown", `the body uses ${signs} kinds of markdown syntax`);
  return decide("text", "no front matter, no HTML and no markdown syntax: plain text");
}
