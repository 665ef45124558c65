/** A sentence as words with their places, and the telling words around a claim, by which claims are matched. */
import { stemmer } from "stemmer";
import { eng } from "stopword";
import { GENERIC_CONTEXT, MATCH, NUMBER_WORDS } from "./claim-patterns.ts";

/** One word, number or sign of a sentence, with its place. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** A word near a claim's number. */
export interface ContextWord {
  word: string;
  /** Words between it and the claim. */
  distance: number;
  /** Its place in the sentence, in words. */
  position: number;
}

const TOKEN = /[$€£¥]|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|%|\S/gu;
/** A token that is a word. */
export const LETTERS = /^[\p{L}\p{M}]/u;
const STOP = new Set(eng);
const isNumberWord = (lower: string): boolean => lower.split("-").every((part) => NUMBER_WORDS.has(part));

/** The tokens of a sentence: signs, numbers with their separators, words with inner apostrophes and hyphens. */
export function tokenize(sentence: string): Token[] {
  return [...sentence.matchAll(TOKEN)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/** Stems of the telling words within `MATCH.window` words of the claim, each at its nearest distance. */
export function contextOf(tokens: readonly Token[], from: number, to: number): Map<string, ContextWord> {
  const context = new Map<string, ContextWord>();
  const add = (at: number, distance: number): void => {
    const token = tokens[at];
    if (!token || !LETTERS.test(token.text) || token.lower.length < 3) return;
    const lower = token.lower.replace(/['’]s$/, "");
    if (STOP.has(lower) || GENERIC_CONTEXT.has(lower) || isNumberWord(lower)) return;
    const stem = stemmer(lower);
    const known = context.get(stem);
    if (!known || known.distance > distance) context.set(stem, { word: token.text.replace(/['’]s$/, ""), distance, position: at });
  };
  for (let d = 0; d < MATCH.window; d += 1) {
    add(from - 1 - d, d);
    add(to + d, d);
  }
  return context;
}
