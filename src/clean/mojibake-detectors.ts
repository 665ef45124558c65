/** The regular expressions mojibake repair decides with, compiled once from the data in `mojibake-patterns.ts`. */
import { LOOSE_CONTINUATION, MOJIBAKE_EVIDENCE, UTF8_CLUE_BYTES } from "./mojibake-patterns.ts";
import { clueCharacters } from "./single-byte-codecs.ts";

const EVIDENCE = new RegExp(MOJIBAKE_EVIDENCE.join("|"), "u");

/** Whether the text has a character sequence that is far likelier mojibake than intended text. */
export function looksLikeMojibake(text: string): boolean {
  return EVIDENCE.test(text);
}

function classOf(chars: string): string {
  return `[${chars.replace(/[\\\]\[^-]/g, "\\$&")}]`;
}

const continuation = clueCharacters(UTF8_CLUE_BYTES.continuation);
const strictContinuation = [...continuation].filter((c) => !LOOSE_CONTINUATION.includes(c)).join("");
const anyContinuation = classOf(continuation + LOOSE_CONTINUATION);

/**
 * Runs of characters that read as UTF-8 sequences decoded one byte at a time (a lead-byte character and its
 * continuation characters), not preceded by another continuation character: mojibake embedded in text that is
 * otherwise fine, to be repaired on its own.
 */
export const EMBEDDED_UTF8 = new RegExp(
  `(?<!${classOf(strictContinuation)})(?:` +
    `${classOf(clueCharacters(UTF8_CLUE_BYTES.firstOf2))}${anyContinuation}` +
    `|${classOf(clueCharacters(UTF8_CLUE_BYTES.firstOf3))}${anyContinuation}{2}` +
    `|${classOf(clueCharacters(UTF8_CLUE_BYTES.firstOf4))}${anyContinuation}{3})+`,
  "gu",
);
