/** Sentences of an article's text: each line (paragraph) split by the Unicode sentence rules, abbreviations kept whole. */
import { ABBREVIATIONS } from "./claim-patterns.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** The last word of a segment when it ends with a full stop, lower-cased and without it ("U.S." → "u.s"). */
function wordBeforeStop(segment: string): string | undefined {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith(".")) return undefined;
  const word = trimmed.slice(Math.max(trimmed.lastIndexOf(" "), trimmed.lastIndexOf("\u00a0"), trimmed.lastIndexOf("\t")) + 1, -1);
  return /^[\p{L}.]+$/u.test(word) ? word.toLowerCase() : undefined;
}

/** The sentences of `text`, trimmed, in order. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split("\n")) {
    let pending = "";
    for (const { segment } of segmenter.segment(line)) {
      pending += segment;
      const last = wordBeforeStop(segment);
      if (last !== undefined && (ABBREVIATIONS.has(last) || /^\p{L}$/u.test(last))) continue;
      if (pending.trim()) sentences.push(pending.trim());
      pending = "";
    }
    if (pending.trim()) sentences.push(pending.trim());
  }
  return sentences;
}
