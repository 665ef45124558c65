/** How plain text copied from a web page marks its structure. */

// Note: a title or heading never ends like a sentence; quotes and closing brackets may follow the stop.
export const SENTENCE_END = /[.!?;:,…]["”’)\]]*$/;
// Note: bullets as copied from web lists.
export const BULLET = /^[•▪●◦‣∙*-]\s+(?=\S)/;
export const TITLE_MAX_CHARS = 200;
// Note: inferred titles stay within what a search result shows (about 110 characters).
export const INFERRED_TITLE_MAX = 110;
export const HEADING_MAX_CHARS = 90;
// Note: sentence-case subheads are short ("North Korea missile launch"); title-case ones may run longer.
export const HEADING_MAX_WORDS = 8;
export const TITLE_CASE_HEADING_MAX_WORDS = 14;
export const STANDFIRST_MIN_WORDS = 8;
export const STANDFIRST_MAX_CHARS = 400;
// Note: hard-wrapped text (e-mail, wire copy) has lines of similar, short width; web copies have one paragraph a line.
export const HARD_WRAP_MAX = 100;
