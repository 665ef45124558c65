import { describe, expect, it } from "vitest";
import { decodeEntitiesInText, repairText } from "../../src/clean/repair-text.ts";

describe("repairText", () => {
  it("reports each repair on its line of the input, whatever the line endings", () => {
    const input = "plain\r\nHereâ€™s\rcaf&eacute;\u00a0x\nlast\u200b";
    const result = repairText(input);
    expect(result.text).toBe("plain\nHere’s\ncafé x\nlast");
    expect(result.repairs).toEqual([
      { kind: "mojibake", line: 2, count: 1, sample: "Hereâ€™s" },
      { kind: "entities", line: 3, count: 1, sample: "&eacute;" },
      { kind: "no-break-space", line: 3, count: 1, sample: "U+00A0" },
      { kind: "zero-width", line: 4, count: 1, sample: "U+200B" },
    ]);
  });

  it("decodes entities by default and leaves them when asked to", () => {
    expect(repairText("Tom &amp; Jerry").text).toBe("Tom & Jerry");
    expect(repairText("Tom &amp; Jerry", { entities: false })).toEqual({ text: "Tom &amp; Jerry", repairs: [] });
  });

  it("names invisible characters in a mojibake sample", () => {
    const [repair] = repairText("He\xe2\x80\x99s").repairs;
    expect(repair).toEqual({ kind: "mojibake", line: 1, count: 1, sample: "He\xe2<U+0080><U+0099>s" });
  });

  it("repairs text after a form feed or an encoded line break as a line of its own", () => {
    // Found by the property test: `√©` alone is mojibake evidence, `Ã<U+2029>√©` as one line is not.
    const once = repairText("Ã\u2029√©");
    expect(once.text).toBe("Ã\né");
    expect(repairText(once.text).text).toBe(once.text);
    expect(repairText("one&#13;&#10;two").text).toBe("one\ntwo");
  });

  it("leaves clean text alone and reports nothing", () => {
    const text = "Café “quoted” — 東京, العربية, 👩‍💻\n\tindented\n";
    expect(repairText(text)).toEqual({ text, repairs: [] });
  });
});

describe("decodeEntitiesInText", () => {
  it("decodes references that end in a semicolon and nothing else", () => {
    expect(decodeEntitiesInText("AT&T &amp; R&D&#8217;s &copy 2026 &hellip; &#x1F600; &nosuch;")).toBe(
      "AT&T & R&D’s &copy 2026 … 😀 &nosuch;",
    );
  });

  it("decodes one level of escaping", () => {
    expect(decodeEntitiesInText("&amp;lt;b&amp;gt;")).toBe("&lt;b&gt;");
  });
});
