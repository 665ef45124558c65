/** Sentences of an article's text: each line (paragraph) split by the Unicode sentence rules, abbreviations kept whole. */
import { ABBREVIATIONS } from "./claim-patterns.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const LAST_WORD = /([\p{L}.]+)\.\s*$/u;

/** The sentences of `text`, trimmed, in order. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split("\n")) {
    let pending = "";
    for (const { segment } of segmenter.segment(line)) {
      pending += segment;
      const last = LAST_WORD.exec(pending)?.[1]?.toLowerCase();
      if (last !== undefined && (ABBREVIATIONS.has(last) || /^\p{L}$/u.test(last))) continue;
      if (pending.trim()) sentences.push(pending.trim());
      pending = "";
    }
    if (pending.trim()) sentences.push(pending.trim());
  }
  return sentences;
}
