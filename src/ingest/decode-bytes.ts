/** Bytes to text: UTF-8 with or without BOM. (Deepened by the text-repair work: UTF-16, Windows-1252.) */

/** The decoded text and what was detected. */
export interface DecodeResult {
  text: string;
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";
  binary: boolean;
  invalidBytes: number;
  reason: string;
}

/** Decode a content file's bytes. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const binary = body.includes(0);
  const text = new TextDecoder("utf-8").decode(body);
  const invalidBytes = (text.match(/\uFFFD/g) ?? []).length;
  return { text, encoding: bom ? "utf-8-bom" : "utf-8", binary, invalidBytes, reason: bom ? "UTF-8 byte order mark" : "valid UTF-8" };
}
