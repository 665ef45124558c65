/** Ascending lists of distinct numbers (term ids, shingle hashes), compared by one merge pass. */

/** How many values two ascending lists of distinct numbers have in common. */
export function countCommon(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}

/** `values` sorted ascending with repeats removed (sorted in place; the result is a copy of the distinct part). */
export function distinctSorted(values: Uint32Array): Uint32Array {
  values.sort();
  let distinct = 0;
  for (let k = 0; k < values.length; k++) if (k === 0 || values[k] !== values[k - 1]) values[distinct++] = values[k]!;
  return values.slice(0, distinct);
}
