/**
 * The charset a file declares near its start, found the way browsers find it: the HTML Standard's "prescan a byte
 * stream to determine its encoding" (`<meta charset>`, `<meta http-equiv="Content-Type" content="…">`), then its
 * "get an XML encoding" (`<?xml … encoding="…"?>`). It reads bytes, not text: the encoding is what it looks for.
 * Comments and the attributes of other tags are stepped over, so `<script charset="utf-8">` declares nothing.
 */
import { PRESCAN_LENGTH } from "./encoding-patterns.ts";
import { encodingForLabel, type WhatwgEncoding } from "./legacy-decoders.ts";

/** A charset a file declares: the label as written, the encoding it names (null if none), and the declaration. */
export interface CharsetDeclaration {
  label: string;
  encoding: WhatwgEncoding | null;
  /** The declaration in words for a report, e.g. `<meta charset="gb2312">`. */
  source: string;
}

interface Cursor {
  at: number;
}

interface Attribute {
  name: string;
  value: string;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

function isSpace(byte: number | undefined): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20;
}

function isLetter(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
}

/** The byte as a character, ASCII upper case folded, as the standard compares attribute names and values. */
function folded(byte: number): string {
  return String.fromCharCode(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);
}

/** Whether the ASCII `lowercase` text starts at `at`, compared without regard to case. */
function startsAt(b: Uint8Array, at: number, lowercase: string): boolean {
  for (let i = 0; i < lowercase.length; i++) if (folded(b[at + i] ?? 0) !== lowercase[i]) return false;
  return true;
}

function resolve(label: string, source: string): CharsetDeclaration {
  const trimmed = label.trim();
  // The standard reads a <meta> that names x-user-defined (a JavaScript byte hack) as windows-1252.
  const encoding = encodingForLabel(trimmed.toLowerCase() === "x-user-defined" ? "windows-1252" : trimmed);
  // UTF-16 cannot be declared from inside bytes that were read as ASCII, so the standard reads it as UTF-8.
  return { label: trimmed, encoding: encoding?.startsWith("utf-16") ? encodingForLabel("utf-8") : encoding, source };
}

/** The standard's "get an attribute": null at the tag's `>`, undefined when the bytes run out. */
function getAttribute(b: Uint8Array, c: Cursor): Attribute | null | undefined {
  while (isSpace(b[c.at]) || b[c.at] === SLASH) c.at++;
  if (c.at >= b.length) return undefined;
  if (b[c.at] === GT) return null;
  let name = "";
  for (;; c.at++) {
    const byte = b[c.at];
    if (byte === undefined) return undefined;
    if (byte === 0x3d && name !== "") break;
    if (isSpace(byte)) {
      while (isSpace(b[c.at])) c.at++;
      if (c.at >= b.length) return undefined;
      if (b[c.at] !== 0x3d) return { name, value: "" };
      break;
    }
    if (byte === SLASH || byte === GT) return { name, value: "" };
    name += folded(byte);
  }
  c.at++;
  while (isSpace(b[c.at])) c.at++;
  const quote = b[c.at];
  if (quote === 0x22 || quote === 0x27) {
    const end = b.indexOf(quote, c.at + 1);
    if (end === -1) return undefined;
    const value = Array.from(b.subarray(c.at + 1, end), folded).join("");
    c.at = end + 1;
    return { name, value };
  }
  let value = "";
  for (; !isSpace(b[c.at]) && b[c.at] !== GT; c.at++) {
    const byte = b[c.at];
    if (byte === undefined) return undefined;
    value += folded(byte);
  }
  return { name, value };
}

/** The standard's "extracting a character encoding from a meta element": the label after `charset=` in `content`. */
function charsetInContent(content: string): string | null {
  for (let at = content.indexOf("charset"); at !== -1; at = content.indexOf("charset", at)) {
    at += "charset".length;
    while (/[\t\n\f\r ]/.test(content[at] ?? "")) at++;
    if (content[at] !== "=") continue;
    at++;
    while (/[\t\n\f\r ]/.test(content[at] ?? "")) at++;
    const quote = content[at];
    if (quote === '"' || quote === "'") {
      const end = content.indexOf(quote, at + 1);
      return end === -1 ? null : content.slice(at + 1, end);
    }
    const label = /^[^\t\n\f\r ;]*/.exec(content.slice(at))?.[0] ?? "";
    return label === "" ? null : label;
  }
  return null;
}

