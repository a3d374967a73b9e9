import { packRefs, type IndexParts } from './indexCodec.js';
import { Vocabulary } from './Vocabulary.js';

/** Appends the gap from `previous` to `doc` as a variable-length number; returns the new end. */
function putGap(out: Uint8Array, at: number, gap: number): number {
  let g = at;
  let rest = gap;
  while (rest >= 0x80) {
    out[g++] = (rest & 0x7f) | 0x80;
    rest >>>= 7;
  }
  out[g++] = rest;
  return g;
}

/**
 * Appends term t's postings of `p` as they are, after fact `previous` (−1: none): the codes and the gap bytes
 * copied, the first gap counted again from `previous`. Returns the new ends of codes and gaps.
 */
function copyPostings(
  p: IndexParts,
  t: number,
  previous: number,
  codes: Uint8Array,
  posting: number,
  gaps: Uint8Array,
  g: number,
): [number, number] {
  const from = p.starts[t] as number;
  const to = p.starts[t + 1] as number;
  copy(p.codes, from, to, codes, posting);
  const start = p.gapStarts[t] as number;
  const end = p.gapStarts[t + 1] as number;
  let at = g;
  let rest = start;
  if (previous >= 0) {
    at = putGap(gaps, at, firstDoc(p, t) - previous);
    rest = skipGap(p.gaps, start);
  }
  copy(p.gaps, rest, end, gaps, at);
  return [posting + to - from, at + end - rest];
}

/** Copies bytes [from, to) of `source` into `target` at `at`: most lists are a few bytes, too few for a view. */
function copy(source: Uint8Array, from: number, to: number, target: Uint8Array, at: number): void {
  if (to - from > 32) target.set(source.subarray(from, to), at);
  else for (let k = from; k < to; k++) target[at + k - from] = source[k] as number;
}

/** The variable-length number starting at byte `at` (low bits first). */
function gapAt(gaps: Uint8Array, at: number): number {
  let g = at;
  let gap = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = gaps[g++] as number;
    gap += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return gap;
}

/** The end of the variable-length number starting at byte `at`. */
function skipGap(gaps: Uint8Array, at: number): number {
  let g = at;
  while ((gaps[g] as number) & 0x80) g++;
  return g + 1;
}

/** Term t's facts, decoded from their gaps into `into` (grown as needed): the buffer and how many. */
function decodeDocs(p: IndexParts, t: number, into: Uint32Array): [Uint32Array, number] {
  const n = (p.starts[t + 1] as number) - (p.starts[t] as number);
  let out = into;
  if (out.length < n) out = new Uint32Array(Math.max(n, out.length * 2));
  let at = p.gapStarts[t] as number;
  let doc = -1;
  for (let k = 0; k < n; k++) {
    doc += gapAt(p.gaps, at);
    at = skipGap(p.gaps, at);
    out[k] = doc;
  }
  return [out, n];
}

/** The first fact of term t's postings (its first gap counts from −1). */
const firstDoc = (p: IndexParts, t: number): number => gapAt(p.gaps, p.gapStarts[t] as number) - 1;

/**
 * One index from two builders' indexes over disjoint sets of the same facts (two threads, each taking a run of
 * consecutive facts, or any other split): the vocabularies merged in order, each term's postings merged by fact,
 * each fact's length and each term's first surface taken from whichever index has them. The result is the index
 * one builder would have made of all the facts in order. It runs while the user waits for a first run, so its
 * loops make nothing per posting, and a term whose facts in one index all come before those in the
 * other (always so for runs of facts) has its bytes copied, not decoded.
 */
