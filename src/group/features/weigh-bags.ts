/**
 * Turns bags of terms (one per article: title words, body words, names, numbers) into unit TF-IDF vectors over a
 * vocabulary of their own, so that each kind of evidence is compared on its own scale.
 */
import type { SparseVector } from "../sparse-vectors.ts";

/** One unit-length vector per bag, in order; an empty bag gives an empty vector. */
export function weighBags(bags: ReadonlyArray<readonly string[]>): SparseVector[] {
  const ids = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counted = bags.map((bag) => {
    const counts = new Map<number, number>();
    for (const term of bag) {
      let id = ids.get(term);
      if (id === undefined) {
        id = documentFrequency.length;
        ids.set(term, id);
        documentFrequency.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of counts.keys()) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    return counts;
  });
  const n = bags.length;
  return counted.map((counts) => {
    const terms = Int32Array.from(counts.keys()).sort();
    const weights = new Float64Array(terms.length);
    let norm = 0;
    for (let k = 0; k < terms.length; k++) {
      const id = terms[k]!;
      // Sublinear frequency times smoothed IDF, as the combined vector is weighed.
      const w = (1 + Math.log(counts.get(id) ?? 1)) * (Math.log((n + 1) / ((documentFrequency[id] ?? 0) + 1)) + 1);
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
    return { terms, weights };
  });
}
