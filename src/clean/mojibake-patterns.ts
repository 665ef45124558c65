/**
 * Data for mojibake repair: which encodings UTF-8 is mistaken for, which characters turn up when that happens,
 * and which sequences of them are evidence rather than intended text. The approach and most of the evidence are
 * adapted from ftfy (rspeer/python-ftfy, Apache-2.0), whose test cases make up `shared/corpora/mojibake`.
 */

/** A single-byte encoding UTF-8 is commonly mis-decoded as. */
export interface MojibakeEncoding {
  name: string;
  /** iconv-lite's name for the codec. */
  codec: string;
  /** Bytes the codec leaves undefined read as Latin-1, and byte 0x1A stands for U+FFFD: what real software did. */
  sloppy: boolean;
  /** Whether its characters count as clues when looking for mojibake embedded in otherwise correct text. */
  clues: boolean;
}

/** The encodings a suspicious line is re-encoded through, in order; the first that yields valid UTF-8 wins. */
export const MOJIBAKE_ENCODINGS: readonly MojibakeEncoding[] = [
  // Note: Latin-1 first: it is the only one whose C1 controls (0x80–0x9F) survive, as in `â\x80\x9c`.
  { name: "latin-1", codec: "latin1", sloppy: false, clues: true },
  // Note: Windows-1252 is by far the most common mistake (`â€™` for `’`).
  { name: "windows-1252", codec: "windows-1252", sloppy: true, clues: true },
  // Note: Windows-1251 (Cyrillic) makes `вЂ™` of `’`, common in Russian-language feeds.
  { name: "windows-1251", codec: "windows-1251", sloppy: true, clues: true },
  // Note: Windows-1250 (Central European) makes `Ă©` of `é`.
  { name: "windows-1250", codec: "windows-1250", sloppy: true, clues: true },
  // Note: Windows-1253 (Greek) and 1254 (Turkish) follow the same pattern with their own letters.
  { name: "windows-1253", codec: "windows-1253", sloppy: true, clues: true },
  { name: "windows-1254", codec: "windows-1254", sloppy: true, clues: true },
  // Note: Windows-1257 (Baltic) makes `Ä«` of `ī` in Latvian and Lithuanian text.
  { name: "windows-1257", codec: "windows-1257", sloppy: true, clues: true },
  // Note: ISO-8859-2 differs from Windows-1250 in a few letters and keeps C1 controls.
  { name: "iso-8859-2", codec: "iso-8859-2", sloppy: false, clues: false },
  // Note: Mac OS Roman makes `√©` of `é`; its symbols are too common in real text to count as clues.
  { name: "macroman", codec: "macintosh", sloppy: false, clues: false },
  // Note: Code page 437 (DOS) turns Cyrillic UTF-8 into box drawing, as seen from console tools.
  { name: "cp437", codec: "cp437", sloppy: false, clues: false },
];

// Note: iconv-lite maps Mac OS Roman as before 1998; Apple's current table (and ftfy's) has these three bytes.
/** Bytes of Mac OS Roman whose current meaning differs from iconv-lite's table. */
export const MAC_ROMAN_CURRENT: Readonly<Record<number, string>> = { 0xbd: "\u03a9", 0xdb: "\u20ac", 0xf0: "\uf8ff" };

/** Lead bytes of UTF-8 sequences whose characters, decoded as single bytes, are clues to embedded mojibake. */
export const UTF8_CLUE_BYTES = {
  // Note: 0xC0 and 0xC1 only make overlong encodings, so they are not clues.
  firstOf2: [0xc2, 0xdf],
  firstOf3: [0xe0, 0xef],
  // Note: only 0xF0 (emoji and other astral characters) and 0xF3 (tags, variation selectors) occur in real text.
  firstOf4: [0xf0, 0xf0, 0xf3, 0xf3],
  continuation: [0x80, 0xbf],
} as const;

// Note: these can stand for continuation bytes, but right before a clue they are usually just punctuation.
/** Continuation-byte characters that do not stop a run of embedded mojibake from starting after them. */
export const LOOSE_CONTINUATION = " \u2013\u2014\u2015\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026";

