/**
 * Turn a file's bytes into text: UTF-8 (with or without a byte order mark), UTF-16 (with a byte order mark, or
 * recognised by its NUL bytes), the legacy encoding an HTML or XML file declares when it is not UTF-8 (GBK,
 * Shift_JIS, Windows-1251, …), Windows-1252 when the bytes are plausibly that, and binary files flagged.
 */
import iconv from "iconv-lite";
import {
  controlByteShare,
  controlCharShare,
  highByteShare,
  invalidUtf16Bytes,
  nulShares,
  scanUtf8,
} from "./byte-statistics.ts";
import {
  BINARY_SIGNATURES,
  DECLARED_MAX_REPLACEMENT_SHARE,
  MAX_CONTROL_SHARE,
  NUL_SEARCH_LENGTH,
  UTF16_MAX_OTHER_NUL_SHARE,
  UTF16_MIN_NUL_SHARE,
  UTF16_SAMPLE_LENGTH,
  WINDOWS_1252_MAX_HIGH_SHARE,
  WINDOWS_1252_MIN_INVALID_PER_SEQUENCE,
  WINDOWS_1252_UNDEFINED,
} from "./encoding-patterns.ts";
import { decodeLegacy, type WhatwgEncoding } from "./legacy-decoders.ts";
import { type CharsetDeclaration, prescanCharset } from "./prescan-charset.ts";

/** The encoding a file was read in: a Unicode form, or the legacy encoding it declares, by its standard name. */
export type DetectedEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252" | WhatwgEncoding;

/** The text of a file and how it was read. Binary input has empty text (and `utf-8` as a placeholder encoding). */
export interface DecodeResult {
  text: string;
  encoding: DetectedEncoding;
  binary: boolean;
  /** Bytes that did not decode and became U+FFFD (in a multi-byte legacy encoding, one U+FFFD per bad sequence). */
  invalidBytes: number;
  /** Why the encoding was chosen, or why the input is binary, in words for a report. */
  reason: string;
}

