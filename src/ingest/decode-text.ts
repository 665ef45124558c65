/** Stage: the file's bytes become text (`file.data.text`), with the encoding detected and reported. */
import { createHash } from "node:crypto";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { decodeBytes } from "./decode-bytes.ts";

/** Options of `decodeText`. */
export interface DecodeTextOptions {
  maxFileSize: number;
}

/** Decode `file.value` (bytes); returns false when the file cannot be an article. */
export function decodeText(file: VFile, options: DecodeTextOptions): boolean {
  const bytes = typeof file.value === "string" ? new TextEncoder().encode(file.value) : file.value;
  file.data.contentHash = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length > options.maxFileSize) {
    report(file, "file-too-large", `The file is ${bytes.length} bytes, over the limit of ${options.maxFileSize} bytes, so it was not read.`);
    return false;
  }
  const decoded = decodeBytes(bytes);
  if (decoded.binary) {
    report(file, "binary-file", `The file holds binary data (${decoded.reason}), not article text, so it was skipped.`);
    return false;
  }
  if (decoded.encoding !== "utf-8" && decoded.encoding !== "utf-8-bom") {
    report(file, "encoding-detected", `The file was decoded as ${decoded.encoding} (${decoded.reason}).`);
  }
  if (decoded.invalidBytes > 0) {
    // The rule id keeps its first name; the message names the encoding the bytes failed in, UTF-8 or another.
    const encoding = decoded.encoding.startsWith("utf-8") ? "UTF-8" : decoded.encoding;
    report(file, "invalid-utf8", `${decoded.invalidBytes} byte sequence(s) are not valid ${encoding} and were replaced with U+FFFD.`);
  }
  file.data.encoding = decoded.encoding;
  file.data.text = decoded.text.replace(/\r\n?/g, "\n");
  if (file.data.text.trim() === "") {
    report(file, "empty-file", "The file is empty or holds only white space, so there is no article to build.");
    return false;
  }
  return true;
}