/** Byte patterns, matched against a string of bytes (one character per byte, U+0000–U+00FF). */
export const BYTE_PATTERNS = {
  // Note: a program that "helpfully" turned byte 0xA0 into a space broke the UTF-8 sequence it was part of.
  alteredUtf8: new RegExp(
    "[\\xc2\\xc3\\xc5\\xce\\xd0\\xd9] " +
      "|[\\xe2\\xe3] [\\x80-\\x84\\x86-\\x9f\\xa1-\\xbf]" +
      "|[\\xe0-\\xe3][\\x80-\\x84\\x86-\\x9f\\xa1-\\xbf] " +
      "|\\xf0 [\\x80-\\xbf]{2}|\\xf0[\\x80-\\xbf] [\\x80-\\xbf]|\\xf0[\\x80-\\xbf]{2} ",
    "g",
  ),
  // Note: a lone `Ã ` is French/Portuguese `à` whose 0xA0 became a space; keep the word break, except in `às`,
  // `àquele`, `àquela` and `àquilo`, where the space is the one that was lost.
  aGraveWord: /\xc3 (?! |quele|quela|quilo|s )/g,
  // Note: a sequence whose missing byte was already replaced by U+FFFD (0x1A here) or `?` decodes to one U+FFFD.
  lossyUtf8: new RegExp(
    "[\\xc2-\\xdf]\\x1a|[\\xc2\\xc3]\\?" +
      "|\\xed[\\xa0-\\xaf][\\x1a?]\\xed[\\xb0-\\xbf][\\x1a?\\x80-\\xbf]" +
      "|\\xed[\\xa0-\\xaf][\\x1a?\\x80-\\xbf]\\xed[\\xb0-\\xbf][\\x1a?]" +
      "|[\\xe0-\\xef][\\x1a?][\\x1a\\x80-\\xbf]|[\\xe0-\\xef][\\x1a\\x80-\\xbf][\\x1a?]" +
      "|[\\xf0-\\xf4][\\x1a?][\\x1a\\x80-\\xbf]{2}|[\\xf0-\\xf4][\\x1a\\x80-\\xbf][\\x1a?][\\x1a\\x80-\\xbf]" +
      "|[\\xf0-\\xf4][\\x1a\\x80-\\xbf]{2}[\\x1a?]|\\x1a",
    "g",
  ),
  // Note: CESU-8 (Java, MySQL's old utf8) writes an emoji as two encoded UTF-16 surrogates; Java writes NUL as C0 80.
  utf8Variant: /\xed[\xa0-\xaf][\x80-\xbf]\xed[\xb0-\xbf][\x80-\xbf]|\xc0\x80/g,
} as const;

// Note: C1 controls have no use in modern text; they are Windows-1252 bytes read as Latin-1.
/** C1 control characters. */
export const C1_CONTROLS = /[\x80-\x9f]/;

/**
 * The characters UTF-8 mojibake is made of, by the role they play in text. Values are regex class bodies.
 * Sequences of classes that real text rarely has are the evidence (`MOJIBAKE_EVIDENCE`).
 */
