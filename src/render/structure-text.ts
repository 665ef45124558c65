/**
 * Stage: plain text to an HTML tree. Blank lines or line ends separate paragraphs, indentation is only indentation
 * (never code), bullets become lists, short unpunctuated lines between paragraphs become headings. The title line
 * and the standfirst are moved into `file.data.findings`.
 */
import type { Element, ElementContent, Root } from "hast";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import {
  BULLET, HARD_WRAP_MAX, HEADING_MAX_CHARS, HEADING_MAX_WORDS, INFERRED_TITLE_MAX, SENTENCE_END, STANDFIRST_MAX_CHARS,
  STANDFIRST_MIN_WORDS, TITLE_CASE_HEADING_MAX_WORDS, TITLE_MAX_CHARS,
} from "./text-patterns.ts";

interface Block {
  text: string;
  line: number;
  bullet: boolean;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const el = (tagName: string, children: ElementContent[]): Element => ({ type: "element", tagName, properties: {}, children });
const txt = (value: string): ElementContent => ({ type: "text", value });

/** Build `file.data.hast` from a plain-text body. */
export function structureText(file: VFile, options: { hasTitle: boolean }): void {
  const findings = file.data.findings;
  const blocks = toBlocks(file.data.body ?? "", file.data.frontMatter?.bodyLine ?? 1);
  if (!options.hasTitle && findings) {
    const head = blocks[0];
    if (head && blocks.length > 1 && isTitleLine(head.text)) {
      findings.title = head.text;
      blocks.shift();
      const next = blocks[0];
      if (next && isStandfirst(next.text)) {
        findings.standfirst = next.text;
        blocks.shift();
      }
    } else if (head) {
      findings.title = inferTitle(head.text);
      findings.titleInferred = true;
      report(file, "title-inferred", `No title line was found, so the title “${findings.title}” was taken from the first sentence.`, { line: head.line });
    }
  }
  const children: ElementContent[] = [];
  blocks.forEach((block, i) => {
    if (block.bullet) {
      const list = children.at(-1);
      const item = el("li", [txt(block.text)]);
      if (list?.type === "element" && list.tagName === "ul") list.children.push(item);
      else children.push(el("ul", [item]));
    } else if (isHeading(block.text, blocks[i + 1])) {
      children.push(el("h2", [txt(block.text)]));
    } else {
      children.push(el("p", [txt(block.text)]));
    }
  });
  const root: Root = { type: "root", children };
  file.data.hast = root;
}

function toBlocks(body: string, bodyLine: number): Block[] {
  const lines = body.split("\n").map((line) => line.trim());
  const wrapped = lines.every((line) => line.length <= HARD_WRAP_MAX) && lines.filter((l) => l.length >= 50).length >= 3;
  const blocks: Block[] = [];
  let open: Block | null = null;
  lines.forEach((line, i) => {
    if (line === "") {
      open = null;
      return;
    }
    const bullet = BULLET.test(line);
    const text = line.replace(BULLET, "");
    const current: Block | null = open;
    const joins = current !== null && !bullet && (wrapped || /^\p{Ll}/u.test(text));
    if (current !== null && joins) {
      current.text = `${current.text} ${text}`;
    } else {
      open = { text, line: bodyLine + i, bullet };
      blocks.push(open);
    }
  });
  return blocks;
}

function isTitleLine(text: string): boolean {
  return text.length <= TITLE_MAX_CHARS && words(text).length >= 3 && !/[.,;:]["”’)\]]*$/.test(text);
}

function isStandfirst(text: string): boolean {
  return words(text).length >= STANDFIRST_MIN_WORDS && text.length <= STANDFIRST_MAX_CHARS && !SENTENCE_END.test(text);
}

function isHeading(text: string, next: Block | undefined): boolean {
  if (!next) return false;
  if (text.length > HEADING_MAX_CHARS || SENTENCE_END.test(text) || !/^[\p{Lu}\p{N}"“‘]/u.test(text)) return false;
  const count = words(text).length;
  const titleCase = words(text).every((w) => /^[\p{Lu}\p{N}"“‘(]/u.test(w) || w.length <= 3);
  return count <= HEADING_MAX_WORDS || (titleCase && count <= TITLE_CASE_HEADING_MAX_WORDS);
}

/** A title made from the lede: its first sentence, cut at a word boundary. */
export function inferTitle(lede: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(lede)?.[0] ?? lede;
  if (sentence.length <= INFERRED_TITLE_MAX) return sentence.replace(/[.]$/, "");
  const cut = sentence.slice(0, INFERRED_TITLE_MAX + 1);
  const boundary = cut.lastIndexOf(" ");
  return `${cut.slice(0, boundary > 40 ? boundary : INFERRED_TITLE_MAX).replace(/[\s,;:–—-]+$/, "")}…`;
}
