/**
 * Fingerprints a lead as the hashes of its runs of consecutive terms (shingles), so that republished copy (one wire
 * story under several outlets' headlines) is recognised by the share of shingles two leads have in common.
 */
import { distinctSorted } from "./sorted-lists.ts";

// Note: a republished wire story shares long runs of words; four terms (stop words out) is long enough to be
// rare by chance, and 20 shingles (a short paragraph) the least that says anything.
const SHINGLE_TERMS = 4;
const MIN_SHINGLES = 20;

/** Hashes of each run of `SHINGLE_TERMS` consecutive terms (given as their hashes), ascending, distinct. */
export function shingleHashes(each: readonly number[]): Uint32Array {
  if (each.length < SHINGLE_TERMS + MIN_SHINGLES - 1) return new Uint32Array(0);
  const shingles = new Uint32Array(each.length - SHINGLE_TERMS + 1);
  for (let k = 0; k < shingles.length; k++) {
    let hash = 0;
    for (let m = k; m < k + SHINGLE_TERMS; m++) hash = (Math.imul(hash, 0x01000193) ^ (each[m] ?? 0)) >>> 0;
    shingles[k] = hash;
  }
  return distinctSorted(shingles);
}

/** 32-bit FNV-1a: a fixed, fast hash, so that shingles are the same on every machine and run. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
