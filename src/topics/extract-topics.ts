/** Names in a headline: runs of capitalised words (people, places, organisations), the way a reader spots them. */
import { MAX_TOPIC_WORDS, MIN_CONTENT_LETTERS, MIN_TITLE_CASE_WORDS, NAME_PARTICLES, NOT_NAMES, TITLE_WORDS } from "./topic-patterns.ts";

const CAPITALISED = /^\p{Lu}/u;
const LETTERS = /\p{L}/u;

/** What a site's headlines say about words: which appear in lowercase, which are capitalised inside a headline. */
export interface NameEvidence {
  lowercase: ReadonlySet<string>;
  capitalisedInside: ReadonlySet<string>;
}

/** Gather name evidence from a set of headlines. */
export function nameEvidence(titles: readonly string[]): NameEvidence {
  const lowercase = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const title of titles) {
    if (isTitleCase(title)) continue;
    let sentenceStart = true;
    for (const word of tokens(title)) {
      if (word === SENTENCE) sentenceStart = true;
      if (word === null || word === SENTENCE) continue;
      if (/^\p{Ll}/u.test(word)) lowercase.add(word);
      else if (!sentenceStart && CAPITALISED.test(word)) capitalisedInside.add(word);
      sentenceStart = false;
    }
  }
  return { lowercase, capitalisedInside };
}

/** A sentence ends here (`Update:`, `… rates. Markets…`): the next word is capitalised by grammar. */
const SENTENCE = "";

/**
 * Words of a headline, with null where punctuation ends a phrase (`,`, quotes, brackets) and SENTENCE where it ends a
 * sentence; quoted words are left out.
 */
function tokens(title: string): Array<string | null> {
  const out: Array<string | null> = [];
  let quoted = false;
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
    // A quoted phrase ('new era', "Act Now") is a slogan or a saying, not a name.
    if (/^["'“‘«]/.test(raw)) quoted = true;
    const closesQuote = quoted && /["'”’»][,.:;!?)]*$/.test(raw);
    out.push(quoted || word === "" ? null : word);
    if (closesQuote) quoted = false;
    if (/[.:!?]["”’»)]*$/.test(raw)) out.push(SENTENCE);
    else if (/[,;"“”»)\]|–—]$/.test(raw) || raw.endsWith("'")) out.push(null);
  }
  return out;
}

/** True when the title capitalises every longer word but function words: capitals then say nothing about names. */
export function isTitleCase(title: string): boolean {
  const content = title
    .split(/[\s-]+/)
    .map((w) => w.replace(/[’']s$/, "").replace(/[^\p{L}]/gu, ""))
    .filter((w) => w.length >= MIN_CONTENT_LETTERS && !NOT_NAMES.has(w.toLowerCase()));
  // An all-capitals headline says nothing either; a short one ("Election in Peru") may be names and one word.
  if (!/\p{Ll}/u.test(title)) return true;
  return content.length >= MIN_TITLE_CASE_WORDS && content.every((w) => CAPITALISED.test(w));
}

/**
 * Capitalised phrases of one headline, in order, without repeats. A headline's first word standing alone is capitalised
 * by grammar ("Markets fall…"), so it counts only when `evidence` shows it capitalised inside some headline and never
 * in lowercase ("Xi and Lee meet…").
 */
export function extractTopics(title: string, evidence: NameEvidence = nameEvidence([title])): string[] {
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
  let sentenceStart = 0;
  list.forEach((word, index) => {
    if (word === SENTENCE) sentenceStart = index + 1;
    if (word === null || word === SENTENCE) return flush();
    const lower = word.toLowerCase();
    if (TITLE_WORDS.has(lower)) return flush();
    if (CAPITALISED.test(word) && LETTERS.test(word)) {
      const first = list.slice(sentenceStart, index).every((w) => w === null);
      const alone = !CAPITALISED.test(list[index + 1] ?? "");
      if (first && current.length === 0 && alone && (evidence.lowercase.has(lower) || !evidence.capitalisedInside.has(word))) return;
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
