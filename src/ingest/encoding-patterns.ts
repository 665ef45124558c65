/** Thresholds and signatures `decodeBytes` tells text encodings and binary files apart with. */

/** A file signature ("magic number") that marks a file as binary whatever its bytes look like after it. */
export interface BinarySignature {
  name: string;
  bytes: readonly number[];
}

/** Formats editors drop into a content folder by mistake, some of which have no NUL bytes near their start. */
export const BINARY_SIGNATURES: readonly BinarySignature[] = [
  // Note: PDF starts with ASCII `%PDF-`, and its compressed streams may hold no NUL for thousands of bytes.
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // Note: .docx, .xlsx, .odt and .epub are ZIP archives; a saved Word file is the likeliest stray here.
  { name: "ZIP archive (Word, Excel, OpenDocument or EPUB file)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  // Note: images dropped beside articles; JPEG has no NUL in its first bytes.
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  // Note: gzip, as in a downloaded `.html.gz` page.
  { name: "gzip archive", bytes: [0x1f, 0x8b] },
];

// Note: git's rule for binary files: a NUL byte in the first 8000 bytes.
/** How many leading bytes are searched for NUL. */
export const NUL_SEARCH_LENGTH = 8000;

// Note: text has tabs and line breaks but almost no other control bytes; binary data has them everywhere.
/** Share of control bytes (or characters) above which input is binary. */
export const MAX_CONTROL_SHARE = 0.1;

// Note: UTF-16 text in Latin script has NUL as every other byte; one NUL in twenty on the other side is noise.
/** For UTF-16 without a byte order mark: the least share of NUL bytes on one side of each byte pair… */
export const UTF16_MIN_NUL_SHARE = 0.3;
/** …and the most on the other side. */
export const UTF16_MAX_OTHER_NUL_SHARE = 0.05;

/** How many leading bytes are sampled to detect UTF-16 without a byte order mark. */
export const UTF16_SAMPLE_LENGTH = 4096;

// Note: Windows-1252 leaves these five bytes undefined, so a file containing them was not written in it.
/** Bytes that never occur in Windows-1252 text. */
export const WINDOWS_1252_UNDEFINED: readonly number[] = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

// Note: Western European text has a few accented letters per line; garbage, other single-byte scripts and
// binary data have far more bytes above 0x7F.
/** The greatest share of bytes above 0x7F in text read as Windows-1252. */
export const WINDOWS_1252_MAX_HIGH_SHARE = 0.3;

// Note: a file with many valid UTF-8 sequences and a few bad bytes is damaged UTF-8, not Windows-1252.
/** Windows-1252 needs at least this many invalid bytes per valid multi-byte UTF-8 sequence. */
export const WINDOWS_1252_MIN_INVALID_PER_SEQUENCE = 4;

// Note: the HTML Standard advises 1024 bytes, but saved pages carry more before their own <meta>: the Web Archive
// puts 1.2 KB of scripts in front of it, and 8 of the 27 pages of the extraction set that are not UTF-8 declare
// their charset between 1,024 and 2,400 bytes in (the Chinese and both Polish pages among them). Chromium looks
// through the whole <head>; a fixed bound keeps the scan cheap.
/** How many leading bytes are searched for a declared charset (`<meta charset>`, an XML declaration). */
export const PRESCAN_LENGTH = 4096;

// Note: a file in the encoding it declares has next to no undecodable bytes; more than one character in a hundred
// means the declaration is likely wrong, and the report says so.
/** The share of replacement characters above which a declared encoding is called into doubt. */
export const DECLARED_MAX_REPLACEMENT_SHARE = 0.01;
