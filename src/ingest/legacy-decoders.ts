/**
 * The legacy encodings of the WHATWG Encoding Standard (GBK, Shift_JIS, Windows-1251, ISO-8859-2, …): a label
 * resolved to its encoding, and bytes decoded in it. Labels resolve through `TextDecoder`, whose label table is the
 * standard's own, so `gb2312` becomes `gbk` and `latin1` becomes `windows-1252` with no table of ours to fall behind.
 */
import iconv from "iconv-lite";

/** An encoding's name in the Encoding Standard, as `TextDecoder#encoding` gives it: `gbk`, `shift_jis`, `koi8-r`. */
export type WhatwgEncoding = string & { readonly __brand: "WhatwgEncoding" };

/** Text decoded in a legacy encoding, and how many replacement characters stand for bytes that did not decode. */
export interface LegacyDecoded {
  text: string;
  invalidBytes: number;
}

// Note: the standard decodes gbk with the gb18030 decoder (GBK is a subset of GB18030, and pages labelled gb2312
// hold GB18030's four-byte sequences); ICU's own gbk decoder turns those into U+FFFD.
const DECODER_FOR: ReadonlyMap<string, string> = new Map([["gbk", "gb18030"]]);

/** The encoding a charset label names, or null for a label the standard does not know or Node cannot decode. */
export function encodingForLabel(label: string): WhatwgEncoding | null {
  try {
    // The constructor trims and lowercases the label and throws for unknown ones and for `replacement`.
    return new TextDecoder(label).encoding as WhatwgEncoding;
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) count++;
  return count;
}

/** Decode bytes in a legacy encoding; bytes that do not decode become U+FFFD and are counted. */
export function decodeLegacy(bytes: Uint8Array, encoding: WhatwgEncoding): LegacyDecoded {
  if (encoding === "windows-1252") {
    // Node 20's TextDecoder decodes windows-1252 as Latin-1 (nodejs/node#56542: 0x92 becomes U+0092, not ’).
    // Windows-1252 has no U+FFFD of its own, so every one in the text is an undefined byte.
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252");
    return { text, invalidBytes: countReplacements(text) };
  }
  const decoder = DECODER_FOR.get(encoding) ?? encoding;
  try {
    // A well-formed file pays for one pass, and a U+FFFD it encodes is not miscounted as a bad byte.
    return { text: new TextDecoder(decoder, { fatal: true }).decode(bytes), invalidBytes: 0 };
  } catch {
    const text = new TextDecoder(decoder).decode(bytes);
    return { text, invalidBytes: countReplacements(text) };
  }
}
