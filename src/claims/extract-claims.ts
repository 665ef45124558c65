/**
 * Claims with numbers in an article's text, each with its sentence: counts with the noun they count, amounts with
 * their currency, percentages, casualties and magnitudes. Each keeps the words around it, by which claims of two
 * reports are matched. Numbers that name rather than count (years, times, ages, "Title 42", "COVID-19") are not claims.
 */
import { stemmer } from "stemmer";
import { eng } from "stopword";
import {
  CASUALTY_NOUNS, CASUALTY_PEOPLE, CASUALTY_WORDS, CURRENCY_SIGNS, CURRENCY_WORDS, FORECAST_WORDS, GLUED_SCALES, type Hedge,
  HEDGES_AFTER, HEDGES_BEFORE, LIMITS, MULTIWORD_UNITS, NUMBER_WORDS, PARTIAL_WORDS, PAST_WORDS, RANGE_WORDS, SCALES, SKIPPED_UNITS,
  TIME_WORDS, UNIT_CLASSES,
} from "./claim-patterns.ts";
import { type EventDate, readEventDate } from "./read-event-dates.ts";
import { precisionOf, readDigits, readNumberWords } from "./read-numbers.ts";
import { type ContextWord, LETTERS, type Token, contextOf, tokenize } from "./sentence-words.ts";
import { splitSentences } from "./split-sentences.ts";

/** What a number claims. */
export type ClaimKind = "count" | "amount" | "percent" | "casualties" | "magnitude" | "date";

/** One number an article states, with what it is about. */
export interface Claim {
  kind: ClaimKind;
  /** What is counted or measured, comparable across reports: a unit class, a stem, a currency, `%`. */
  unit: string;
  /** What is counted, for readers: `agreements`, `people killed`. */
  label: string;
  /** Stem of the noun after an amount or percentage (`package`, `voter`), when there is one. */
  head: string | null;
  value: number;
  /** The smallest difference the written number can tell apart. */
  precision: number;
  /** How the value is stated: exactly, as a bound, as an estimate, or as no value at all (a range, a change). */
  hedge: Hedge;
  /** In a sentence about what was expected or forecast: another source's estimate, never compared. */
  forecast: boolean;
  /** The years the sentence names, in order, once each: the period a figure belongs to. */
  years: string;
  /** The number and its unit as written: `15 agreements`. */
  written: string;
  sentence: string;
  /** Stems of the words around the number. */
  context: Map<string, ContextWord>;
}

const STOP = new Set(eng);
const UNIT_BY_STEM = new Map(Object.entries(UNIT_CLASSES).map(([word, unit]) => [stemmer(word), unit]));
// Most sentences state no number: they are passed over before being read word by word.
const MAY_CLAIM = new RegExp(`\\d|\\b(?:${[...NUMBER_WORDS].join("|")})`, "i");
const isNumberWord = (lower: string): boolean => lower.split("-").every((part) => NUMBER_WORDS.has(part));
const isNumberToken = (token: Token | undefined): boolean => token !== undefined && (/^\d/.test(token.text) || isNumberWord(token.lower));

/** Every claim of an article's text, in order. */
export function extractClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of splitSentences(text.slice(0, LIMITS.textLength))) {
    if (sentence.length > LIMITS.sentenceLength || !MAY_CLAIM.test(sentence)) continue;
    claims.push(...claimsOf(sentence));
    if (claims.length >= LIMITS.claims) break;
  }
  return claims.slice(0, LIMITS.claims);
}

function claimsOf(sentence: string): Claim[] {
  const tokens = tokenize(sentence);
  const forecast = tokens.some((t) => FORECAST_WORDS.has(t.lower) || PAST_WORDS.has(t.lower));
  const years = [...new Set(tokens.filter((t) => /^(?:1[89]|20)\d\d$/.test(t.text)).map((t) => t.text))].sort().join(" ");
  const claims: Claim[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const date = readEventDate(sentence, tokens, i);
    if (date) {
      claims.push({ ...dateClaim(sentence, tokens, i, date, forecast), years });
      i = date.end - 1;
      continue;
    }
    const read = readNumberAt(sentence, tokens, i);
    if (read === null) continue;
    const claim = claimAt(sentence, tokens, i, read, forecast);
    if (claim) claims.push({ ...claim, years });
    i = read.end - 1;
  }
  return claims;
}

/** The date an event happened on, as a claim. */
function dateClaim(sentence: string, tokens: readonly Token[], i: number, date: EventDate, forecast: boolean): Omit<Claim, "years"> {
  const start = tokens[i]?.start ?? 0;
  return {
    kind: "date", unit: "date", label: "date", head: null, value: date.value, precision: 1, hedge: "exact", forecast,
    written: sentence.slice(start, tokens[date.end - 1]?.end ?? start), sentence, context: contextOf(tokens, i - 1, date.end),
  };
}