export const MOJIBAKE_CLASSES = {
  // Note: punctuation that occurs in mojibake and just as often on its own, so never evidence by itself.
  common: "\u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019",
  // Note: C1 controls are only ever Windows-1252 bytes read as Latin-1.
  c1: "\u0080-\u009f",
  // Note: symbols almost only seen as parts of mojibake (¦ ¤ ¨ ¬ ¯ ¸ ƒ ˆ ˇ ˘ ˛ ˜ † ‡ ‰ ⌐ ◊ � ª º).
  bad:
    "\u00a6\u00a4\u00a8\u00ac\u00af\u00b8\u0192\u02c6\u02c7\u02d8\u02db\u02dc" +
    "\u2020\u2021\u2030\u2310\u25ca\ufffd\u00aa\u00ba",
  // Note: legal symbols ¶ §, plausible before numbers, implausible after accented letters.
  law: "\u00b6\u00a7",
  // Note: currency ¢ £ ¥ ₧ €.
  currency: "\u00a2\u00a3\u00a5\u20a7\u20ac",
  // Note: punctuation that opens (¡ « ¿ © ΄ ΅ ‘ ‚ “ „ • ‹ Apple logo): odd right after a letter.
  start: "\u00a1\u00ab\u00bf\u00a9\u0384\u0385\u2018\u201a\u201c\u201e\u2022\u2039\uf8ff",
  // Note: punctuation that closes (® » ˝ ” › ™): odd right before a letter.
  end: "\u00ae\u00bb\u02dd\u201d\u203a\u2122",
  // Note: numeric and math symbols (² ³ ¹ ± ¼ ½ ¾ × µ ÷ ⁄ ∂ ∆ ∏ ∑ √ ∞ ∩ ∫ ≈ ≠ ≡ ≤ ≥ №).
  numeric:
    "\u00b2\u00b3\u00b9\u00b1\u00bc\u00bd\u00be\u00d7\u00b5\u00f7\u2044\u2202\u2206" +
    "\u220f\u2211\u221a\u221e\u2229\u222b\u2248\u2260\u2261\u2264\u2265\u2116",
  // Note: letters people build emoticon faces from (Ò-Ö, Ù-Ü, ò-ö, ø-ü, Ő Ō Ū Ų °), allowed odder neighbours.
  kaomoji: "\u00d2-\u00d6\u00d9-\u00dc\u00f2-\u00f6\u00f8-\u00fc\u0150\u014c\u016a\u0172\u00b0",
  // Note: accented capitals that UTF-8 lead bytes decode to (À–Ñ, Ø Ü Ý, Central European and Baltic capitals, Ґ).
  upperAccented:
    "\u00c0-\u00d1\u00d8\u00dc\u00dd\u0102\u0100\u0104\u0106\u010c\u010e\u0110\u0118\u011a\u0112\u0116\u011e\u0122" +
    "\u0130\u012a\u0136\u0139\u013d\u0141\u013b\u0143\u0147\u0145\u0152\u0158\u015a\u015e\u0160\u0162\u0164\u016e" +
    "\u0170\u0178\u0179\u017b\u017d\u0490",
  // Note: accented small letters that UTF-8 lead bytes decode to (ß, à–ñ, Central European and Baltic, ґ, ﬁ ﬂ).
  lowerAccented:
    "\u00df\u00e0-\u00f1\u0103\u0105\u0101\u0107\u010d\u010f\u0111\u0119\u011b\u0113\u0117\u011f\u0123\u012f\u012b" +
    "\u0137\u013a\u013e\u0142\u013c\u0153\u0155\u015b\u015f\u0161\u0165\u00fc\u017a\u017c\u017e\u0491\ufb01\ufb02",
  // Note: Greek and Cyrillic capitals and Þ: ordinary letters, suspicious only in context.
  upperCommon: "\u00de\u0391-\u03a9\u0386\u0388\u0389\u038a\u038c\u038e\u038f\u03aa\u03ab\u0401-\u042f",
  // Note: Greek and Cyrillic small letters.
  lowerCommon: "\u03b1-\u03c9\u03ac\u03ad\u03ae\u03af\u03b0\u0430-\u045f",
  // Note: box drawing and blocks that code page 437 decodes UTF-8 into (not ─, used in faces).
  box: "\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c\u2550-\u256c\u2580\u2584\u2588\u258c\u2590\u2591\u2592\u2593",
} as const;

type ClassName = keyof typeof MOJIBAKE_CLASSES;

/** A regex character class made of the named classes and any extra literal characters. */
function anyOf(names: readonly ClassName[], extra = ""): string {
  return `[${names.map((n) => MOJIBAKE_CLASSES[n]).join("")}${extra}]`;
}

const SYMBOLS: readonly ClassName[] = ["lowerAccented", "upperAccented", "box", "start", "end", "currency", "numeric", "law"];
const ACCENTED: readonly ClassName[] = ["lowerAccented", "upperAccented"];
const ARABIC_SECOND = anyOf(["common", "currency", "bad", "numeric", "start"], "\u0178\u0160\u00ae\u00b0\u00b5\u00bb");
const CYRILLIC_MIDDLE = anyOf(["c1", "bad", "start", "end", "currency"], "\u00b0\u00b5");
const GREEK_MIDDLE = anyOf(["c1", "bad", "start", "end", "currency"], "\u00b0");

/**
 * Sequences that are much likelier mojibake than intended text. A line is repaired only if it has one, and a
 * repair is kept only if it removes them. Regex sources, used with the `u` flag.
 */
