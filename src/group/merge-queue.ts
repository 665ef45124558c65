/** The queue of candidate merges, best first, with a fixed tie-break so that every run merges in the same order. */

/** Two stories (by root article index, a < b) and their linkage, valid while both stay at the versions given. */
export interface MergeCandidate {
  score: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

/**
 * Best score first, then smaller indices, so that ties break the same every run. The initial candidates (most of
 * them) are sorted once and read in order; only re-scored ones go through a binary heap.
 */
export class MergeQueue {
  private readonly initial: MergeCandidate[];
  private next = 0;
  private readonly items: MergeCandidate[] = [];

  constructor(initial: MergeCandidate[]) {
    this.initial = initial.sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0));
  }

  get size(): number {
    return this.initial.length - this.next + this.items.length;
  }

  /** The best candidate, removed from the queue; call only when `size > 0`. */
  pop(): MergeCandidate {
    const head = this.initial[this.next];
    const top = this.items[0];
    if (head !== undefined && (top === undefined || before(head, top))) {
      this.next++;
      return head;
    }
    return this.popHeap();
  }

  push(entry: MergeCandidate): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  private popHeap(): MergeCandidate {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && before(items[left]!, items[best]!)) best = left;
        if (right < items.length && before(items[right]!, items[best]!)) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}

function before(x: MergeCandidate, y: MergeCandidate): boolean {
  return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
}
