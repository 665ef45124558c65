/**
 * Finds the numbers an article reports together with what they count (`14 memorandums`, `$568 billion`,
 * `7.1-magnitude`): two reports of one event repeat its figures; two events of one topic rarely share them.
 */
import { stemmer } from "stemmer";
import { STOP_WORDS } from "../tokenize.ts";

// Note: a figure is digits with separators, an optional currency before and scale after; then the word it counts,
// joined by a space or a hyphen ("7.1-magnitude", "6-3 decision").
const FIGURE = /([$£€]?)(\d+(?:[.,]\d+)*)(?:\s*(%|percent|per cent|million|billion|trillion|thousand|bn)\b)?(?:(?:-|\s+)([A-Za-z][A-Za-z']*))?/g;

// Note: words after a number that say nothing of what it counts ("in 2019 and", "at 3 p.m.").
const NOT_NOUNS: ReadonlySet<string> = new Set(["am", "pm", "a", "p", "th", "st", "nd", "rd", "s"]);

/** `n:`-free keys of the figures in `text`, in order: `14 memorandum`, `$568 billion`, `7.1 magnitud`. */
export function extractNumbers(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [, currency = "", digits = "", scale = "", word = ""] = match;
    const value = digits.replace(/,(?=\d{3}\b)/g, "");
    const noun = word.toLowerCase();
    const counted = noun && !STOP_WORDS.has(noun) && !NOT_NOUNS.has(noun) ? stemmer(noun) : "";
    const unit = scale ? scale.toLowerCase().replace("per cent", "percent").replace("%", "percent").replace("bn", "billion") : "";
    // A bare small number ("2", "10") with nothing it counts is too common to be evidence.
    if (!currency && !unit && !counted && value.length < 3) continue;
    keys.push([currency + value, unit, counted].filter(Boolean).join(" "));
  }
  return keys;
}
