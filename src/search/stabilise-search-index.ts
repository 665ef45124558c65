/**
 * Pagefind writes its filter indexes in hash-map order, so two builds of the same pages give different filter files,
 * metadata file and entry file (upstream issue Pagefind/pagefind#638). This rewrites them in sorted order under names
 * derived from their content, so that the same content gives a byte-identical search index. The files are gzipped
 * CBOR after Pagefind's signature; only the order of entries changes, never their meaning.
 */
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cborg";

const SIGNATURE = Buffer.from("pagefind_dcd");

type FilterValues = Array<[string, number[]]>;

function readIndexFile(file: string): unknown {
  const bytes = gunzipSync(readFileSync(file));
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file} is not a Pagefind index file`);
  return decode(bytes.subarray(SIGNATURE.length));
}

/** Write an index file named `<language>_<hash of its content>`; returns the name without extension. */
function writeIndexFile(folder: string, language: string, hashLength: number, extension: string, value: unknown, prefix = ""): string {
  const bytes = Buffer.concat([SIGNATURE, encode(value)]);
  const name = `${language}_${createHash("sha256").update(bytes).digest("hex").slice(0, hashLength)}`;
  writeFileSync(path.join(folder, `${prefix}${name}${extension}`), gzipSync(bytes));
  return name;
}

const isFilterValues = (value: unknown): value is FilterValues =>
  Array.isArray(value) && value.every((v) => Array.isArray(v) && typeof v[0] === "string" && Array.isArray(v[1]) && v[1].every((n: unknown) => typeof n === "number"));

const isFilterList = (value: unknown): value is Array<[string, string]> =>
  Array.isArray(value) && value.every((v) => Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string" && /^[\w-]+$/.test(v[1]));

/** Sort one language's filter files and rename them, and its metadata file; returns the metadata file's new hash. */
function stabiliseLanguage(bundle: string, language: string, metaHash: string): string {
  const metaFile = path.join(bundle, `pagefind.${metaHash}.pf_meta`);
  const meta = readIndexFile(metaFile);
  if (!Array.isArray(meta) || !isFilterList(meta[3])) throw new Error(`unexpected layout of ${metaFile}`);
  const filters = meta[3].map(([filter, hash]): [string, string] => {
    const file = path.join(bundle, "filter", `${hash}.pf_filter`);
    const content = readIndexFile(file);
    if (!Array.isArray(content) || content[0] !== filter || !isFilterValues(content[1])) throw new Error(`unexpected layout of ${file}`);
    const values = content[1]
      .map(([value, pages]): [string, number[]] => [value, [...pages].sort((a, b) => a - b)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    rmSync(file);
    return [filter, writeIndexFile(path.join(bundle, "filter"), language, 7, ".pf_filter", [filter, values])];
  });
  filters.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  rmSync(metaFile);
  return writeIndexFile(bundle, language, 10, ".pf_meta", [...meta.slice(0, 3), filters, ...meta.slice(4)], "pagefind.");
}

/** Rewrite the Pagefind bundle in `bundle` (its `pagefind/` folder) into a stable order. */
export function stabiliseSearchIndex(bundle: string): void {
  const entryFile = path.join(bundle, "pagefind-entry.json");
  const entry: unknown = JSON.parse(readFileSync(entryFile, "utf8"));
  if (typeof entry !== "object" || entry === null || !("languages" in entry) || typeof entry.languages !== "object" || entry.languages === null) {
    throw new Error(`unexpected layout of ${entryFile}`);
  }
  for (const [language, info] of Object.entries(entry.languages)) {
    if (typeof info !== "object" || info === null || !("hash" in info) || typeof info.hash !== "string") throw new Error(`unexpected layout of ${entryFile}`);
    info.hash = stabiliseLanguage(bundle, language, info.hash);
  }
  writeFileSync(entryFile, JSON.stringify(entry));
}
