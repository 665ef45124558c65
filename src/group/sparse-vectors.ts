/** Sparse vectors (term ids ascending, with weights) and their dot product. */

/** A sparse vector: term ids ascending, with their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Dot product of two sparse vectors (the cosine, for unit vectors): a merge walk when their sizes are alike, a
 * binary search of the smaller's terms in the larger when one is far longer (a headline against a long lead).
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
