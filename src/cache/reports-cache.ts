/**
 * Each story's reports (copies, independent reports, disagreeing claims) from the last build, reused for a story
 * whose members and sources are unchanged: they depend on nothing else but the outlet registry and the code, which
 * the cache's version covers. An edit then assesses again only the stories it touches.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { AssessReports } from "../reports/assess-reports.ts";
import type { StoryReports } from "../types.ts";
import { articleDigest } from "./article-digest.ts";

/** The file keeping the reports of `contentDir`'s stories, in the cache folder `dir`. */
export function reportsCacheFile(dir: string, contentDir: string): string {
  return path.join(dir, `reports-${createHash("sha256").update(path.resolve(contentDir)).digest("hex").slice(0, 16)}.bin`);
}

/** Stories' reports by a hash of the version, each member article whole and the sources. */
export class ReportsCache {
  private readonly used = new Map<string, StoryReports>();
  /** Stories whose reports were made in this build, and reused from the last. */
  made = 0;
  reused = 0;

  private constructor(
    private readonly file: string,
    private readonly version: string,
    private readonly stored: Map<string, StoryReports>,
  ) {}

  /** The cache in `file` for `version` (the code and the outlet registry); empty when missing, stale or unreadable. */
  static open(file: string, version: string): ReportsCache {
    return new ReportsCache(file, version, read(file, version));
  }

  /** `assess` wrapped: the saved reports of the same members and sources, or new ones, remembered. */
  wrap(assess: AssessReports): AssessReports {
    return (members, sources) => {
      const hash = createHash("sha256").update(this.version);
      for (const member of members) hash.update("\0").update(articleDigest(member));
      const key = hash.update("\0").update(JSON.stringify(sources)).digest("base64");
      let reports = this.used.get(key) ?? this.stored.get(key);
      if (reports === undefined) {
        reports = assess(members, sources);
        this.made += 1;
      } else this.reused += 1;
      this.used.set(key, reports);
      return reports;
    };
  }

  /** Write the reports this build used, when any was new or any saved one went unused. */
  save(): void {
    if (this.made === 0 && this.used.size === this.stored.size) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({ version: this.version, entries: [...this.used] }));
      renameSync(temporary, this.file);
    } catch {
      // Note: a cache that cannot be written costs the next build its time, nothing else.
    }
  }
}

function read(file: string, version: string): Map<string, StoryReports> {
  try {
    const value: unknown = deserialize(readFileSync(file));
    if (typeof value !== "object" || value === null || !("version" in value) || value.version !== version || !("entries" in value) || !Array.isArray(value.entries)) return new Map();
    // Note: the file is this cache's own, written by `save` for the same version: its entries are key and reports.
    return new Map(value.entries as Array<[string, StoryReports]>);
  } catch {
    return new Map();
  }
}
