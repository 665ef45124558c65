/** What numbers in news copy claim, as data: units, currencies, hedges, casualty words, and what context to ignore. */

// Note: words that write a number (the value itself is read by compromise); "one" alone is left out, since it is
// far more often a pronoun ("one of them", "no one") than a count.
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
  "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
  "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "one",
]);

// Note: scale words after digits ("1.9 trillion", "$70 mln").
export const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

// Note: currency signs before the number, and currency words after it; the code keeps "$" and "US$" one currency.
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY" };
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", yuan: "CNY", renminbi: "CNY", won: "KRW", yen: "JPY",
  rupees: "INR", rupee: "INR", pounds: "GBP", sterling: "GBP",
};

// Note: a hedged value ("more than 200", "at least 12") states a bound, not a value: it neither agrees nor
// disagrees with another report, so it is left out of the comparison.
export const HEDGES_BEFORE: readonly string[] = [
  "more than", "over", "at least", "about", "around", "approximately", "roughly", "nearly", "almost", "up to",
  "as many as", "some", "fewer than", "less than", "under", "close to", "upwards of", "an estimated", "estimated",
  "as few as", "just over", "just under", "below", "above", "exceeding", "than", "between", "from", "by",
];
export const HEDGES_AFTER: readonly string[] = ["or more", "or so", "plus", "or fewer", "to", "or", "and"];

// Note: different words for one kind of thing counted, so that "15 agreements" and "14 memorandums of
// understanding" are compared; a word not listed is its own kind (by its stem).
export const UNIT_CLASSES: Readonly<Record<string, string>> = {
  agreement: "agreements", deal: "agreements", accord: "agreements", pact: "agreements", memorandum: "agreements",
  "memorandum of understanding": "agreements", mou: "agreements", treaty: "agreements",
  people: "people", person: "people", individual: "people",
  vote: "votes", ballot: "votes",
  death: "deaths", fatality: "deaths",
  case: "cases", infection: "cases",
};

// Note: several words that end a unit before its noun: "memorandums of understanding" is one unit.
export const MULTIWORD_UNITS: readonly string[] = ["memorandums of understanding", "memorandum of understanding", "percentage points", "percentage point"];

// Note: words near a number that make it a casualty count ("killed 12 people", "12 were wounded", "death toll of 12").
export const CASUALTY_WORDS: Readonly<Record<string, "killed" | "injured">> = {
  killed: "killed", dead: "killed", died: "killed", deaths: "killed", death: "killed", fatalities: "killed", toll: "killed", lives: "killed",
  injured: "injured", wounded: "injured", hurt: "injured", injuries: "injured",
};

// Note: who a casualty count counts; another noun ("12 shots killed…") makes it something else.
export const CASUALTY_NOUNS: ReadonlySet<string> = new Set([
  "people", "person", "persons", "civilians", "civilian", "soldiers", "soldier", "children", "child", "passengers",
  "workers", "protesters", "officers", "troops", "residents", "men", "women", "migrants", "others", "victims",
]);

// Note: units that make a number something other than a claim about the event: ages, times of day, ordinals.
export const SKIPPED_UNITS: ReadonlySet<string> = new Set(["year-old", "years-old", "a.m", "p.m", "am", "pm", "th", "st", "nd", "rd", "o'clock", "percentile"]);

// Note: words around a number that say nothing about what it counts (reporting verbs, days, hedges, filler);
// two claims match on the words that are left.
export const GENERIC_CONTEXT: ReadonlySet<string> = new Set([
  "said", "says", "say", "saying", "according", "reported", "reports", "report", "told", "also", "including", "news",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "today", "yesterday",
  "least", "nearly", "almost", "roughly", "approximately", "around", "total", "number", "new", "more", "than", "just",
  "percent", "cent", "per", "million", "billion", "trillion", "thousand", "hundred", "dozen", "mln", "bn", "people",
  "year", "years", "month", "months", "day", "days", "time", "times", "first", "last", "other", "another", "will",
  "would", "could", "can", "may", "might", "one", "well", "like", "still", "even", "many", "much", "some", "now",
]);

// Note: how close two claims' contexts must be to be about one thing: shared words (stems) around the numbers,
// at least one of them within `NEAR` words of both numbers. Amounts and percentages need more, since their units
// say less about what they measure. Chosen on the AllSides set (README): fewer shared words let "250 agents" meet
// "700 agents" of another sentence.
export const MATCH = { shared: 2, sharedLoose: 3, near: 4, window: 10 } as const;

// Note: values further apart than this factor are two things that happen to share words (a $1.2 trillion package
// and its $550 billion of new spending), not two reports of one thing.
export const MAX_RATIO = 2;

// Note: abbreviations a sentence does not end at ("Mr. Xi", "the U.S. Senate", "Jan. 5").
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "u.s", "u.k", "u.n", "no", "inc", "corp",
  "jr", "sr", "vs", "e.g", "i.e", "a.m", "p.m", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
  "pres", "prof", "sgt", "capt", "cmdr", "adm", "d.c", "calif", "fla", "ariz", "mass", "wash", "mich", "pa", "n.y",
]);
