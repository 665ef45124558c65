/** Characters `repairText` normalises or removes besides mojibake, and the contexts where it keeps them. */

// Note: no-break, narrow no-break and figure spaces come from copied web pages and break word matching and search.
/** No-break spaces, replaced by a plain space. */
export const NO_BREAK_SPACES = /[\u00a0\u202f\u2007]/g;

// Note: zero-width space, non-joiner, joiner, word joiner and a stray byte order mark are invisible but split words.
/** Zero-width characters, removed unless `keepsJoiner` says the text needs them. */
export const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

// Note: in emoji sequences (👩‍💻, 🏳️‍🌈) the joiner is part of the character the reader sees.
/** What may come before a zero-width joiner inside an emoji sequence: an emoji, skin tone, or emoji presentation selector. */
export const EMOJI_BEFORE_JOINER = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{fe0f}]$/u;

/** What comes after a zero-width joiner inside an emoji sequence. */
export const EMOJI_AFTER_JOINER = /^\p{Extended_Pictographic}$/u;

// Note: Persian, Arabic and Indic scripts use ZWNJ and ZWJ between letters to choose letter forms; removing them
// misspells words (Persian می‌خواهم).
/** Letters and marks of scripts that use joiners between them. */
export const JOINER_SCRIPTS = new RegExp(
  "^[" +
    ["Arabic", "Syriac", "Nko", "Thaana", "Mongolian", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya",
      "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Myanmar", "Khmer"]
      .map((script) => `\\p{scx=${script}}`)
      .join("") +
    "]$",
  "u",
);

// Note: vertical tab, form feed and the Unicode line and paragraph separators mean a line break in plain text,
// and `&#10;` or `&#13;` decode to one.
/** Everything that breaks a line; each becomes `\n`. */
export const LINE_BREAKS = /\r\n|[\n\r\v\f\u2028\u2029]/;

/** The line breaks other than `\n` itself, reported when they are normalised. */
export const UNUSUAL_LINE_BREAKS = /[\r\v\f\u2028\u2029]/g;

// Note: colour codes (`ESC[0m`) from text copied out of a terminal; removing only the ESC would leave `[0m`.
/** ANSI terminal escape sequences, removed whole. */
export const TERMINAL_ESCAPES = /\x1b\[[0-9;]*[A-Za-z]/g;

// Note: C0 controls other than tab and newline, DEL, and C1 controls left after mojibake repair are never text.
/** Control characters, removed. (Line breaks never reach them: lines are split first.) */
export const CONTROL_CHARACTERS = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;

// Note: named and numeric references need their semicolon: `AT&T`, `R&D` and `this&not that` are not entities.
/** An HTML character reference, as written in text that was escaped once too often. */
export const ENTITY_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
