/**
 * Takes out of each article's text the sentences at its start or end that its outlet repeats across much of what
 * it publishes: a newsletter prompt, a "follow us" line, a standing disclaimer. They say nothing of the event, yet
 * two unrelated reports of one site would share them, and so share names ("the Bay Chronicle") and words that
 * grouping weighs.
 */
import { firstWords } from "../tokenize.ts";

// Note: an outlet needs this many articles before a sentence can be called its furniture, and the sentence must
// be in at least this many of them and in half of them: three updates of one event by one outlet repeat a
// background sentence, a site's footer is on every page.
const MIN_ARTICLES = 3;
// Note: shorter runs ("Read more.", "Photo: AP") are too common to judge, and are rarely what makes two texts alike.
const MIN_WORDS = 5;
// Note: grouping reads at most the first 400 words of a text; twice that leaves room for what is taken out.
const READ_WORDS = 800;

/**
 * Each article's text (its first 800 words, where its outlet has enough articles to judge) without its outlet's
 * repeated sentences; `outlets[i]` is article i's outlet or null.
 */
export function stripOutletFurniture(texts: readonly string[], outlets: ReadonlyArray<string | null>): string[] {
  const byOutlet = new Map<string, number[]>();
  outlets.forEach((outlet, i) => {
    if (outlet === null) return;
    const list = byOutlet.get(outlet);
    if (list) list.push(i);
    else byOutlet.set(outlet, [i]);
  });
  const result = [...texts];
  for (const members of byOutlet.values()) {
    if (members.length < MIN_ARTICLES) continue;
    const holders = new Map<string, number>();
    const split = new Map<number, string[]>();
    for (const i of members) {
      const sentences = sentencesOf(firstWords(texts[i] ?? "", READ_WORDS));
      split.set(i, sentences);
      for (const key of new Set(edges(sentences).map(keyOf).filter((k) => k !== null))) holders.set(key, (holders.get(key) ?? 0) + 1);
    }
    const needed = Math.max(MIN_ARTICLES, Math.ceil(members.length / 2));
    for (const i of members) {
      const sentences = split.get(i) ?? [];
      const edge = new Set(edges(sentences));
      const kept = sentences.filter((s) => {
        if (!edge.has(s)) return true;
        const key = keyOf(s);
        return key === null || (holders.get(key) ?? 0) < needed;
      });
      if (kept.length < sentences.length) result[i] = kept.join(" ");
    }
  }
  return result;
}

// Note: furniture sits at the edges of a text (a kicker line above, prompts and footers below); the middle is the
// report's own, and reading only the edges keeps this cheap on long texts.
const HEAD_SENTENCES = 3;
const TAIL_SENTENCES = 5;

/** The sentences at the start and the end of a text, where furniture sits. */
function edges(sentences: readonly string[]): string[] {
  if (sentences.length <= HEAD_SENTENCES + TAIL_SENTENCES) return [...sentences];
  return [...sentences.slice(0, HEAD_SENTENCES), ...sentences.slice(-TAIL_SENTENCES)];
}

/** Sentences and lines of `text`, trimmed, empty ones left out. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/u).map((s) => s.trim()).filter(Boolean);
}

/** The sentence folded for comparison, or null when it is too short to judge. */
function keyOf(sentence: string): string | null {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= MIN_WORDS ? words.join(" ") : null;
}
