/**
 * Repair decoded text before it is parsed: HTML entities in plain text, mojibake, no-break spaces, zero-width and
 * control characters, line breaks, NFC. Pure: returns the text and what was repaired, line by line.
 */
import {
  codePointLabel,
  countUnusualLineBreaks,
  decodeEntitiesCounting,
  normaliseNoBreakSpaces,
  removeControls,
  removeZeroWidth,
  type StepResult,
} from "./character-repairs.ts";
import { fixMojibake } from "./fix-mojibake.ts";
import { LINE_BREAKS } from "./text-repair-patterns.ts";

/** The kinds of repair, in the order they are applied. */
export type RepairKind = "mojibake" | "entities" | "no-break-space" | "zero-width" | "control";

/** What was repaired on one line of the input (1-based), how many times, and the first place as written. */
export interface Repair {
  kind: RepairKind;
  line: number;
  count: number;
  sample: string;
}

/** Options of `repairText`. */
export interface RepairOptions {
  /** Decode HTML entities. Leave off for HTML bodies, whose parser decodes them. Default true. */
  entities?: boolean;
}

/** The repaired text and the repairs made, by line, in the order they apply. */
export interface RepairResult {
  text: string;
  repairs: Repair[];
}

type Step = readonly [RepairKind, (line: string) => StepResult];

// Lines as editors number them, for reports; other line breaks are split off inside `repairLine`.
const LINE_BREAK = /\r\n|\r|\n/;
// Printable ASCII without `&` has nothing to repair; most lines are like this, so they skip the work.
const PLAIN_LINE = /^[\t\x20-\x25\x27-\x7e]*$/;
// Repairs can expose each other (`&amp;eacute;`, a zero-width space inside mojibake); a few passes settle any
// real text, and the cap keeps a hostile line from looping.
const MAX_PASSES = 8;
const SAMPLE_LENGTH = 40;

/**
 * The space-delimited stretch of `before` around the first character `after` changed, with invisible characters
 * named (`<U+009D>`) so a report shows them.
 */
function changedWord(before: string, after: string): string {
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  const start = before.lastIndexOf(" ", at) + 1;
  const end = before.indexOf(" ", at + 1);
  const word = before.slice(start, end === -1 ? undefined : end).slice(0, SAMPLE_LENGTH);
  return word.replace(/[\p{Cc}\p{Cf}]/gu, (char) => `<${codePointLabel(char)}>`);
}

/** Mojibake repair, counted as the number of stretches between ASCII letters and digits that changed. */
function repairMojibake(line: string): StepResult {
  const text = fixMojibake(line);
  if (text === line) return { text, count: 0, sample: "" };
  // Mojibake lives in non-ASCII characters, so the ASCII letters and digits around it survive as anchors.
  const gapsBefore = line.split(/[A-Za-z0-9]+/);
  const gapsAfter = text.split(/[A-Za-z0-9]+/);
  const count =
    gapsBefore.length === gapsAfter.length ? gapsBefore.filter((gap, i) => gap !== gapsAfter[i]).length : 1;
  return { text, count: Math.max(count, 1), sample: changedWord(line, text) };
}

function stepsFor(options: RepairOptions): Step[] {
  const steps: Step[] = [];
  if (options.entities ?? true) steps.push(["entities", decodeEntitiesCounting]);
  // Mojibake goes before space and control repairs: `Ã\u00a0` and C1 controls are its evidence.
  steps.push(["mojibake", repairMojibake], ["no-break-space", normaliseNoBreakSpaces]);
  steps.push(["zero-width", removeZeroWidth], ["control", removeControls]);
  return steps;
}

function record(found: Map<RepairKind, Repair>, kind: RepairKind, line: number, result: StepResult): void {
  const seen = found.get(kind);
  if (seen) seen.count += result.count;
  else found.set(kind, { kind, line, count: result.count, sample: result.sample });
}

/** One pass of every step over text that has no line break. */
function repairPiece(piece: string, line: number, steps: readonly Step[], found: Map<RepairKind, Repair>): string {
  let next = piece;
  for (const [kind, apply] of steps) {
    const result = apply(next);
    if (result.count === 0) continue;
    record(found, kind, line, result);
    next = result.text;
  }
  return next.normalize("NFC");
}

function repairLine(line: string, lineNumber: number, steps: readonly Step[], repairs: Repair[]): string {
  const found = new Map<RepairKind, Repair>();
  let current = line;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // A form feed is a line break, and `&#10;` decodes to one: each piece is repaired as a line of its own, as it
    // will be when the output is repaired again.
    let next: string;
    if (LINE_BREAKS.test(current)) {
      const breaks = countUnusualLineBreaks(current);
      if (breaks.count > 0) record(found, "control", lineNumber, breaks);
      const pieces = current.split(LINE_BREAKS).map((piece) => repairPiece(piece, lineNumber, steps, found));
      next = pieces.join("\n");
    } else {
      next = repairPiece(current, lineNumber, steps, found);
    }
    if (next === current) break;
    current = next;
  }
  // Report in the order repairs are applied, whatever pass found them.
  for (const [kind] of steps) {
    const repair = found.get(kind);
    if (repair) repairs.push(repair);
  }
  return current;
}

/**
 * Repair text line by line. Line breaks become `\n`; every other change is listed in `repairs` with its line in
 * the input, so the caller can report it.
 */
export function repairText(text: string, options: RepairOptions = {}): RepairResult {
  const steps = stepsFor(options);
  const repairs: Repair[] = [];
  const lines = text.split(LINE_BREAK);
  const repaired = lines.map((line, index) =>
    PLAIN_LINE.test(line) ? line : repairLine(line, index + 1, steps, repairs),
  );
  return { text: repaired.join("\n"), repairs };
}

/**
 * Decode HTML character references in plain text (`&amp;` `&nbsp;` `&#8217;`), each needing its semicolon. Not
 * for HTML, whose parser decodes them: decoding first would turn `&lt;script&gt;` into markup.
 */
export function decodeEntitiesInText(text: string): string {
  return decodeEntitiesCounting(text).text;
}
