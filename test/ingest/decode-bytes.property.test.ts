import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode-bytes.ts";

const ENCODINGS = ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"];

/** Labels a file may declare, with the encoding each must be read in when the bytes are not UTF-8. */
const DECLARED: ReadonlyArray<[label: string, encoding: string]> = [
  ["gb2312", "gbk"],
  ["Shift_JIS", "shift_jis"],
  ["euc-kr", "euc-kr"],
  ["big5", "big5"],
  ["windows-1251", "windows-1251"],
  ["latin1", "windows-1252"],
  ["iso-2022-jp", "iso-2022-jp"],
];

/** Whether a fatal decoder takes `bytes`, read in `encoding`, without its byte order mark. */
function decodesStrictly(bytes: Uint8Array, encoding: string): boolean {
  // Windows-1252 leaves five bytes undefined, which TextDecoder (Latin-1 in Node 20) does not refuse.
  if (encoding === "windows-1252") return ![0x81, 0x8d, 0x8f, 0x90, 0x9d].some((byte) => bytes.includes(byte));
  // The Encoding Standard decodes gbk with the gb18030 decoder.
  if (encoding === "gbk") encoding = "gb18030";
  const bom = encoding === "utf-8-bom" ? 3 : encoding === "utf-16le" && bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : encoding === "utf-16be" && bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  try {
    new TextDecoder(encoding === "utf-8-bom" ? "utf-8" : encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom));
    return true;
  } catch {
    return false;
  }
}

describe("decodeBytes properties", () => {
  it("never throws on arbitrary bytes, gives binary input no text, and counts bad bytes exactly when there are any", () => {
    const prefix = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x25, 0x50, 0x44, 0x46, 0x2d]);
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 3000 }), (head, body) => {
        const bytes = Uint8Array.from([...head, ...body]);
        const result = decodeBytes(bytes);
        expect(ENCODINGS).toContain(result.encoding);
        if (result.binary) expect(result.text).toBe("");
        expect(Number.isInteger(result.invalidBytes)).toBe(true);
        expect(result.invalidBytes).toBeLessThanOrEqual(bytes.length);
        // Bad bytes are counted exactly when a strict decoder refuses the bytes after the byte order mark.
        if (result.binary || result.encoding === "windows-1252") expect(result.invalidBytes).toBe(0);
        else expect(result.invalidBytes > 0, result.reason).toBe(!decodesStrictly(bytes, result.encoding));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads bytes that are not UTF-8 in the encoding they declare, counting bad bytes exactly when there are any", () => {
    const declaration = fc.constantFrom(...DECLARED).chain(([label, encoding]) =>
      fc.constantFrom(`<meta charset="${label}">`, `<meta http-equiv=content-type content="text/html;charset=${label}">`, `<?xml version="1.0" encoding="${label}"?>`).map((head) => ({ head, encoding })),
    );
    // Text then a byte 0xFF, which UTF-8 never holds, so the declaration is what decides.
    const body = fc.uint8Array({ maxLength: 2000 }).map((bytes) => Uint8Array.from([...bytes.filter((byte) => byte >= 0x20), 0xff]));
    fc.assert(
      fc.property(declaration, body, ({ head, encoding }, tail) => {
        const bytes = Uint8Array.from([...Buffer.from(head), ...tail]);
        const result = decodeBytes(bytes);
        expect(result).toMatchObject({ encoding, binary: false });
        expect(result.text.startsWith(head), result.reason).toBe(true);
        expect(result.invalidBytes > 0, result.reason).toBe(!decodesStrictly(bytes, encoding));
      }),
      { numRuns: 1000 },
    );
  });

  it("returns any UTF-8 text without control characters unchanged", () => {
    const printable = fc
      .string({ unit: "binary" })
      .map((s) => s.replace(/[\p{Cc}\p{Cs}]/gu, "").replace(/^\ufeff+/, ""))
      // A text that starts like a PDF or GIF file is taken for one, by design.
      .filter((s) => !s.startsWith("%PDF-") && !s.startsWith("GIF8"));
    fc.assert(
      fc.property(printable, (text) => {
        const result = decodeBytes(Buffer.from(text, "utf8"));
        expect(result.text).toBe(text);
        expect(result.encoding).toBe("utf-8");
      }),
      { numRuns: 2000 },
    );
  });
});
