/** Text repair: entities, no-break spaces, control characters, NFC. (Deepened by the mojibake work.) */
import { decodeHTMLStrict } from "entities";

/** One kind of repair made on one line. */
export interface Repair {
  kind: "mojibake" | "entities" | "no-break-space" | "zero-width" | "control";
  line: number;
  count: number;
  sample: string;
}

/** Decode HTML entities in plain text (never in HTML, where the parser does it). */
export function decodeEntitiesInText(text: string): string {
  return text.includes("&") ? decodeHTMLStrict(text) : text;
}

/** Repair a text; `entities: false` for HTML sources. */
export function repairText(text: string, options: { entities?: boolean } = {}): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const lines = text.split("\n").map((line, index) => {
    let out = line;
    if (options.entities !== false) {
      const decoded = decodeEntitiesInText(out);
      if (decoded !== out) repairs.push({ kind: "entities", line: index + 1, count: 1, sample: out.slice(0, 40) });
      out = decoded;
    }
    const spaces = out.replace(/[\u00a0\u202f\u2007]/g, " ");
    if (spaces !== out) repairs.push({ kind: "no-break-space", line: index + 1, count: 1, sample: "" });
    out = spaces.replace(/[\u200b\u2060\ufeff]/g, "").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
    return out.normalize("NFC");
  });
  return { text: lines.join("\n"), repairs };
}
