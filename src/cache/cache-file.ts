/**
 * The cache's file: a header record (the code version) then one record per entry, each length-prefixed and
 * written with node:v8's serializer, so that neither saving nor loading needs the whole cache as one string, and
 * new entries can be appended. A later record of the same key wins.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { FileOutcome } from "../pipeline.ts";

/** One cached outcome. */
export interface Entry {
  outcome: FileOutcome;
  /** The article's date (ms), to check it is still not in the future under the current build clock. */
  date: number | null;
}

/** The file holding the cache of `contentDir` in the cache folder `dir`. */
export function cacheFileOf(dir: string, contentDir: string): string {
  return path.join(dir, `articles-${createHash("sha256").update(path.resolve(contentDir)).digest("hex").slice(0, 16)}.bin`);
}

/** One record: its length, then its bytes, in one write (appends from two processes never interleave a record). */
function record(value: unknown): Buffer {
  const body = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(body.length);
  return Buffer.concat([length, body]);
}

/** Replace the file with `entries`, atomically. */
export function writeEntries(file: string, version: string, entries: ReadonlyMap<string, Entry>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    writeSync(fd, record({ version }));
    for (const [key, entry] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) writeSync(fd, record([key, entry]));
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** Add `entries` at the end of the file. */
export function appendEntries(file: string, entries: ReadonlyMap<string, Entry>): void {
  const fd = openSync(file, "a");
  try {
    for (const [key, entry] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) writeSync(fd, record([key, entry]));
  } finally {
    closeSync(fd);
  }
}

/** The file's entries when it was written for `version`; otherwise none. Read record by record, never whole. */
export function readEntries(file: string, version: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  if (!existsSync(file)) return entries;
  let fd: number | null = null;
  try {
    fd = openSync(file, "r");
    const size = fstatSync(fd).size;
    const prefix = Buffer.alloc(4);
    let offset = 0;
    const next = (handle: number): unknown => {
      if (readSync(handle, prefix, 0, 4, offset) !== 4) throw new Error("the cache file ends inside a length");
      const length = prefix.readUInt32LE(0);
      if (offset + 4 + length > size) throw new Error("the cache file ends inside a record");
      const body = Buffer.allocUnsafe(length);
      if (readSync(handle, body, 0, length, offset + 4) !== length) throw new Error("the cache file could not be read");
      offset += 4 + length;
      return deserialize(body);
    };
    const header = next(fd);
    if (!isHeader(header) || header.version !== version) return entries;
    while (offset < size) {
      const item = next(fd);
      if (isEntry(item)) entries.set(item[0], item[1]);
    }
  } catch {
    // Note: a cache cut short (disk full, killed build) is only a slower build: start empty and rewrite it.
    rmSync(file, { force: true });
    entries.clear();
  } finally {
    if (fd !== null) closeSync(fd);
  }
  return entries;
}

function isHeader(value: unknown): value is { version: string } {
  return typeof value === "object" && value !== null && "version" in value && typeof value.version === "string";
}

// Note: the file is written by this module only (with the same code version, checked above), so a record that has
// the outer shape has the inner one.
function isEntry(value: unknown): value is [string, Entry] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "object" && value[1] !== null && "outcome" in value[1];
}
