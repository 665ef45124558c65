/** The single-pass repairs `repairText` applies to one line, each reporting how much it changed. */
import { decodeHTMLStrict } from "entities";
import {
  CONTROL_CHARACTERS,
  EMOJI_AFTER_JOINER,
  EMOJI_BEFORE_JOINER,
  ENTITY_REFERENCE,
  JOINER_SCRIPTS,
  NO_BREAK_SPACES,
  TERMINAL_ESCAPES,
  UNUSUAL_LINE_BREAKS,
  ZERO_WIDTH,
} from "./text-repair-patterns.ts";

/** What one repair did to a line: the new text, how many places it changed, and the first place as written. */
export interface StepResult {
  text: string;
  count: number;
  sample: string;
}

/** `U+00A0` for an invisible character, so a report can name it. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function replaceCounting(
  text: string,
  pattern: RegExp,
  replace: (match: string, offset: number) => string,
  sampleOf: (match: string) => string = codePointLabel,
): StepResult {
  let count = 0;
  let sample = "";
  const result = text.replace(pattern, (match: string, offset: number) => {
    const replacement = replace(match, offset);
    if (replacement !== match) {
      if (count === 0) sample = sampleOf(match);
      count++;
    }
    return replacement;
  });
  return { text: result, count, sample };
}

/** HTML character references decoded (`&amp;` `&nbsp;` `&#8217;`), each needing its semicolon. */
export function decodeEntitiesCounting(text: string): StepResult {
  if (!text.includes("&")) return { text, count: 0, sample: "" };
  return replaceCounting(text, ENTITY_REFERENCE, (ref) => decodeHTMLStrict(ref), (ref) => ref);
}

/** No-break spaces replaced by plain spaces. */
export function normaliseNoBreakSpaces(text: string): StepResult {
  return replaceCounting(text, NO_BREAK_SPACES, () => " ");
}

/** The code points just before `start` and at `end`, as strings ("" at the ends of the text). */
function neighbours(text: string, start: number, end: number): [string, string] {
  const before = text.slice(Math.max(0, start - 2), start);
  const prev = /[\ud800-\udbff][\udc00-\udfff]$/.test(before) ? before : before.slice(-1);
  const nextCode = text.codePointAt(end);
  return [prev, nextCode === undefined ? "" : String.fromCodePoint(nextCode)];
}

/** Zero-width characters removed, except joiners that emoji sequences and joining scripts need. */
export function removeZeroWidth(text: string): StepResult {
  return replaceCounting(text, ZERO_WIDTH, (char, offset) => {
    if (char !== "\u200c" && char !== "\u200d") return "";
    const [prev, next] = neighbours(text, offset, offset + 1);
    const emoji = char === "\u200d" && EMOJI_BEFORE_JOINER.test(prev) && EMOJI_AFTER_JOINER.test(next);
    return emoji || (JOINER_SCRIPTS.test(prev) && JOINER_SCRIPTS.test(next)) ? char : "";
  });
}

/** Control characters and terminal escape sequences removed. */
export function removeControls(text: string): StepResult {
  const escapes = replaceCounting(text, TERMINAL_ESCAPES, () => "");
  const controls = replaceCounting(escapes.text, CONTROL_CHARACTERS, () => "");
  const sample = escapes.count > 0 ? escapes.sample : controls.sample;
  return { text: controls.text, count: escapes.count + controls.count, sample };
}

/** Line breaks other than `\n` counted, for a report; splitting on them is the caller's work. */
export function countUnusualLineBreaks(text: string): StepResult {
  return replaceCounting(text, UNUSUAL_LINE_BREAKS, () => "\n");
}
