import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode-bytes.ts";

const ENCODINGS = ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"];

/** Whether a fatal decoder takes `bytes`, read in `encoding`, without its byte order mark. */
function decodesStrictly(bytes: Uint8Array, encoding: string): boolean {
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