/** The attributes of one `<meta`, read to its `>`: the declaration it makes, null if none, undefined if cut off. */
function metaDeclaration(b: Uint8Array, c: Cursor): CharsetDeclaration | null | undefined {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: CharsetDeclaration | null = null;
  let unknownInContent: CharsetDeclaration | null = null;
  for (let attribute = getAttribute(b, c); attribute !== null; attribute = getAttribute(b, c)) {
    if (attribute === undefined) return undefined;
    const { name, value } = attribute;
    if (seen.has(name)) continue;
    seen.add(name);
    if (name === "http-equiv") gotPragma ||= value === "content-type";
    else if (name === "content" && charset === null) {
      const label = charsetInContent(value);
      // A long content attribute is shortened to its charset, so one hostile file cannot flood the report.
      const shown = value.length <= 60 ? value : `…charset=${label}`;
      const declared = label === null ? null : resolve(label, `<meta http-equiv="Content-Type" content="${shown}">`);
      if (declared?.encoding) [charset, needPragma] = [declared, true];
      else unknownInContent ??= declared;
    } else if (name === "charset") [charset, needPragma] = [resolve(value, `<meta charset="${value.trim()}">`), false];
  }
  if (needPragma === null) return gotPragma ? unknownInContent : null;
  return needPragma && !gotPragma ? null : charset;
}

/** The standard's "get an XML encoding": `encoding="…"` in an XML declaration that opens the file. */
function xmlDeclaration(b: Uint8Array): CharsetDeclaration | null {
  if (!startsAt(b, 0, "<?xml")) return null;
  const end = b.indexOf(GT);
  const text = Array.from(b.subarray(0, end === -1 ? 0 : end), (byte) => String.fromCharCode(byte)).join("");
  const label = /encoding[\0- ]*=[\0- ]*(["'])([^\0- ]*?)\1/i.exec(text)?.[2];
  return label ? resolve(label, `<?xml … encoding="${label}"?>`) : null;
}

/** The charset the first `PRESCAN_LENGTH` bytes declare: the first one known, else the first one seen; or null. */
export function prescanCharset(bytes: Uint8Array): CharsetDeclaration | null {
  const b = bytes.subarray(0, PRESCAN_LENGTH);
  const c: Cursor = { at: 0 };
  let unknown: CharsetDeclaration | null = null;
  while (c.at < b.length) {
    if (startsAt(b, c.at, "<!--")) {
      // `<!-->` closes itself: the dashes of `-->` may be those of `<!--`.
      const close = Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf("-->", c.at + 2, "latin1");
      if (close === -1) break;
      c.at = close + 3;
    } else if (startsAt(b, c.at, "<meta") && (isSpace(b[c.at + 5]) || b[c.at + 5] === SLASH)) {
      c.at += 5;
      const declared = metaDeclaration(b, c);
      if (declared === undefined) break;
      if (declared?.encoding) return declared;
      unknown ??= declared;
      c.at++;
    } else if (b[c.at] === LT && (isLetter(b[c.at + 1]) || (b[c.at + 1] === SLASH && isLetter(b[c.at + 2])))) {
      while (c.at < b.length && !isSpace(b[c.at]) && b[c.at] !== GT) c.at++;
      let attribute = getAttribute(b, c);
      while (attribute) attribute = getAttribute(b, c);
      if (attribute === undefined) break;
      c.at++;
    } else if (b[c.at] === LT && (b[c.at + 1] === 0x21 || b[c.at + 1] === SLASH || b[c.at + 1] === 0x3f)) {
      const close = b.indexOf(GT, c.at + 1);
      if (close === -1) break;
      c.at = close + 1;
    } else c.at++;
  }
  const xml = xmlDeclaration(b);
  return xml?.encoding ? xml : (unknown ?? xml);
}
