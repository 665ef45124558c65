/** Sparse vectors (term ids ascending, with weights): dot products and sums, each by one merge walk. */

/** A sparse vector: term ids ascending, with their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** The empty vector. */
export const EMPTY_VECTOR: SparseVector = Object.freeze({ terms: new Int32Array(0), weights: new Float64Array(0) });

/**
 * Dot product of two sparse vectors (the cosine, for unit vectors): a merge walk when their sizes are alike, a
 * binary search of the smaller's terms in the larger when one is a lone article and the other a 300-article story.
 */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  const terms = large.terms;
  let sum = 0;
  if (terms.length >= 8 * small.terms.length) {
    let lo = 0;
    for (let k = 0; k < small.terms.length; k++) {
      const term = small.terms[k]!;
      let hi = terms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (terms[mid]! < term) lo = mid + 1;
        else hi = mid;
      }
      if (lo < terms.length && terms[lo] === term) sum += small.weights[k]! * large.weights[lo]!;
    }
    return sum;
  }
  let i = 0;
  let j = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** The sum of two sparse vectors, allocated once at its exact size (allocation is most of the cost). */
export function addVectors(a: SparseVector, b: SparseVector): SparseVector {
  let common = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const terms = new Int32Array(a.terms.length + b.terms.length - common);
  const weights = new Float64Array(terms.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.terms.length || j < b.terms.length) {
    const x = i < a.terms.length ? a.terms[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.terms.length ? b.terms[j]! : Number.POSITIVE_INFINITY;
    if (x === y) {
      terms[n] = x;
      weights[n++] = a.weights[i++]! + b.weights[j++]!;
    } else if (x < y) {
      terms[n] = x;
      weights[n++] = a.weights[i++]!;
    } else {
      terms[n] = y;
      weights[n++] = b.weights[j++]!;
    }
  }
  return { terms, weights };
}
