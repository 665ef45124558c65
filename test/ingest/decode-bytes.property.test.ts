import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode-bytes.ts";

const ENCODINGS = ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"];

describe("decodeBytes properties", () => {
  it("never throws on arbitrary bytes, and binary input has no text", () => {
    const prefix = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x25, 0x50, 0x44, 0x46, 0x2d]);
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 3000 }), (head, body) => {
        const result = decodeBytes(Uint8Array.from([...head, ...body]));
        expect(ENCODINGS).toContain(result.encoding);
        expect(result.invalidBytes).toBeGreaterThanOrEqual(0);
        if (result.binary) expect(result.text).toBe("");
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
