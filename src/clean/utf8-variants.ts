/** Decoding re-encoded bytes as UTF-8, including the variants real software wrote (CESU-8, Java's NUL). */
import { BYTE_PATTERNS } from "./mojibake-patterns.ts";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decodeStrict(bytes: string): string | null {
  try {
    return strictUtf8.decode(Buffer.from(bytes, "latin1"));
  } catch {
    // A fatal TextDecoder throws on the first malformed sequence: the bytes are not UTF-8.
    return null;
  }
}

/** The character a CESU-8 surrogate pair or `C0 80` stands for. */
function decodeVariant(sequence: string): string {
  if (sequence.length === 2) return "\u0000";
  const unit = (offset: number): number =>
    0xd000 | ((sequence.charCodeAt(offset + 1) & 0x3f) << 6) | (sequence.charCodeAt(offset + 2) & 0x3f);
  return String.fromCharCode(unit(0), unit(3));
}

/**
 * The byte string (one character per byte) decoded as UTF-8, with CESU-8 surrogate pairs and `C0 80` read as
 * their characters; null when the bytes are not valid in that sense.
 */
export function decodeUtf8Variants(bytes: string): string | null {
  if (!/[\xc0\xed]/.test(bytes)) return decodeStrict(bytes);
  const parts: string[] = [];
  let last = 0;
  for (const match of bytes.matchAll(BYTE_PATTERNS.utf8Variant)) {
    const piece = decodeStrict(bytes.slice(last, match.index));
    if (piece === null) return null;
    parts.push(piece, decodeVariant(match[0]));
    last = match.index + match[0].length;
  }
  const rest = decodeStrict(bytes.slice(last));
  if (rest === null) return null;
  parts.push(rest);
  return parts.join("");
}
