/** Heuristics of topic extraction from headlines, as data. */

// Note: words headlines capitalise for reasons other than naming someone or something: a sentence's first word, labels
// ("Update:", "Live:"), question words and pronouns. A phrase made only of these is no topic.
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    "a an the this that these those it its he she they we you i my our his her their what why how when where who which " +
    "update updated live breaking exclusive analysis opinion explainer watch video photos factbox timeline explained " +
    "new more after as at by for from in into of on over to under with without and or but if is are was were be will " +
    "amid about against between during through toward towards than upon onto near across before since until " +
    "can could would should may might must has have had do does did not no yes all any some each every here there " +
    "mr mrs ms dr sir top first second third last next monday tuesday wednesday thursday friday saturday sunday " +
    "january february march april may june july august september october november december today tonight week year"
  ).split(" "),
);

// Note: titles written before a name ("President Lee Jae Myung", "Prime Minister Sanae Takaichi") end a phrase, so
// that the person is one topic and the office another word.
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  "president premier prime minister chancellor king queen prince princess pope leader chairman chairwoman chair governor mayor senator secretary general ceo".split(" "),
);

// Note: lowercase particles inside names ("Bank of England", "Ho Chi Minh", "Charles de Gaulle") keep the phrase whole.
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["of", "de", "da", "del", "der", "van", "von", "la", "le", "bin", "al"]);

// Note: headlines in Title Case capitalise every word but function words, so capitals say nothing about names there;
// a headline is sentence case when at least one word this long, not a function word, is written in lowercase.
export const MIN_CONTENT_LETTERS = 4;
// Note: with fewer such words ("Election in Peru") capitals may all be names, so the headline is read as written.
export const MIN_TITLE_CASE_WORDS = 3;

// Note: a topic page needs the phrase in at least this many articles: one headline's phrase is no recurring topic.
export const MIN_TOPIC_ARTICLES = 2;

// Note: a phrase longer than this is a run of capitalised headline words, not a name.
export const MAX_TOPIC_WORDS = 4;