export const MOJIBAKE_EVIDENCE: readonly string[] = [
  // Note: any C1 control.
  anyOf(["c1"]),
  // Note: a symbol or accented letter next to a "bad" symbol, as in `Ã¨` or `â€¦`.
  anyOf(["bad", ...SYMBOLS]) + anyOf(["bad"]),
  anyOf(["bad"]) + anyOf(SYMBOLS),
  // Note: a Latin letter, then a Greek or Cyrillic letter, then a bad symbol: mojibake inside a word.
  "[a-zA-Z]" + anyOf(["lowerCommon", "upperCommon"]) + anyOf(["bad"]),
  // Note: an accented capital right after a small letter or symbol, as in `Ã‰` after `Ã©`.
  anyOf(["lowerAccented", "lowerCommon", "box", "end", "currency", "numeric"]) + anyOf(["upperAccented"]),
  anyOf(["box", "end", "currency", "numeric"]) + anyOf(["lowerAccented"]),
  anyOf(["lowerAccented", "box", "end"]) + anyOf(["currency"]),
  "\\s" + anyOf(["upperAccented"]) + anyOf(["currency"]),
  anyOf(["upperAccented", "box"]) + anyOf(["numeric", "law"]),
  anyOf([...ACCENTED, "box", "currency", "end"]) + anyOf(["start"]) + anyOf(["numeric"]),
  anyOf([...ACCENTED, "currency", "numeric", "box", "law"]) + anyOf(["end"]) + anyOf(["start"]),
  anyOf(["currency", "numeric", "box"]) + anyOf(["start"]),
  "[a-z]" + anyOf(["upperAccented"]) + anyOf(["start", "currency"]),
  // Note: box drawing next to letters or symbols: code page 437 mojibake.
  anyOf(["box"]) + anyOf(["kaomoji"]),
  anyOf([...ACCENTED, "currency", "numeric", "start", "end", "law"]) + anyOf(["box"]),
  anyOf(["box"]) + anyOf(["end"]),
  // Note: an accented letter, punctuation, then a letter: punctuation does not sit inside words.
  anyOf(ACCENTED) + anyOf(["start", "end"]) + "[\\p{L}\\p{N}_]",
  // Note: œ is byte 0x9C, the end of `â€œ` (`“`); in French words (cœur) a letter follows it.
  "[\u0152\u0153][^A-Za-z]",
  "[" + MOJIBAKE_CLASSES.upperAccented + "]\u00b0",
  // Note: the most common two-character Windows-1252 mojibake not caught above (`Â£`, `Ã©`, `Ã—`, `Î¼`, `Ð°`).
  "[\u00c2\u00c3\u00ce\u00d0]" +
    anyOf(["start", "end"], "\u20ac\u0153\u0160\u0161\u00a2\u00a3\u0178\u017e\u00a0\u00ad\u00ae\u00a9\u00b0\u00b7\u00bb\u2013\u2014\u00b4"),
  "\u00d7[\u00b2\u00b3]",
  // Note: Arabic in Windows-1252 uses common characters, so it takes two pairs (four characters) as evidence.
  "[\u00d8\u00d9]" + ARABIC_SECOND + "[\u00d8\u00d9]" + ARABIC_SECOND,
  // Note: Windows-1252 starts of South Asian letters (`à²`, `àµ`).
  "\u00e0[\u00b2\u00b5\u00b9\u00bc\u00bd\u00be]",
  // Note: Mac OS Roman mojibake (`√©`, `‚Äô`); most math symbols left out because `√` is real in formulas.
  "\u221a[\u00b1\u2202\u2020\u2260\u00ae\u2122\u00b4\u2264\u2265\u00a5\u00b5\u00f8]",
  "\u2248[\u00b0\u00a2]",
  "\u201a\u00c4[\u00ec\u00ee\u00ef\u00f2\u00f4\u00fa\u00f9\u00fb\u2020\u00b0\u00a2\u03c0]",
  "\u201a[\u00e2\u00f3][\u00e0\u00e4\u00b0\u00ea]",
  // Note: Windows-1251 mojibake of punctuation (`вЂ™` is `’`).
  "\u0432\u0402",
  // Note: Windows-1251 mojibake of Latin-1 or Cyrillic takes three characters, as its pairs are real words.
  "[\u0412\u0413\u0420\u0421]" + CYRILLIC_MIDDLE + "[\u0412\u0413\u0420\u0421]",
  "\u0413\u045e\u0412\u0402\u0412.[A-Za-z ]",
  // Note: `Ã` before a no-break space or `¡` is `à` or `á`; before a space, after a word or at the start, it is
  // `à` whose 0xA0 became a space.
  "\u00c3[\u00a0\u00a1]",
  "[a-z]\\s?[\u00c3\u00c2] ",
  "^[\u00c3\u00c2] ",
  // Note: `Â` between punctuation is a no-break space or the punctuation itself, encoded twice.
  "[a-z.,?!" + MOJIBAKE_CLASSES.end + "]\u00c2[ " + MOJIBAKE_CLASSES.start + MOJIBAKE_CLASSES.end + "]",
  // Note: Windows-1253 (Greek) mojibake of punctuation and of Latin-1 or Greek.
  "\u03b2\u20ac[\u2122\u00a0\u0386\u00ad\u00ae\u00b0]",
  "[\u0392\u0393\u039e\u039f]" + GREEK_MIDDLE + "[\u0392\u0393\u039e\u039f]",
  // Note: Windows-1257 (Baltic) mojibake of punctuation.
  "\u0101\u20ac",
];
