/** How a republished article gives itself away: wire bylines and datelines, and the share of text it carries. */

// Note: bylines that name an agency instead of a reporter ("By Associated Press", "REUTERS", "AFP staff"); the name
// left after the decoration is looked up in the outlet registry, where only outlets of kind `wire` count.
export const BYLINE_DECORATION = /^\s*(?:by\s+)?(?:the\s+)?|\s*(?:staff|wire|wire service|news service|reporters?|writers?)\s*$/gi;

// Note: a wire dateline names the agency in brackets before the dash: "WASHINGTON (Reuters) -", "PARIS (AFP) —".
export const WIRE_DATELINE = /^\s*[\p{Lu}][\p{L} .,'-]{1,60}\(([^()]{2,40})\)\s*[-–—]/u;

// Note: republished text: the share of the shorter text's word 4-shingles that the other has too. Measured on the
// AllSides leads (about 100 words): outlets that quote one another's sentences share up to 0.55 (a paragraph
// quoted from the New York Times); a lightly edited agency story republished by a newspaper shares 0.60, and a
// copy with an update line added shares 0.9 and more.
export const COPY_SHARE = 0.6;

// Note: too few words to tell a copy from a shared quote or a common headline.
export const COPY_MIN_SHINGLES = 12;

// Note: a copy shows in its first pages of text; comparing no more keeps a story of long (or hostile) files cheap.
export const COPY_TEXT_LENGTH = 20_000;

// Note: a story of more members with enough text compares each with this many on either side of it in date order
// instead of with every other member: the pairs cost time with the square of a story's size, and copies are
// published close in time to their original. A story of up to 49 such members (all real stories measured)
// compares every pair as before.
export const COPY_NEIGHBOURS = 48;