// Byte order marks are sliced off before decoding, so a second one in the text stays visible to repairText.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le", { ignoreBOM: true });
const utf16be = new TextDecoder("utf-16be", { ignoreBOM: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function binary(reason: string): DecodeResult {
  return { text: "", encoding: "utf-8", binary: true, invalidBytes: 0, reason };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function decodeUtf8(bytes: Uint8Array, encoding: "utf-8" | "utf-8-bom", reason: string): DecodeResult {
  const text = utf8.decode(bytes);
  // Only a failed, and so non-ASCII, file pays for the byte-by-byte scan.
  const invalidBytes = text.includes("\ufffd") ? scanUtf8(bytes).invalidBytes : 0;
  const bad = invalidBytes === 1 ? "1 byte is" : `${invalidBytes} bytes are`;
  const replaced = invalidBytes === 0 ? "" : `; ${bad} not valid UTF-8, replaced by U+FFFD`;
  return { text, encoding, binary: false, invalidBytes, reason: reason + replaced };
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, reason: string): DecodeResult {
  const text = (littleEndian ? utf16le : utf16be).decode(bytes);
  const controls = controlCharShare(text);
  if (controls > MAX_CONTROL_SHARE) {
    return binary(`${reason}, but ${percent(controls)} of it decodes to control characters`);
  }
  const invalidBytes = invalidUtf16Bytes(bytes, littleEndian);
  return { text, encoding: littleEndian ? "utf-16le" : "utf-16be", binary: false, invalidBytes, reason };
}

/** UTF-16 without a byte order mark shows as NUL in every other byte, on the high-byte side of each pair. */
function utf16WithoutBom(bytes: Uint8Array): DecodeResult | null {
  const nuls = nulShares(bytes, UTF16_SAMPLE_LENGTH);
  const why = (share: number, side: string): string =>
    `no byte order mark, but ${percent(share)} of ${side} bytes at the start are NUL, as in UTF-16`;
  if (nuls.odd >= UTF16_MIN_NUL_SHARE && nuls.even <= UTF16_MAX_OTHER_NUL_SHARE)
    return decodeUtf16(bytes, true, `UTF-16LE: ${why(nuls.odd, "odd")}`);
  if (nuls.even >= UTF16_MIN_NUL_SHARE && nuls.odd <= UTF16_MAX_OTHER_NUL_SHARE)
    return decodeUtf16(bytes, false, `UTF-16BE: ${why(nuls.even, "even")}`);
  return null;
}

/** Invalid UTF-8 reads as Windows-1252 when it looks like Western text: isolated accented letters and quotes. */
function windows1252OrDamagedUtf8(bytes: Uint8Array, note: string): DecodeResult {
  const scan = scanUtf8(bytes);
  const high = highByteShare(bytes);
  const undefinedByte = WINDOWS_1252_UNDEFINED.find((byte) => bytes.includes(byte));
  const mostlyInvalid = scan.invalidBytes >= scan.sequences * WINDOWS_1252_MIN_INVALID_PER_SEQUENCE;
  if (undefinedByte === undefined && mostlyInvalid && high <= WINDOWS_1252_MAX_HIGH_SHARE) {
    const reason =
      `not valid UTF-8 (${scan.invalidBytes} bad bytes), but plausible Windows-1252: ` +
      `${percent(high)} of bytes above 0x7F, none undefined in it${note}`;
    const text = iconv.decode(bytes, "windows-1252");
    return { text, encoding: "windows-1252", binary: false, invalidBytes: 0, reason };
  }
  const why = !mostlyInvalid
    ? `${scan.sequences} valid UTF-8 sequences outweigh the bad bytes`
    : undefinedByte !== undefined
      ? `byte 0x${undefinedByte.toString(16).toUpperCase()} does not exist in Windows-1252`
      : `${percent(high)} of bytes are above 0x7F, too many for Windows-1252 text`;
  return decodeUtf8(bytes, "utf-8", `UTF-8 with errors (${why}${note})`);
}

/** Invalid UTF-8 in the legacy encoding the file declares, with any bytes that do not decode in it counted. */
function decodeDeclared(bytes: Uint8Array, declaration: CharsetDeclaration, encoding: WhatwgEncoding): DecodeResult {
  const { text, invalidBytes } = decodeLegacy(bytes, encoding);
  const share = invalidBytes / Math.max(text.length, 1);
  const bad = invalidBytes === 1 ? "1 byte sequence does" : `${invalidBytes} byte sequences do`;
  const doubt =
    invalidBytes === 0
      ? ""
      : share > DECLARED_MAX_REPLACEMENT_SHARE
        ? `; but ${bad} not decode in it (${percent(share)} of the text), so the declaration may be wrong`
        : `; ${bad} not decode in it, replaced by U+FFFD`;
  const reason = `not valid UTF-8; decoded as ${encoding}, as its ${declaration.source} declares${doubt}`;
  return { text, encoding, binary: false, invalidBytes, reason };
}

/** Invalid UTF-8 read as browsers would: in the encoding its HTML or XML declares, else as detected. */
function declaredOrDetected(bytes: Uint8Array): DecodeResult {
  const declaration = prescanCharset(bytes);
  const encoding = declaration?.encoding;
  // A file that declares UTF-8 (or UTF-16, read as UTF-8) but is not valid UTF-8 is detected as before.
  if (declaration && encoding && encoding !== "utf-8") return decodeDeclared(bytes, declaration, encoding);
  const unknown = declaration && !encoding ? `; the charset its ${declaration.source} declares is not a known encoding` : "";
  return windows1252OrDamagedUtf8(bytes, unknown);
}

/** Decode a file's bytes, detecting the encoding; never throws. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { text: "", encoding: "utf-8", binary: false, invalidBytes: 0, reason: "empty input" };
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return binary(`starts like a ${signature.name}`);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), "utf-8-bom", "UTF-8 byte order mark");
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), true, "UTF-16LE byte order mark");
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), false, "UTF-16BE byte order mark");
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  const nul = bytes.subarray(0, NUL_SEARCH_LENGTH).indexOf(0);
  if (nul !== -1) return binary(`NUL byte at offset ${nul}, and the NUL bytes do not follow the pattern of UTF-16`);
  const controls = controlByteShare(bytes);
  if (controls > MAX_CONTROL_SHARE) return binary(`${percent(controls)} of bytes are control characters`);
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: "utf-8", binary: false, invalidBytes: 0, reason: "valid UTF-8" };
  } catch {
    // A fatal decoder throws on the first malformed sequence; work out what the file is instead. Only now is a
    // declared charset heeded: valid UTF-8 that declares another encoding is nearly always mislabelled.
    return declaredOrDetected(bytes);
  }
}
