/**
 * Turns text into the words grouping reads: split into units (sentences, lines, headline parts), each word folded
 * (case, accents, apostrophes; hyphens and acronym dots resolved), stop words dropped, Porter-stemmed into terms,
 * so that "Lee Jae-myung" and "Lee Jae Myung", "vaccines" and "vaccinated" meet. An article written in another
 * language than English has that language's stop words dropped too (`textLanguage`): two Spanish reports of
 * different events share "de", "la", "que" and "para" in every sentence, and must not meet on them.
 */
import { stemmer } from "stemmer";
import * as stopword from "stopword";

// Note: the `stopword` English list (108 words) lacks several function words that are frequent in news copy;
// on a small content folder IDF cannot discount them, so they are added here. Function words and honorifics
// only: no topic words.
const MORE_FUNCTION_WORDS = [
  "she", "hers", "herself", "its", "itself", "it's", "they're", "we're", "you're", "i'm", "ours", "yours", "theirs",
  "will", "shall", "may", "does", "done", "doing", "having", "not", "no", "nor", "so", "just", "off", "onto",
  "upon", "via", "per", "whom", "whose", "why", "when", "s", "t", "don't", "won't", "can't", "isn't",
  "aren't", "wasn't", "weren't", "didn't", "doesn't", "hasn't", "haven't", "hadn't", "couldn't", "wouldn't",
  "shouldn't", "mr", "mrs", "ms", "dr", "amp", "nbsp",
];

/** Folded forms of the words grouping ignores in every article. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...stopword.eng, ...MORE_FUNCTION_WORDS].map((w) => foldText(w)));

// Note: the languages of the `stopword` package that news on the web is most often written in, besides English, by
// their lists; Brazilian Portuguese's longer list beside the shorter one.
const OTHER_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  de: stopword.deu, fr: stopword.fra, es: stopword.spa, pt: [...stopword.por, ...stopword.porBr], it: stopword.ita,
  nl: stopword.nld, pl: stopword.pol, ru: stopword.rus, uk: stopword.ukr, tr: stopword.tur, sv: stopword.swe,
  da: stopword.dan, nb: stopword.nob, fi: stopword.fin, cs: stopword.ces, ro: stopword.ron, hu: stopword.hun,
  id: stopword.ind, ca: stopword.cat,
};
/** A language grouping knows the stop words of: "en", or a key of the other languages. */
export type TextLanguage = string;
const STOP_WORDS_OF = new Map<TextLanguage, ReadonlySet<string>>([["en", STOP_WORDS]]);
// Each folded stop word of another language (and not of English), with the languages it belongs to.
const LANGUAGES_OF_WORD = new Map<string, string[]>();
for (const [language, list] of Object.entries(OTHER_LANGUAGES)) {
  const own = new Set(list.map((w) => foldText(w)));
  STOP_WORDS_OF.set(language, new Set([...STOP_WORDS, ...own]));
  for (const word of own) {
    if (STOP_WORDS.has(word)) continue;
    const languages = LANGUAGES_OF_WORD.get(word);
    if (languages) languages.push(language);
    else LANGUAGES_OF_WORD.set(word, [language]);
  }
}
// Note: a text is taken for another language only on clear evidence: this many of its first words are that
// language's stop words, and more than twice as many as English ones. A headline alone, or an English text quoting
// a foreign name ("La Scala", "Der Spiegel"), stays English.
const LANGUAGE_WORDS = 150;
const MIN_LANGUAGE_HITS = 8;