interface NumberRead {
  value: number;
  /** Index of the first token after the number. */
  end: number;
  digits: boolean;
  precision: number;
  compound: string | null;
}

/** The number written at token `i`, or null when none starts there or it names rather than counts. */
function readNumberAt(sentence: string, tokens: readonly Token[], i: number): NumberRead | null {
  const token = tokens[i];
  if (!token) return null;
  const before = sentence[token.start - 1] ?? " ";
  const previous = tokens[i - 1];
  // A capitalised word right before the number names it: "Title 42", "Flight 370", "Jan 5", "Section 230".
  const named = previous?.text === "." ? tokens[i - 2] : previous;
  if (named && i - 1 > 0 && /^\p{Lu}/u.test(named.text) && !/^[$€£¥]$/.test(named.text)) return null;
  if (/^\d/.test(token.text)) {
    if (/[\p{L}\-/#.]/u.test(before)) return null;
    const after = sentence.slice(token.end, token.end + 2);
    if (/^[:/]\d|^\d/.test(after) || /^-\d/.test(after)) return null;
    const compound = /^-([\p{L}]+)/u.exec(sentence.slice(token.end))?.[1]?.toLowerCase() ?? null;
    const value = readDigits(token.text);
    if (value === null) return null;
    const glued = /^\p{L}+/u.exec(sentence.slice(token.end))?.[0]?.toLowerCase();
    if (glued !== undefined) {
      const scale = GLUED_SCALES[glued];
      if (scale === undefined) return null;
      return { value: value * scale, end: i + 2, digits: true, precision: precisionOf(token.text, scale), compound: null };
    }
    return { value, end: i + 1, digits: true, precision: precisionOf(token.text), compound };
  }
  if (!isNumberWord(token.lower) || /[\p{L}\-]/u.test(before)) return null;
  let end = i + 1;
  while (end < tokens.length) {
    const next = tokens[end];
    if (next && isNumberWord(next.lower)) end += 1;
    else if (next?.lower === "and" && isNumberWord(tokens[end + 1]?.lower ?? "")) end += 2;
    else break;
  }
  const last = tokens[end - 1];
  if (!last) return null;
  const span = sentence.slice(token.start, last.end);
  // "One" alone is a pronoun more often than a count; a scale word alone ("thousands", "a dozen") is no figure.
  if (span.toLowerCase() === "one" || ["hundred", "thousand", "million", "billion", "trillion", "dozen"].includes(token.lower)) return null;
  const value = readNumberWords(span);
  return value === null ? null : { value, end, digits: false, precision: 1, compound: null };
}

function claimAt(sentence: string, tokens: readonly Token[], i: number, read: NumberRead, forecast: boolean): Omit<Claim, "years"> | null {
  let { value, precision } = read;
  let k = read.end;
  let first = i;
  let currency: string | null = null;
  let percent: string | null = null;
  const sign = tokens[i - 1];
  if (sign && CURRENCY_SIGNS[sign.text]) {
    currency = CURRENCY_SIGNS[sign.text] ?? null;
    first = i - 1;
  }
  const scale = tokens[k] ? SCALES[tokens[k]?.lower ?? ""] : undefined;
  if (read.digits && scale !== undefined) {
    value *= scale;
    precision *= scale;
    k += 1;
  }
  if (tokens[k]?.text === "%" || tokens[k]?.lower === "percent") (percent = "%"), (k += 1);
  else if (tokens[k]?.lower === "per" && tokens[k + 1]?.lower === "cent") (percent = "%"), (k += 2);
  else if (tokens[k] && CURRENCY_WORDS[tokens[k]?.lower ?? ""]) (currency = CURRENCY_WORDS[tokens[k]?.lower ?? ""] ?? null), (k += 1);

  const nextWords = `${tokens[k]?.lower ?? ""} ${tokens[k + 1]?.lower ?? ""}`;
  if (read.compound !== null && read.compound !== "magnitude") return null;
  if (SKIPPED_UNITS.has(tokens[k]?.lower ?? "") || /^(?:[ap] \.|years old|year old)/.test(nextWords)) return null;
  const isYear = read.digits && Number.isInteger(value) && value >= 1800 && value <= 2100 && !currency && !percent && scale === undefined && !(tokens[i]?.text.includes(","));
  if (isYear) return null;

  const lead = tokens.slice(Math.max(0, first - 3), first).map((t) => t.lower);
  let hedge: Hedge = "exact";
  let hedgeWords = 0;
  for (let n = Math.min(3, lead.length); n >= 1 && hedgeWords === 0; n -= 1) {
    const found = HEDGES_BEFORE[lead.slice(-n).join(" ")];
    if (found) [hedge, hedgeWords] = [found, n];
  }
  const after = Object.entries(HEDGES_AFTER).find(([words]) => nextWords === words || nextWords.startsWith(`${words} `) || tokens[k]?.lower === words);
  if (after && hedge === "exact") hedge = after[1];
  if ((RANGE_WORDS.has(tokens[k]?.lower ?? "") && isNumberToken(tokens[k + 1])) || (RANGE_WORDS.has(tokens[first - 1]?.lower ?? "") && isNumberToken(tokens[first - 2])) || /^[-–]\d/.test(sentence.slice(tokens[k - 1]?.end ?? 0))) hedge = "none";

  // The unit: a known phrase, else the run of words after the number ("nine cooperation agreements").
  let unitEnd = k;
  let head: Token | null = null;
  let unitWords: string | null = null;
  const rest = tokens.slice(k, k + 3).map((t) => t.lower).join(" ");
  const phrase = MULTIWORD_UNITS.find((unit) => rest === unit || rest.startsWith(`${unit} `));
  if (phrase) {
    unitEnd = k + phrase.split(" ").length;
    head = tokens[unitEnd - 1] ?? null;
    unitWords = phrase.startsWith("percentage") ? "percentage points" : "memorandum of understanding";
  } else {
    let from = k;
    if ((currency && tokens[k]?.lower === "in") || ((currency || percent) && tokens[k]?.lower === "of")) from = k + 1;
    let j = from;
    while (j < from + 4 && j < tokens.length) {
      const t = tokens[j];
      if (!t || !LETTERS.test(t.text) || STOP.has(t.lower) || TIME_WORDS.has(t.lower) || /(?:ing|ed)$/.test(t.lower) || CASUALTY_WORDS[t.lower]) break;
      j += 1;
      // A plural ends the noun phrase: "two countries work together" counts countries.
      if (/[^su]s$/.test(t.lower) && !MULTIWORD_UNITS.some((u) => u.startsWith(`${t.lower} `))) break;
    }
    if (j > from) (head = tokens[j - 1] ?? null), (unitEnd = j);
  }
  if (percent && unitWords === "percentage points") percent = "pp";
  if ([tokens[first - 1], ...tokens.slice(k, unitEnd)].some((t) => t !== undefined && PARTIAL_WORDS.has(t.lower))) hedge = "none";

  const casualty = casualtyOf(tokens, first - hedgeWords, Math.max(unitEnd, k));
  const headLower = head?.lower ?? null;
  let kind: ClaimKind;
  let unit: string;
  let label: string;
  if (read.compound === "magnitude" || tokens[i - 1]?.lower === "magnitude" || headLower === "magnitude") {
    [kind, unit, label] = ["magnitude", "magnitude", "magnitude"];
  } else if (percent) {
    [kind, unit, label] = ["percent", percent, percent === "pp" ? "percentage points" : headLower ? `per cent of ${headLower}` : "percentage"];
  } else if (currency) {
    [kind, unit, label] = ["amount", currency, headLower ? `amount (${headLower})` : "amount"];
  } else if (casualty && (headLower === null || CASUALTY_NOUNS.has(headLower))) {
    const who = headLower === null || CASUALTY_PEOPLE.has(headLower) ? "people" : headLower;
    [kind, unit, label] = ["casualties", `${casualty}:${stemmer(who)}`, `${who} ${casualty}`];
  } else if (head && headLower) {
    const stem = stemmer(unitWords ?? headLower);
    const unitClass = unitWords ? UNIT_CLASSES[unitWords] : UNIT_BY_STEM.get(stem);
    [kind, unit, label] = ["count", unitClass ?? stem, unitClass ?? headLower];
  } else return null;

  const last = tokens[Math.max(unitEnd, k) - 1];
  const start = tokens[first - hedgeWords]?.start ?? 0;
  return {
    kind,
    unit,
    label,
    head: kind === "amount" || kind === "percent" ? (headLower ? stemmer(headLower) : null) : null,
    value,
    precision,
    hedge,
    forecast,
    written: sentence.slice(start, last?.end ?? start),
    sentence,
    context: contextOf(tokens, first, Math.max(unitEnd, k)),
  };
}

/**
 * Whether a number counts the killed or the injured: a casualty word right after it or after "were" ("189 killed
 * and 516 injured", "nine people were killed"), else a casualty verb just before it ("killed at least nine people
 * and injured 40"), else one soon after.
 */
function casualtyOf(tokens: readonly Token[], from: number, to: number): "killed" | "injured" | undefined {
  const after = tokens.slice(to, to + 3);
  const passive = after.findIndex((t, i) => CASUALTY_WORDS[t.lower] !== undefined && (i === 0 || ["were", "was", "been", "are", "is", "left"].includes(after[i - 1]?.lower ?? "")));
  if (passive >= 0) return CASUALTY_WORDS[after[passive]?.lower ?? ""];
  const before = tokens.slice(Math.max(0, from - 3), from).reverse().find((t) => CASUALTY_WORDS[t.lower] !== undefined);
  if (before) return CASUALTY_WORDS[before.lower];
  const later = after.find((t) => CASUALTY_WORDS[t.lower] !== undefined);
  return later ? CASUALTY_WORDS[later.lower] : undefined;
}
