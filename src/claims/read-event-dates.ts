/** Dates of events as news copy writes them after "on": "on Jan. 5", "on January 5, 2026", "on 5 January". */
import { MONTHS } from "./claim-patterns.ts";
import type { Token } from "./sentence-words.ts";

/** A date found at a token: month and day (the year is left out: one report gives it, another does not). */
export interface EventDate {
  /** Month × 100 + day: `105` for 5 January. */
  value: number;
  /** Index of the first token after the date. */
  end: number;
}

const dayOf = (token: Token | undefined, sentence: string): number | null => {
  if (!token || !/^\d{1,2}$/.test(token.text)) return null;
  const after = sentence.slice(token.end);
  if (/^(?:\d|[.,]\d|:)/.test(after) || (/^\p{L}/u.test(after) && !/^(?:st|nd|rd|th)\b/i.test(after))) return null;
  const day = Number(token.text);
  return day >= 1 && day <= 31 ? day : null;
};

/** The date an event happened on, written at token `i` right after "on"; null when there is none. */
export function readEventDate(sentence: string, tokens: readonly Token[], i: number): EventDate | null {
  if (tokens[i - 1]?.lower !== "on") return null;
  const month = MONTHS[tokens[i]?.lower ?? ""];
  if (month !== undefined) {
    const dot = tokens[i + 1]?.text === "." ? 1 : 0;
    const day = dayOf(tokens[i + 1 + dot], sentence);
    return day === null ? null : { value: month * 100 + day, end: i + 2 + dot };
  }
  const day = dayOf(tokens[i], sentence);
  const at = ["st", "nd", "rd", "th"].includes(tokens[i + 1]?.lower ?? "") ? i + 2 : i + 1;
  const after = MONTHS[tokens[at]?.lower ?? ""];
  return day !== null && after !== undefined ? { value: after * 100 + day, end: at + 1 } : null;
}
