/**
 * The single-byte encodings of `MOJIBAKE_ENCODINGS` as lookup tables, in both directions. Tables come from
 * iconv-lite rather than `TextDecoder`: Node 20 decodes `windows-1252` as Latin-1 (nodejs/node#56542) and has no
 * code page 437.
 */
import iconv from "iconv-lite";
import { MAC_ROMAN_CURRENT, MOJIBAKE_ENCODINGS, type MojibakeEncoding } from "./mojibake-patterns.ts";

/** One encoding with its tables. */
export interface SingleByteCodec extends MojibakeEncoding {
  /** The character each byte decodes to (all in the Basic Multilingual Plane). */
  chars: readonly string[];
  /** The byte each UTF-16 code unit encodes to, or -1 where the encoding has none. */
  bytes: Int16Array;
}

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

function buildCodec(encoding: MojibakeEncoding): SingleByteCodec {
  const decoded = [...iconv.decode(ALL_BYTES, encoding.codec)];
  if (decoded.length !== 256) throw new Error(`iconv-lite's ${encoding.codec} is not a single-byte encoding`);
  const chars = decoded.map((char, byte) => {
    const current = encoding.codec === "macintosh" ? MAC_ROMAN_CURRENT[byte] : undefined;
    if (current !== undefined) return current;
    // Sloppy codecs pass undefined bytes through, as the software that made the mojibake did.
    return char === "\ufffd" && encoding.sloppy ? String.fromCharCode(byte) : char;
  });
  // In sloppy codecs byte 0x1A stands for a character already lost to U+FFFD, so lossy sequences can be found.
  if (encoding.sloppy) chars[0x1a] = "\ufffd";
  const bytes = new Int16Array(0x10000).fill(-1);
  chars.forEach((char, byte) => {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && (char !== "\ufffd" || encoding.sloppy) && bytes[unit] === -1) bytes[unit] = byte;
  });
  return { ...encoding, chars, bytes };
}

/** The codecs, in the order repairs try them. */
export const CODECS: readonly SingleByteCodec[] = MOJIBAKE_ENCODINGS.map(buildCodec);

/** The codec of that name; throws for a name not in `MOJIBAKE_ENCODINGS` (a programming error). */
export function codecNamed(name: string): SingleByteCodec {
  const codec = CODECS.find((c) => c.name === name);
  if (!codec) throw new Error(`No single-byte codec named ${name}`);
  return codec;
}

/**
 * The text encoded in the codec as a byte string (one character per byte, U+0000–U+00FF), or null when some
 * character has no byte in it.
 */
export function encodeToByteString(text: string, codec: SingleByteCodec): string | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = codec.bytes[text.charCodeAt(i)] ?? -1;
    if (byte < 0) return null;
    out[i] = byte;
  }
  return Buffer.from(out.buffer, out.byteOffset, out.length).toString("latin1");
}

/** The characters that bytes in the inclusive ranges decode to, in codecs that supply clues. */
export function clueCharacters(ranges: readonly number[]): string {
  const found = new Set<string>();
  for (const codec of CODECS.filter((c) => c.clues)) {
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      for (let byte = ranges[r] ?? 0; byte <= (ranges[r + 1] ?? -1); byte++) found.add(codec.chars[byte] ?? "");
    }
  }
  found.delete("");
  return [...found].sort().join("");
}
