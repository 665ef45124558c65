/** Numbers as news copy writes them: digits with separators ("1,200", "5.4"), and words ("fourteen", "twenty-one"). */
import { createRequire } from "node:module";
import type Compromise from "compromise";

// Note: loaded on first use, as its one-file CommonJS build (the same release): importing its ES modules cost about
// 0.3 s of CPU at the start of every build, and a rebuild, which reuses its stories' claims, seldom reads a number word.
let loaded: typeof Compromise | null = null;
const nlp = (text: string): ReturnType<typeof Compromise> => {
  loaded ??= createRequire(import.meta.url)("compromise") as typeof Compromise;
  return loaded(text);
};

const wordValues = new Map<string, number | null>();

/** The value of digits with thousands separators or a decimal point; null for anything else. */
export function readDigits(text: string): number | null {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(text)) return null;
  const value = Number(text.replaceAll(",", ""));
  return Number.isFinite(value) ? value : null;
}

/**
 * The value of a number written in words ("fourteen", "twenty-one", "two hundred"), read by compromise; null when
 * it reads none. Values are remembered: news copy repeats a few dozen number words.
 */
export function readNumberWords(text: string): number | null {
  const key = text.toLowerCase();
  const known = wordValues.get(key);
  if (known !== undefined) return known;
  const values: unknown = nlp(key).numbers().get();
  const found: unknown = Array.isArray(values) ? values[0] : values;
  const value = typeof found === "number" && Number.isFinite(found) ? found : null;
  wordValues.set(key, value);
  return value;
}

/** The smallest step the written number can tell apart: "15" → 1, "5.4" → 0.1, "1,200" → 10, "1.9" of a trillion → 1e11. */
export function precisionOf(written: string, scale = 1): number {
  const digits = written.replaceAll(",", "");
  const decimals = /\.(\d+)$/.exec(digits)?.[1]?.length ?? 0;
  if (decimals > 0) return 10 ** -decimals * scale;
  // Trailing zeros may be rounding ("1,000 flights"), or not; one step finer than they suggest keeps "1,000" and
  // "1,500" apart and "40" and "38" too.
  const zeros = /0*$/.exec(digits)?.[0]?.length ?? 0;
  return 10 ** Math.max(0, Math.min(zeros, digits.length - 1) - 1) * scale;
}
