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

/** Term t's facts, decoded from their gaps into `into` (grown as needed): the buffer and how many. */
function decodeDocs(p: IndexParts, t: number, into: Uint32Array): [Uint32Array, number] {
  const n = (p.starts[t + 1] as number) - (p.starts[t] as number);
  let out = into;
  if (out.length < n) out = new Uint32Array(Math.max(n, out.length * 2));
  let at = p.gapStarts[t] as number;
  let doc = -1;
  for (let k = 0; k < n; k++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = p.gaps[at++] as number;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    doc += gap;
    out[k] = doc;
  }
  return [out, n];
}

/**
 * One index from two builders' indexes over disjoint sets of the same facts (two threads, each taking chunks
 * of the facts as it is free): the vocabularies merged in order, each term's postings merged by fact, each
 * fact's length and each term's first surface taken from whichever index has them. The result is the index
 * one builder would have made of all the facts in order. It runs while the user waits for a first run, so its
 * loops make nothing per posting or per term.
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
    let na = 0;
    let nb = 0;
    if (inA) [bufA, na] = decodeDocs(a, i, bufA);
    if (inB) [bufB, nb] = decodeDocs(b, j, bufB);
    const codeA = inA ? (a.starts[i] as number) : 0;
    const codeB = inB ? (b.starts[j] as number) : 0;
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
