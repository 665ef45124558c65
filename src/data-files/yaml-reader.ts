/**
 * Typed reading of an editor's YAML data file (`_roundup.yml`, `_outlets.yml`) with the line and column of every
 * node, so that each problem names its place: `content/_roundup.yml:7:3`.
 */
import { LineCounter, type Node, isMap, isScalar, isSeq, parseDocument, visit } from "yaml";

/** A problem at a place in the file (1-based line and column). */
export interface Problem {
  message: string;
  line: number;
  column: number;
}

/** A string value and where it was written. */
export interface Located {
  text: string;
  line: number;
  column: number;
}

/** One key of a mapping: its name, where the key was written, and its value node. */
export interface Entry {
  key: string;
  at: Located;
  value: Node | null;
}

// Note: editors' data files are small; aliases are legal but never needed, so a bomb is refused early.
const MAX_ALIASES = 50;

/** Reads nodes into typed values, collecting a positioned problem for each value of the wrong shape. */
export class YamlReader {
  readonly problems: Problem[] = [];
  readonly root: Node | null;
  readonly #lines = new LineCounter();

  constructor(source: string) {
    const doc = parseDocument(source, { lineCounter: this.#lines, uniqueKeys: true, prettyErrors: false, version: "1.2" });
    for (const error of doc.errors) {
      const { line, col } = this.#lines.linePos(error.pos[0]);
      this.problems.push({ message: `YAML syntax: ${error.message.split("\n")[0] ?? error.message}`, line, column: col });
    }
    let aliases = 0;
    visit(doc, {
      Alias() {
        aliases += 1;
      },
    });
    if (aliases > MAX_ALIASES) this.problems.push({ message: `The file uses ${aliases} YAML aliases; at most ${MAX_ALIASES} are read`, line: 1, column: 1 });
    this.root = doc.errors.length > 0 || aliases > MAX_ALIASES ? null : (doc.contents ?? null);
  }

  /** Where a node starts; a located key stands for its missing value. */
  place(where: Node | Located | null | undefined): { line: number; column: number } {
    if (where && "line" in where) return { line: where.line, column: where.column };
    const { line, col } = this.#lines.linePos(where?.range?.[0] ?? 0);
    return { line, column: col };
  }

  /** Record a problem at a node (or at the key of a missing value). */
  fail(where: Node | Located | null | undefined, message: string): void {
    this.problems.push({ message, ...this.place(where) });
  }

  /** The entries of a mapping in order; reports keys outside `allowed` (when given) and non-mappings. */
  entries(node: Node | null, what: string, allowed?: readonly string[], at?: Located): Entry[] | null {
    if (!isMap(node)) {
      this.fail(node ?? at, `${what} must be a mapping of keys to values`);
      return null;
    }
    const out: Entry[] = [];
    for (const pair of node.items) {
      const keyNode = isScalar(pair.key) ? pair.key : null;
      const key = keyNode && (typeof keyNode.value === "string" || typeof keyNode.value === "number") ? String(keyNode.value) : null;
      if (key === null || keyNode === null) {
        this.fail(isScalar(pair.key) ? pair.key : node, `${what} has a key that is not plain text`);
        continue;
      }
      const at = { text: key, ...this.place(keyNode) };
      if (allowed && !allowed.includes(key)) {
        this.problems.push({ message: `Unknown key \`${key}\` in ${what}; expected ${allowed.map((k) => `\`${k}\``).join(", ")}`, line: at.line, column: at.column });
        continue;
      }
      out.push({ key, at, value: isNodeValue(pair.value) ? pair.value : null });
    }
    return out;
  }

  /** The items of a sequence; a single value is read as a list of one, an empty value as none. */
  items(node: Node | null): Node[] {
    if (isSeq(node)) return node.items.filter(isNodeValue);
    return node === null || (isScalar(node) && node.value === null) ? [] : [node];
  }

  /** A non-empty string (numbers are read as text), or null with a problem. */
  text(node: Node | null, what: string, at?: Located): Located | null {
    if (isScalar(node) && (typeof node.value === "string" || typeof node.value === "number")) {
      const text = String(node.value).trim();
      if (text !== "") return { text, ...this.place(node) };
    }
    this.fail(node ?? at, `${what} must be non-empty text`);
    return null;
  }

  /** A boolean, or null with a problem. */
  flag(node: Node | null, what: string, at?: Located): boolean | null {
    if (isScalar(node) && typeof node.value === "boolean") return node.value;
    this.fail(node ?? at, `${what} must be true or false`);
    return null;
  }
}

/** Whether a node is a mapping (for values that may be text or a mapping). */
export const isMapping = (node: Node | null): boolean => isMap(node);

function isNodeValue(value: unknown): value is Node {
  return value !== null && typeof value === "object" && "range" in value;
}
