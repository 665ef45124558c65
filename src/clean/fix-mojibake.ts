/**
 * Undo UTF-8 mojibake: text whose UTF-8 bytes were decoded as Windows-1252, Latin-1 or another single-byte
 * encoding, possibly more than once. Follows ftfy's method: act only on text with evidence of mojibake
 * (`looksLikeMojibake`), re-encode it and accept the result only if the bytes are valid UTF-8.
 */
import { EMBEDDED_UTF8, looksLikeMojibake } from "./mojibake-detectors.ts";
import { BYTE_PATTERNS, C1_CONTROLS } from "./mojibake-patterns.ts";
import { CODECS, codecNamed, encodeToByteString } from "./single-byte-codecs.ts";
import { decodeUtf8Variants } from "./utf8-variants.ts";

// Each step makes the text shorter or removes C1 controls, so real text settles in a few; this is a backstop.
const MAX_STEPS = 32;
const WINDOWS_1252 = codecNamed("windows-1252");
const UTF8_REPLACEMENT = "\xef\xbf\xbd";

/** Put back 0xA0 bytes that were turned into spaces inside UTF-8 sequences. */
function restoreByteA0(bytes: string): string {
  return bytes
    .replace(BYTE_PATTERNS.aGraveWord, "\xc3\xa0 ")
    .replace(BYTE_PATTERNS.alteredUtf8, (sequence) => sequence.replaceAll(" ", "\xa0"));
}

/** The whole text re-encoded through the first codec that makes it valid UTF-8, or null. */
function reencodeWhole(text: string): string | null {
  for (const codec of CODECS) {
    let bytes = encodeToByteString(text, codec);
    if (bytes === null) continue;
    // Mac OS Roman is excluded because its en dash byte is 0xD0, which made `– ` look like a broken sequence.
    if (codec.name !== "macroman" && bytes.search(BYTE_PATTERNS.alteredUtf8) !== -1) bytes = restoreByteA0(bytes);
    if (codec.sloppy) bytes = bytes.replace(BYTE_PATTERNS.lossyUtf8, UTF8_REPLACEMENT);
    const decoded = decodeUtf8Variants(bytes);
    if (decoded !== null) return decoded;
  }
  return null;
}

/** Repair runs of mojibake inside text that also has correct characters, each run on its own. */
function fixEmbedded(text: string): string {
  return text.replace(EMBEDDED_UTF8, (run) =>
    run.length < text.length && looksLikeMojibake(run) ? fixMojibake(run) : run,
  );
}

/** Read remaining C1 controls as the Windows-1252 characters they were, as browsers do. */
function fixC1Controls(text: string): string {
  return text.replace(new RegExp(C1_CONTROLS.source, "g"), (c) => WINDOWS_1252.chars[c.charCodeAt(0)] ?? c);
}

function fixOneStep(text: string): string {
  // Printable ASCII and text without evidence are never touched: this is what keeps false positives rare.
  if (!/[^\x00-\x7f]/.test(text) || !looksLikeMojibake(text)) return text;
  const whole = reencodeWhole(text);
  if (whole !== null) return whole;
  const embedded = fixEmbedded(text);
  if (embedded !== text) return embedded;
  return C1_CONTROLS.test(text) ? fixC1Controls(text) : text;
}

/** The text with its UTF-8 mojibake undone where the evidence is unambiguous; otherwise the text unchanged. */
export function fixMojibake(text: string): string {
  let current = text;
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = fixOneStep(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
