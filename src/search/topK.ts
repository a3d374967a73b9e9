import type { SearchHit } from './FactSearcher.js';

/** Orders hits: higher shown score first, equal scores in one fixed order (by date, then id). */
export type HitOrder = (a: SearchHit, b: SearchHit) => number;

/** The `k` best hits by `order`, best first, without sorting everything (a bounded heap). */
export function topK(hits: SearchHit[], k: number, order: HitOrder): SearchHit[] {
  if (hits.length <= k) return hits.sort(order);
  // A max-heap on "worse": the root is the worst of the k kept so far.
  const heap: SearchHit[] = [];
  const worse = (i: number, j: number) => order(heap[i] as SearchHit, heap[j] as SearchHit) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j] as SearchHit, heap[i] as SearchHit]);
  for (const h of hits) {
    if (heap.length < k) {
      heap.push(h);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (order(h, heap[0] as SearchHit) < 0) {
      heap[0] = h;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && worse(l, m)) m = l;
        if (r < heap.length && worse(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap.sort(order);
}
