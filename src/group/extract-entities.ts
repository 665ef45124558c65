/**
 * Finds named entities (people, places, organisations) as runs of capitalised proper words, without a model:
 * which words are proper is learnt from the content itself, from how they are written mid-sentence.
 */
import { STOP_WORDS, type Unit, type Word } from "./tokenize.ts";

/** One mention of a named entity: `key` compares (`lee jae myung`), `text` is as written (`Lee Jae-myung`). */
export interface EntityMention {
  key: string;
  text: string;
}

// Note: lower-case particles inside names ("Bank of England", "Charles de Gaulle", "Osama bin Laden").
const NAME_PARTICLES: ReadonlySet<string> = new Set(["of", "de", "del", "della", "di", "da", "du", "la", "le", "van", "von", "der", "den", "bin", "al", "el"]);

// Note: days and months are capitalised but name no one: "Monday" would tie every Monday's stories together and
// fill the "why grouped" list with dates. ("May" is left out: it is a stop word and a surname.)
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

// Note: a word is proper when, mid-sentence in sentence-case text, it is capitalised at least this often: "Biden"
// always, "House" mostly in "White House", "Pushes" never (only in Title Case headlines, which teach nothing).
const PROPER_SHARE = 0.5;

// Note: in a Title Case or ALL CAPS headline capitals say nothing about names; a unit is treated as such when at
// least this share of its longer words are capitalised.
const TITLE_CASE_SHARE = 0.6;

/** The proper words of `texts`: folded words written capitalised mid-sentence at least `PROPER_SHARE` of the time. */
export function learnProperWords(texts: readonly (readonly Unit[])[]): ReadonlySet<string> {
  // Occurrences are counted per written word (an identity lookup), then per folded part once per distinct word.
  const occurrences = new Map<Word, number>();
  for (const units of texts) {
    for (const unit of units) {
      if (isTitleCase(unit)) continue;
      // The first word is capitalised by position, not by name: it teaches nothing.
      for (let k = 1; k < unit.length; k++) {
        const word = unit[k];
        if (word !== undefined && word.parts.length > 0) occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
      }
    }
  }
  const capitalised = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const [word, count] of occurrences) {
    const counts = word.capitalised ? capitalised : lower;
    for (const part of word.parts) counts.set(part, (counts.get(part) ?? 0) + count);
  }
  const proper = new Set<string>();
  for (const [word, caps] of capitalised) {
    if (STOP_WORDS.has(word) || CALENDAR_WORDS.has(word) || /^\p{N}+$/u.test(word)) continue;
    if (caps >= PROPER_SHARE * (caps + (lower.get(word) ?? 0))) proper.add(word);
  }
  return proper;
}

/**
 * The entities named in `units`, once per mention, in order, appended to `entities`. Keys are folded with hyphens
 * as spaces, so that `Lee Jae-myung` and `Lee Jae Myung` have one key.
 */
export function extractEntities(units: readonly Unit[], properWords: ReadonlySet<string>, entities: EntityMention[] = []): EntityMention[] {
  for (const unit of units) {
    let phrase: string[] = [];
    let surface: string[] = [];
    let pendingParticle: string | null = null;
    const close = (): void => {
      if (phrase.length > 0) entities.push({ key: phrase.join(" "), text: surface.join(" ") });
      phrase = [];
      surface = [];
      pendingParticle = null;
    };
    for (const word of unit) {
      const proper = word.capitalised && word.parts.length > 0 && allProper(word.parts, properWords);
      if (proper) {
        if (pendingParticle !== null) {
          phrase.push(pendingParticle);
          surface.push(pendingParticle);
        }
        pendingParticle = null;
        phrase.push(...word.parts);
        surface.push(word.possessive ? word.raw.slice(0, -2) : word.raw);
        // Note: "China's Xi" is two entities, not one.
        if (word.possessive) close();
      } else if (phrase.length > 0 && pendingParticle === null && NAME_PARTICLES.has(word.raw)) {
        pendingParticle = word.raw;
      } else {
        close();
      }
    }
    close();
  }
  return entities;
}

function allProper(parts: readonly string[], properWords: ReadonlySet<string>): boolean {
  for (const part of parts) if (!properWords.has(part)) return false;
  return true;
}

function isTitleCase(unit: Unit): boolean {
  let longer = 0;
  let capitalised = 0;
  for (const word of unit) {
    if (word.raw.length < 4 || !word.letter) continue;
    longer++;
    if (word.capitalised) capitalised++;
  }
  return longer >= 2 && capitalised >= TITLE_CASE_SHARE * longer;
}
