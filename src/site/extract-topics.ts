/** Names in a headline: runs of capitalised words (people, places, organisations), the way a reader spots them. */
import { MAX_TOPIC_WORDS, MIN_CONTENT_LETTERS, NAME_PARTICLES, NOT_NAMES, TITLE_WORDS } from "./topic-patterns.ts";

const CAPITALISED = /^\p{Lu}/u;
const LETTERS = /\p{L}/u;

/** Words of a headline with the punctuation that ends a phrase (`,`, `:`, quotes) marked as breaks. */
function tokens(title: string): Array<string | null> {
  const out: Array<string | null> = [];
  const normalised = title
    .replace(/[’‘`]/g, "'")
    // A possessive ends a name: "South Korea's Lee" names two.
    .replace(/'s\b/g, " |")
    // Two capitalised words joined by a hyphen are two names ("China-South Korea"); "Jae-myung" stays one word.
    .replace(/(\p{Lu}[\p{L}\p{N}]*)-(?=\p{Lu})/gu, "$1 | ");
  for (const raw of normalised.split(/\s+/)) {
    if (raw === "|") {
      out.push(null);
      continue;
    }
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    const opensQuote = /^["'“«(\[]/.test(raw);
    if (opensQuote) out.push(null);
    if (word !== "") out.push(word);
    if (word === "" || /[,.:;!?"“”»)\]|–—]$/.test(raw) || raw.endsWith("'")) out.push(null);
  }
  return out;
}

/** True when the title capitalises every longer word but function words: capitals then say nothing about names. */
export function isTitleCase(title: string): boolean {
  const content = title
    .split(/[\s-]+/)
    .map((w) => w.replace(/[’']s$/, "").replace(/[^\p{L}]/gu, ""))
    .filter((w) => w.length >= MIN_CONTENT_LETTERS && !NOT_NAMES.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => CAPITALISED.test(w));
}

/**
 * Capitalised phrases of one headline, in order, without repeats. `isCommonWord(lower)` says a word also appears in
 * lowercase elsewhere, so a headline's capitalised first word ("Trade talks…") is not taken for a name.
 */
export function extractTopics(title: string, isCommonWord: (lower: string) => boolean = () => false): string[] {
  if (isTitleCase(title)) return [];
  const phrases: string[][] = [];
  let current: string[] = [];
  let pendingParticles: string[] = [];
  const flush = (): void => {
    if (current.length > 0) phrases.push(current);
    current = [];
    pendingParticles = [];
  };
  const list = tokens(title);
  list.forEach((word, index) => {
    if (word === null) return flush();
    const lower = word.toLowerCase();
    if (TITLE_WORDS.has(lower)) return flush();
    if (CAPITALISED.test(word) && LETTERS.test(word)) {
      const first = list.slice(0, index).every((w) => w === null);
      if (first && current.length === 0 && isCommonWord(lower) && !CAPITALISED.test(list[index + 1] ?? "")) return;
      current.push(...pendingParticles, word);
      pendingParticles = [];
      return;
    }
    if (current.length > 0 && NAME_PARTICLES.has(lower)) {
      pendingParticles.push(word);
      return;
    }
    flush();
  });
  flush();
  const seen = new Set<string>();
  const out: string[] = [];
  for (const phrase of phrases) {
    const words = trimCommon(phrase);
    if (words.length === 0 || words.length > MAX_TOPIC_WORDS) continue;
    const name = words.join(" ");
    if (name.length < 2 || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

function trimCommon(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && NOT_NAMES.has((words[start] ?? "").toLowerCase())) start += 1;
  while (end > start && NOT_NAMES.has((words[end - 1] ?? "").toLowerCase())) end -= 1;
  return words.slice(start, end);
}