export function mergeIndexParts(a: IndexParts, b: IndexParts): IndexParts {
  const docCount = Math.max(a.docCount, b.docCount);
  const terms: string[] = [];
  const surfaces: string[] = [];
  const most = a.terms.size + b.terms.size;
  const starts = new Uint32Array(most + 1);
  const gapStarts = new Uint32Array(most + 1);
  const codes = new Uint8Array(a.codes.length + b.codes.length);
  // Interleaving two ascending lists only shortens gaps, so the two inputs' bytes are room enough.
  const gaps = new Uint8Array(a.gaps.length + b.gaps.length);
  let posting = 0;
  let g = 0;
  let bufA: Uint32Array = new Uint32Array(1024);
  let bufB: Uint32Array = new Uint32Array(1024);
  if (b.weightTable.some((w, i) => a.weightTable[i] !== w)) throw new Error('indexes with different weights');
  // Where each input's terms end up, to carry their references over.
  const fromA = new Uint32Array(a.terms.size);
  const fromB = new Uint32Array(b.terms.size);
  let i = 0;
  let j = 0;
  while (i < a.terms.size || j < b.terms.size) {
    const ta = i < a.terms.size ? a.terms.word(i) : undefined;
    const tb = j < b.terms.size ? b.terms.word(j) : undefined;
    const inA = ta !== undefined && (tb === undefined || ta <= tb);
    const inB = tb !== undefined && (ta === undefined || tb <= ta);
    const term = (inA ? ta : tb) as string;
    const at = terms.length;
    if (inA) fromA[i] = at;
    if (inB) fromB[j] = at;
    const na = inA ? (a.starts[i + 1] as number) - (a.starts[i] as number) : 0;
    const nb = inB ? (b.starts[j + 1] as number) - (b.starts[j] as number) : 0;
    // Threads that took a range of the facts each hold every one of a term's facts in that range: the two lists
    // follow one another, and their bytes are copied, only the second list's first gap counted again.
    const lastA = na > 0 ? a.lastDocs?.[i] : undefined;
    const lastB = nb > 0 ? b.lastDocs?.[j] : undefined;
    if (na === 0 || nb === 0) {
      if (na > 0) [posting, g] = copyPostings(a, i, -1, codes, posting, gaps, g);
      if (nb > 0) [posting, g] = copyPostings(b, j, -1, codes, posting, gaps, g);
    } else if (lastA !== undefined && lastA < firstDoc(b, j)) {
      [posting, g] = copyPostings(a, i, -1, codes, posting, gaps, g);
      [posting, g] = copyPostings(b, j, lastA, codes, posting, gaps, g);
    } else if (lastB !== undefined && lastB < firstDoc(a, i)) {
      [posting, g] = copyPostings(b, j, -1, codes, posting, gaps, g);
      [posting, g] = copyPostings(a, i, lastB, codes, posting, gaps, g);
    } else {
      [bufA] = decodeDocs(a, i, bufA);
      [bufB] = decodeDocs(b, j, bufB);
      const codeA = a.starts[i] as number;
      const codeB = b.starts[j] as number;
      // The two ascending lists merged; each fact's gap from the one before, as a variable-length number.
      let x = 0;
      let y = 0;
      let previous = -1;
      while (x < na || y < nb) {
        const fromFirst = y >= nb || (x < na && (bufA[x] as number) < (bufB[y] as number));
        const doc = fromFirst ? (bufA[x] as number) : (bufB[y] as number);
        codes[posting++] = fromFirst ? (a.codes[codeA + x++] as number) : (b.codes[codeB + y++] as number);
        g = putGap(gaps, g, doc - previous);
        previous = doc;
      }
    }
    // The surface seen first in the facts' order.
    const sa = inA ? a.surfaces.word(i) : '';
    const sb = inB ? b.surfaces.word(j) : '';
    const da = inA && sa !== '' ? (a.surfaceDocs?.[i] ?? -1) : -1;
    const db = inB && sb !== '' ? (b.surfaceDocs?.[j] ?? -1) : -1;
    terms.push(term);
    surfaces.push(da >= 0 && (db < 0 || da <= db) ? sa : db >= 0 ? sb : sa || sb);
    starts[at + 1] = posting;
    gapStarts[at + 1] = g;
    if (inA) i++;
    if (inB) j++;
  }
  // References: each term's from both inputs, renumbered, joined (the same entity gives the same fields). Few
  // terms have any (the words of entities' names), so only theirs are gathered.
  const refs = new Map<number, Map<number, number>>();
  const carry = (p: IndexParts, to: Uint32Array) => {
    for (let t = 0; t < p.terms.size; t++) {
      const from = p.refStarts[t] as number;
      const end = p.refStarts[t + 1] as number;
      if (from === end) continue;
      const key = to[t] as number;
      let map = refs.get(key);
      if (!map) refs.set(key, (map = new Map()));
      for (let k = from; k < end; k++) {
        const target = to[p.refTerms[k] as number] as number;
        map.set(target, (map.get(target) ?? 0) | (p.refBits[k] as number));
      }
    }
  };
  carry(a, fromA);
  carry(b, fromB);
  const none: ReadonlyArray<readonly [number, number]> = [];
  const lengths = new Uint16Array(docCount);
  for (let d = 0; d < docCount; d++) lengths[d] = Math.max(a.lengths[d] ?? 0, b.lengths[d] ?? 0);
  return {
    docCount,
    terms: Vocabulary.of(terms),
    surfaces: Vocabulary.of(surfaces),
    starts: starts.slice(0, terms.length + 1),
    gapStarts: gapStarts.slice(0, terms.length + 1),
    gaps: gaps.slice(0, g),
    codes,
    weightTable: a.weightTable,
    lengths,
    ...packRefs(
      terms.map((_, t) => {
        const map = refs.get(t);
        return map ? [...map].sort((p, q) => p[0] - q[0]) : none;
      }),
    ),
  };
}
