import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode-bytes.ts";
import { PRESCAN_LENGTH } from "../../src/ingest/encoding-patterns.ts";

const SAMPLE = "Here’s the café — 東京 😀\n";

const CHINESE = "话剧《约定无期限》河北各市巡演结束";

/** A saved page: `head` (ASCII) before the article, the article in `encoding`. */
function page(head: string, article: string, encoding: string): Buffer {
  return Buffer.concat([Buffer.from(`<html><head>${head}</head><body><p>`), iconv.encode(article, encoding), Buffer.from("</p></body></html>\n")]);
}

function utf16be(text: string): Uint8Array {
  const bytes = Buffer.from(text, "utf16le");
  bytes.swap16();
  return bytes;
}

describe("decodeBytes", () => {
  it("reads UTF-8", () => {
    expect(decodeBytes(Buffer.from(SAMPLE))).toEqual({
      text: SAMPLE,
      encoding: "utf-8",
      binary: false,
      invalidBytes: 0,
      reason: "valid UTF-8",
    });
  });

  it("reads UTF-8 with a byte order mark and strips the mark", () => {
    const result = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]));
    expect(result).toMatchObject({ text: SAMPLE, encoding: "utf-8-bom", binary: false, invalidBytes: 0 });
  });

  it("keeps a second byte order mark for repairText to report", () => {
    const result = decodeBytes(Buffer.from("\ufeff\ufeffx"));
    expect(result.text).toBe("\ufeffx");
  });

  it("reads UTF-16LE with a byte order mark", () => {
    const result = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, "utf16le")]));
    expect(result).toMatchObject({ text: SAMPLE, encoding: "utf-16le", binary: false, invalidBytes: 0 });
  });

  it("reads UTF-16BE with a byte order mark", () => {
    const result = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)]));
    expect(result).toMatchObject({ text: SAMPLE, encoding: "utf-16be", binary: false, invalidBytes: 0 });
  });

  it("recognises UTF-16LE without a byte order mark by its NUL bytes", () => {
    const text = "SEOUL, Jan 5 (Reuters) - South Korean President Lee Jae Myung arrived in Beijing.\n";
    const result = decodeBytes(Buffer.from(text, "utf16le"));
    expect(result).toMatchObject({ text, encoding: "utf-16le", binary: false, invalidBytes: 0 });
    expect(result.reason).toMatch(/no byte order mark/);
  });

  it("recognises UTF-16BE without a byte order mark", () => {
    const text = "Plain English text, saved as big-endian UTF-16.\n";
    expect(decodeBytes(utf16be(text))).toMatchObject({ text, encoding: "utf-16be", binary: false });
  });

  it("counts the bytes of a broken UTF-16 surrogate and an odd last byte", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("ab", "utf16le"), Buffer.from([0x00, 0xd8, 0x41])]);
    // The decoder emits one U+FFFD for the unpaired surrogate and the odd byte after it, as WHATWG specifies.
    expect(decodeBytes(bytes)).toMatchObject({ text: "ab\ufffd", encoding: "utf-16le", invalidBytes: 3 });
  });

  it("detects Windows-1252 and decodes its punctuation, not as Latin-1", () => {
    const result = decodeBytes(Buffer.from("caf\xe9 \x93quoted\x94 \x96 na\xefve, 5\x80", "latin1"));
    expect(result).toMatchObject({
      text: "café “quoted” – naïve, 5€",
      encoding: "windows-1252",
      binary: false,
      invalidBytes: 0,
    });
    expect(result.reason).toMatch(/Windows-1252/);
  });

  it("decodes invalid UTF-8 that is not plausible Windows-1252 with replacement, counting bad bytes", () => {
    const garbage = Uint8Array.of(0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x41);
    const result = decodeBytes(garbage);
    expect(result).toMatchObject({ encoding: "utf-8", binary: false, invalidBytes: 8 });
    expect(result.text).toBe("\ufffd(\ufffd\ufffd\ufffd(\ufffd\ufffd(\ufffd\ufffdA");
  });

  it("treats mostly valid UTF-8 with one stray byte as damaged UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from("Here’s a café — 東京 "), Buffer.from([0xe9]), Buffer.from(" end")]);
    const result = decodeBytes(bytes);
    expect(result).toMatchObject({ text: "Here’s a café — 東京 \ufffd end", encoding: "utf-8", invalidBytes: 1 });
    expect(result.reason).toMatch(/valid UTF-8 sequences outweigh/);
  });

  it("flags NUL bytes that are not UTF-16 as binary", () => {
    const result = decodeBytes(Buffer.from("GIF-like\0\0\x01\x02\x03 data \0 with NULs"));
    expect(result).toMatchObject({ text: "", binary: true });
    expect(result.reason).toMatch(/NUL byte at offset 8/);
  });

  it("flags a high share of control bytes as binary", () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeBytes(bytes)).toMatchObject({ binary: true });
  });

  it("flags known binary formats by their signature", () => {
    expect(decodeBytes(Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")).reason).toBe("starts like a PDF document");
    expect(decodeBytes(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x10, 0x4a))).toMatchObject({ binary: true });
  });

  it("flags UTF-16 that decodes to control characters as binary", () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? (i % 6) + 1 : 0));
    expect(decodeBytes(bytes)).toMatchObject({ binary: true });
  });

  it("reads empty input as empty UTF-8 text", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({
      text: "",
      encoding: "utf-8",
      binary: false,
      invalidBytes: 0,
      reason: "empty input",
    });
  });

  it("decodes a GBK page by the charset its <meta> declares, gb2312 read as gbk", () => {
    const result = decodeBytes(page('<meta charset="gb2312"><title>t</title>', CHINESE, "gbk"));
    expect(result).toMatchObject({ encoding: "gbk", binary: false, invalidBytes: 0 });
    expect(result.text).toContain(`<p>${CHINESE}</p>`);
    expect(result.reason).toBe('not valid UTF-8; decoded as gbk, as its <meta charset="gb2312"> declares');
  });

  it("reads the charset of <meta http-equiv=Content-Type>, here windows-1251", () => {
    const text = "Москва, 5 января — Правительство объявило";
    const head = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251">';
    const result = decodeBytes(page(head, text, "windows-1251"));
    expect(result).toMatchObject({ encoding: "windows-1251", invalidBytes: 0 });
    expect(result.text).toContain(text);
    expect(result.reason).toContain('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">');
  });

  it("reads the encoding of an XML declaration, here Shift_JIS", () => {
    const text = "東京の記事です。";
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?>\n<article>'), iconv.encode(text, "shift_jis"), Buffer.from("</article>")]);
    const result = decodeBytes(bytes);
    expect(result).toMatchObject({ text: `<?xml version="1.0" encoding="Shift_JIS"?>\n<article>${text}</article>`, encoding: "shift_jis" });
    expect(result.reason).toContain('<?xml … encoding="Shift_JIS"?>');
  });

  it("reads a <meta> charset past comments and other tags' charset attributes, as browsers do", () => {
    const head = '<!-- <meta charset="koi8-r"> --><script src="a.js" charset="utf-8"></script><meta name="x" content="charset=big5"><meta charset=gbk>';
    expect(decodeBytes(page(head, CHINESE, "gbk"))).toMatchObject({ encoding: "gbk", invalidBytes: 0 });
  });

  it("keeps valid UTF-8 as UTF-8 though it declares iso-8859-1, a common mislabel", () => {
    const bytes = page('<meta charset="iso-8859-1">', "café — 東京", "utf-8");
    expect(decodeBytes(bytes)).toMatchObject({ encoding: "utf-8", invalidBytes: 0, reason: "valid UTF-8" });
    expect(decodeBytes(bytes).text).toContain("café — 東京");
  });

  it("decodes undeclared iso-8859-1 and invalid UTF-8 that declares UTF-8 as before", () => {
    const western = Buffer.from("caf\xe9 \x93quoted\x94", "latin1");
    expect(decodeBytes(Buffer.concat([Buffer.from('<meta charset="utf-8">'), western]))).toMatchObject({ encoding: "windows-1252" });
    const front = Buffer.concat([Buffer.from("---\ntitle: Caf\xe9\n---\n\n", "latin1"), western]);
    expect(decodeBytes(front)).toMatchObject({ encoding: "windows-1252", text: "---\ntitle: Café\n---\n\ncafé “quoted”" });
  });

  it("falls back, and says why, when the declared charset is not a known encoding", () => {
    const result = decodeBytes(Buffer.from('<meta charset="klingon"><p>caf\xe9 \x93quoted\x94</p>', "latin1"));
    expect(result).toMatchObject({ text: '<meta charset="klingon"><p>café “quoted”</p>', encoding: "windows-1252" });
    expect(result.reason).toMatch(/the charset its <meta charset="klingon"> declares is not a known encoding$/);
  });

  it(`reads a declaration up to ${PRESCAN_LENGTH} bytes in, past the 1024 the standard advises, and none beyond`, () => {
    const padded = (length: number): Buffer => page(`<script>${"x".repeat(length)}</script><meta charset="gb2312">`, CHINESE, "gbk");
    expect(decodeBytes(padded(2000))).toMatchObject({ encoding: "gbk", text: expect.stringContaining(CHINESE) });
    const beyond = decodeBytes(padded(PRESCAN_LENGTH));
    expect(beyond.encoding).not.toBe("gbk");
    expect(beyond.reason).not.toMatch(/declares/);
  });

  it("counts bytes that do not decode in the declared encoding, and doubts a declaration with many", () => {
    const result = decodeBytes(page('<meta charset="iso-2022-jp">', CHINESE, "gbk"));
    expect(result).toMatchObject({ encoding: "iso-2022-jp", invalidBytes: 34 });
    expect(result.reason).toMatch(/34 byte sequences do not decode in it \(\d+% of the text\), so the declaration may be wrong$/);
  });
});
