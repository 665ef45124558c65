/** Single-pass counts over raw bytes that `decodeBytes` decides with. Loops, not strings: inputs run to 20 MB. */

/** How well bytes read as UTF-8. */
export interface Utf8Scan {
  /** Bytes that are not part of a well-formed sequence. */
  invalidBytes: number;
  /** Well-formed sequences of two to four bytes. */
  sequences: number;
}

/** Count ill-formed bytes and well-formed multi-byte sequences, per the Unicode definition of well-formed UTF-8. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let invalidBytes = 0;
  let sequences = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes allowed after each lead byte (Unicode Table 3-7): this rejects overlongs and surrogates.
    let need = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) need = 2;
    else if (lead >= 0xf0 && lead <= 0xf4) need = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
    else if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
    let taken = 1;
    while (taken <= need) {
      const next = bytes[i + taken];
      if (next === undefined || next < low || next > high) break;
      low = 0x80;
      high = 0xbf;
      taken++;
    }
    if (need > 0 && taken > need) sequences++;
    else invalidBytes += taken;
    i += taken;
  }
  return { invalidBytes, sequences };
}

/** Whether the byte is a control other than tab, line feed, vertical tab, form feed, carriage return and escape. */
export function isControlByte(byte: number): boolean {
  return byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b) || byte === 0x7f;
}

/** Share of control bytes in the input. */
export function controlByteShare(bytes: Uint8Array): number {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) if (isControlByte(bytes[i] ?? 0)) controls++;
  return bytes.length === 0 ? 0 : controls / bytes.length;
}

/** Share of control characters in decoded text (for UTF-16, where bytes say nothing). */
export function controlCharShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControlByte(text.charCodeAt(i))) controls++;
  return text.length === 0 ? 0 : controls / text.length;
}

/** Share of NUL bytes at even and at odd offsets among the first `length` bytes, per byte pair. */
export function nulShares(bytes: Uint8Array, length: number): { even: number; odd: number } {
  const pairs = Math.floor(Math.min(bytes.length, length) / 2);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return pairs === 0 ? { even: 0, odd: 0 } : { even: even / pairs, odd: odd / pairs };
}

/** Bytes of UTF-16 that do not decode: unpaired surrogates (two bytes each) and an odd last byte. */
export function invalidUtf16Bytes(bytes: Uint8Array, littleEndian: boolean): number {
  let invalid = bytes.length % 2;
  const units = bytes.length - invalid;
  const unitAt = (i: number): number =>
    littleEndian ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  for (let i = 0; i < units; i += 2) {
    const unit = unitAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff && i + 2 < units && (unitAt(i + 2) & 0xfc00) === 0xdc00) i += 2;
    else invalid += 2;
  }
  return invalid;
}

/** Share of bytes above 0x7F. */
export function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) high++;
  return bytes.length === 0 ? 0 : high / bytes.length;
}
