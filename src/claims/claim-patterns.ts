/** What numbers in news copy claim, as data: units, currencies, hedges, casualty words, and what context to ignore. */

// Note: words that write a number (the value itself is read by compromise). "One" is here for "twenty-one" and
// "one hundred"; alone the reader leaves it out, since it is far more often a pronoun ("one of them") than a count.
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
  "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
  "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "one",
]);

// Note: scale words after digits ("1.9 trillion", "$70 mln").
export const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

// Note: scales written against the digits ("60m doses", "$1.2bn"); any other letters against digits make a name
// ("5G", "F35"), not a number.
export const GLUED_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };

// Note: words that make a count a part of another ("three fellow gymnasts" testified with Biles: four in all;
// "another 43 people" died elsewhere): such a count is not the whole and is not compared.
export const PARTIAL_WORDS: ReadonlySet<string> = new Set(["fellow", "other", "others", "additional", "another", "more", "further", "extra", "remaining", "new", "separate"]);

// Note: sentences that look back ("under $2 a gallon a few months ago") give an earlier value, not the event's.
export const PAST_WORDS: ReadonlySet<string> = new Set(["ago", "previously", "prior", "formerly", "once"]);

// Note: currency signs before the number, and currency words after it; the code keeps "$" and "US$" one currency.
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY" };
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", yuan: "CNY", renminbi: "CNY", won: "KRW", yen: "JPY",
  rupees: "INR", rupee: "INR", pounds: "GBP", sterling: "GBP",
};

// Note: a value stated as a bound or an estimate ("more than 200", "at least 12", "about 330") claims a range; a
// range of numbers, a change ("rose by 5%", "from 5.2%") or a comparison ("higher than 5%") claims no value and
// is left out.
export type Hedge = "exact" | "atLeast" | "atMost" | "about" | "none";
export const HEDGES_BEFORE: Readonly<Record<string, Hedge>> = {
  "more than": "atLeast", over: "atLeast", "at least": "atLeast", "upwards of": "atLeast", "just over": "atLeast", above: "atLeast",
  exceeding: "atLeast", surpassed: "atLeast", "up to": "atMost", "as many as": "atMost", "fewer than": "atMost", "less than": "atMost",
  under: "atMost", "just under": "atMost", below: "atMost", about: "about", around: "about", approximately: "about", roughly: "about",
  nearly: "about", almost: "about", some: "about", "close to": "about", "an estimated": "about", estimated: "about",
  between: "none", from: "none", by: "none", than: "none", "as few as": "none", average: "none", averaging: "none",
};
export const HEDGES_AFTER: Readonly<Record<string, Hedge>> = { "or more": "atLeast", plus: "atLeast", "or so": "about", "or fewer": "atMost" };
// Note: a number followed by one of these and another number is a range ("10 to 15", "two or three").
export const RANGE_WORDS: ReadonlySet<string> = new Set(["to", "or", "and", "-", "–"]);

// Note: sentences about what was expected, forecast or aimed at: their numbers are other sources' estimates, which
// differ from one survey to the next (Dow Jones' economists expected 845,000 jobs, Refinitiv's 870,000) and from
// the outcome without any report being wrong.
export const FORECAST_WORDS: ReadonlySet<string> = new Set([
  "expected", "expecting", "expect", "expects", "expectations", "forecast", "forecasts", "forecasters", "forecasting",
  "consensus", "surveyed", "survey", "projected", "projection", "projections", "predicted", "predicting", "predicts",
  "anticipated", "goal", "target", "aims", "aim", "estimates", "estimate", "estimated", "economists", "analysts", "poll",
]);

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

// Note: what a casualty count counts: people by any general word, others (troops, civilians) apart, since a
// report's "13 US troops" is a part of another's "90 people".
export const CASUALTY_PEOPLE: ReadonlySet<string> = new Set(["people", "person", "persons", "others", "victims", "individuals"]);

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

// Note: month names and the abbreviations news style uses ("Jan.", "Sept."), for dates of events.
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

// Note: words after a number that say when, not what: "5.4 percent in June", "37,000 last week".
export const TIME_WORDS: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next", "this", "ago", "today",
  "tonight", "yesterday", "earlier", "later", "year-on-year", "annually",
]);

// Note: words around a number that say nothing about what it counts (reporting verbs, days, hedges, filler);
// two claims match on the words that are left.
export const GENERIC_CONTEXT: ReadonlySet<string> = new Set([
  "said", "says", "say", "saying", "according", "reported", "reports", "report", "told", "also", "including", "news",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "today", "yesterday",
  "least", "nearly", "almost", "roughly", "approximately", "around", "total", "number", "new", "more", "than", "just",
  "percent", "cent", "per", "million", "billion", "trillion", "thousand", "hundred", "dozen", "mln", "bn", "people",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
  "year", "years", "month", "months", "day", "days", "time", "times", "first", "last", "other", "another", "will",
  "would", "could", "can", "may", "might", "one", "well", "like", "still", "even", "many", "much", "some", "now",
  "its", "it's", "their", "his", "her", "our", "who", "which", "that", "this", "these", "those", "while", "after", "before",
]);

// Note: how close two claims' contexts must be to be about one thing: shared words (stems) in their sentences
// (`window` words either side), at least one of them within `near` words of both numbers, or `sharedAlone` shared
// words anywhere in the sentences ("waited six hours to vote" / "waited in line to cast his ballot for seven
// hours"). Amounts, percentages and dates need more, and two near words, since their units say less about what they
// measure. Chosen on the AllSides set (README): three words anywhere let "eight months after authorizing" meet
// "four months after the application".
export const MATCH = { shared: 2, sharedAlone: 4, sharedLoose: 3, near: 4, window: 25 } as const;

// Note: claims are matched only between reports at most this many places apart in the story's order of reports (its
// sources' order): every pair of a story's claims costs time with the square of its size, and a story of up to 49
// reports (all real stories measured) compares every pair as before. A larger one (generated corpora make stories of
// hundreds) leaves its reports' claims unmatched with those far off in that order.
export const MATCHED_REPORTS_APART = 48;

// Note: values further apart than this factor are two things that happen to share words (a $1.2 trillion package
// and its $550 billion of new spending), not two reports of one thing.
export const MAX_RATIO = 2;

// Note: bounds that keep any article cheap to read: news sentences run to a few hundred characters (a longer one is
// a list or a table, whose numbers are not claims); an article of 10,000 words is 60,000 characters, and it
// states a few dozen numbers, not thousands.
export const LIMITS = { textLength: 60_000, sentenceLength: 1_000, claims: 300 } as const;

// Note: abbreviations a sentence does not end at ("Mr. Xi", "the U.S. Senate", "Jan. 5").
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "u.s", "u.k", "u.n", "no", "inc", "corp",
  "jr", "sr", "vs", "e.g", "i.e", "a.m", "p.m", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
  "pres", "prof", "sgt", "capt", "cmdr", "adm", "d.c", "calif", "fla", "ariz", "mass", "wash", "mich", "pa", "n.y",
]);