/** The language whose stop words `text` is full of: English unless another one clearly is. */
export function textLanguage(text: string): TextLanguage {
  const hits = new Map<string, number>();
  let english = 0;
  let seen = 0;
  for (const match of text.matchAll(RAW_WORD)) {
    if (++seen > LANGUAGE_WORDS) break;
    const word = foldedWord(match[0]);
    if (STOP_WORDS.has(word)) english += 1;
    for (const language of LANGUAGES_OF_WORD.get(word) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  let best: TextLanguage = "en";
  let most = 0;
  for (const [language, count] of [...hits].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count > most) [best, most] = [language, count];
  }
  return most >= MIN_LANGUAGE_HITS && most > 2 * english ? best : "en";
}

/** A word as written, with what grouping needs to know about it. */
export interface Word {
  readonly raw: string;
  readonly capitalised: boolean;
  /** Starts with a letter (not a digit). */
  readonly letter: boolean;
  readonly possessive: boolean;
  /** Folded parts, stop words left out: `Jae-myung` → `jae`, `myung`; `U.S.` → `us`; `Mr` → none. */
  readonly parts: readonly string[];
  /** The parts' stemmed terms (`vaccines` → `vaccin`), one-letter parts left out. */
  readonly terms: readonly string[];
  /** The part each term was stemmed from, to show readers a word rather than a stem. */
  readonly termParts: readonly string[];
}

/** A sentence, line, or headline part (a headline's " - Outlet" and "Topic: " are parts of their own), as words. */
export type Unit = readonly Word[];

const RAW_WORD = /[\p{L}\p{N}]+(?:[-'\u2019.&][\p{L}\p{N}]+)*/gu;
// Between two words, what ends a unit: a line break; a sentence end before a capital; a spaced dash or bar
// (" - BBC"); a colon ("Explainer: …").
const SENTENCE_END = /[.!?][\u201d"')]*\s+["\u201c(]*$/u;
const PART_BREAK = /\n|\s[-\u2013\u2014|]\s|:\s/u;

/**
 * Lower case, accents and compatibility forms folded, typographic apostrophes and dashes made plain, dotted
 * acronyms closed up (`U.S.` → `us`), so that spelling variants of one name compare equal.
 */
export function foldText(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      // Note: `u.s.` and `j.c.` must become one word, or their letters are dropped as too short.
      .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, "$1")
      .replace(/(\p{L})&(\p{L})/gu, "$1$2")
  );
}

// Note: folding is the costly step, and news repeats its words: each written word is folded once.
const foldedMemo = new Map<string, string>();

function foldedWord(raw: string): string {
  let folded = foldedMemo.get(raw);
  if (folded === undefined) {
    folded = foldText(raw);
    if (foldedMemo.size >= MEMO_LIMIT) foldedMemo.clear();
    foldedMemo.set(raw, folded);
  }
  return folded;
}

/**
 * The units of `text`, each word analysed, `language`'s stop words left out; one pass over the words, looking at the
 * gap before each.
 */
export function splitUnits(text: string, language: TextLanguage = "en"): Unit[] {
  const units: Unit[] = [];
  let words: Word[] = [];
  let end = 0;
  for (const match of text.matchAll(RAW_WORD)) {
    const word = analyse(match[0], language);
    // The usual gap, one space, breaks nothing: only longer gaps are looked at.
    if (words.length > 0 && !(match.index === end + 1 && text.charCodeAt(end) === 32)) {
      const gap = text.slice(end, match.index);
      if (PART_BREAK.test(gap) || (word.capitalised && SENTENCE_END.test(gap))) {
        units.push(words);
        words = [];
      }
    }
    words.push(word);
    end = match.index + match[0].length;
  }
  if (words.length > 0) units.push(words);
  return units;
}

/** The stemmed terms of `text`, in order, `language`'s stop words left out. */
export function tokenize(text: string, language: TextLanguage = "en"): string[] {
  const terms: string[] = [];
  for (const unit of splitUnits(text, language)) for (const word of unit) terms.push(...word.terms);
  return terms;
}

// Note: folding and stemming are the costly steps and news repeats its words; a bounded memo per written word
// makes 64,000 articles cheap.
const MEMO_LIMIT = 200_000;
const memos = new Map<TextLanguage, Map<string, Word>>();

function analyse(raw: string, language: TextLanguage): Word {
  let memo = memos.get(language);
  if (memo === undefined) {
    memo = new Map();
    memos.set(language, memo);
  }
  const known = memo.get(raw);
  if (known !== undefined) return known;
  const stop = STOP_WORDS_OF.get(language) ?? STOP_WORDS;
  const possessive = /['\u2019]s$/u.test(raw);
  const parts = foldText(raw)
    .replace(/'s$/u, "")
    .split(/[-.]/)
    .filter((p) => p.length > 0 && !stop.has(p))
    .map((p) => p.replace(/'/g, ""))
    .filter((p) => p.length > 0);
  const termParts = parts.filter((p) => p.length >= 2);
  const word: Word = { raw, capitalised: /^\p{Lu}/u.test(raw), letter: /^\p{L}/u.test(raw), possessive, parts, terms: termParts.map(stem), termParts };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, word);
  return word;
}

/** Numbers are kept whole (`2026`, `737`): stemming would cut `1990s` and similar to nonsense. */
function stem(part: string): string {
  return /^\p{N}/u.test(part) ? part : stemmer(part);
}

/** The first `words` words of `text`, as written (all of it when shorter). */
export function firstWords(text: string, words: number): string {
  let count = 0;
  for (const gap of text.matchAll(/\s+/g)) if (++count >= words) return text.slice(0, gap.index);
  return text;
}
