import { Vocabulary } from './Vocabulary.js';

/**
 * The data of a search index, compressed as it is kept in memory and on disk: the vocabulary and, per term, its
 * postings (the facts holding it, ascending, and the weight of the fields it occurs in). A posting's fact is the
 * gap from the previous one in its term as a variable-length number (one byte for most), its weight one byte
 * into a table of the distinct weights: a quarter of the size of raw arrays, read only for the terms a query uses.
 */
export interface IndexParts {
  docCount: number;
  /** The vocabulary, sorted; a term's number is its place here. */
  terms: Vocabulary;
  /** For each term, the word it was stemmed from when that differs (else ""), for readable suggestions. */
  surfaces: Vocabulary;
  /** Term t's postings are numbers starts[t]..starts[t+1] (their weight codes are codes[starts[t]..]). */
  starts: Uint32Array;
  /** Term t's fact gaps are the bytes gaps[gapStarts[t]..gapStarts[t+1]]. */
  gapStarts: Uint32Array;
  gaps: Uint8Array;
  codes: Uint8Array;
  /** The distinct field weights that codes point into. */
  weightTable: Float32Array;
  /** The number of words in each fact's text. */
  lengths: Uint16Array;
  /**
   * The terms of entities' names and descriptions hold no postings for the facts that cite the entity: they
   * refer to the entity's own term (see ENTITY) with the field it counts as. A one-word name also refers, with
   * no field (bits 0), to the entity's other one-word names, whose facts count where those words occur. Term
   * t's references are refTerms/refBits[refStarts[t]..refStarts[t+1]].
   */
  refStarts: Uint32Array;
  refTerms: Uint32Array;
  refBits: Uint8Array;
  /** From a builder only: for each term, the fact its surface was first seen in (−1: none), for merging. */
  surfaceDocs?: Int32Array;
  /** From a builder only: for each term with postings, its last fact, for merging. */
  lastDocs?: Uint32Array;
}

/**
 * The first character of an entity's term: its postings are the facts citing the entity. No word a user types
 * can hold it, so it never matches a query, a typo or a "did you mean".
 */
export const ENTITY = '\u0000';

/** References of each term, as [entity term, field bits] pairs sorted by term, packed into IndexParts' arrays. */
export function packRefs(
  refs: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
): Pick<IndexParts, 'refStarts' | 'refTerms' | 'refBits'> {
  const refStarts = new Uint32Array(refs.length + 1);
  let n = 0;
  refs.forEach((list, t) => (refStarts[t + 1] = n += list.length));
  const refTerms = new Uint32Array(n);
  const refBits = new Uint8Array(n);
  let k = 0;
  for (const list of refs) {
    for (const [term, bits] of list) {
      refTerms[k] = term;
      refBits[k++] = bits;
    }
  }
  return { refStarts, refTerms, refBits };
}

/** Thrown when bytes are not a SearchIndex this version of kzt wrote (a corrupt or foreign file). */
export class IndexFormatError extends Error {}

/**
 * Postings as raw arrays (term t's are docs/codes[starts[t]..starts[t+1]], codes pointing into `weightTable`)
 * compressed into IndexParts' form.
 */
export function compressPostings(
  starts: Uint32Array,
  docs: Uint32Array,
  codes: Uint8Array,
  weightTable: Float32Array,
): Pick<IndexParts, 'starts' | 'gapStarts' | 'gaps' | 'codes' | 'weightTable'> {
  const terms = starts.length - 1;
  const gapStarts = new Uint32Array(terms + 1);
  // Sized exactly (a first pass counts the bytes): a quarter of the memory of the worst case.
  let size = 0;
  for (let t = 0; t < terms; t++) {
    let previous = -1;
    for (let i = starts[t] as number; i < (starts[t + 1] as number); i++) {
      const gap = (docs[i] as number) - previous;
      previous = docs[i] as number;
      size += gap < 0x80 ? 1 : gap < 0x4000 ? 2 : gap < 0x200000 ? 3 : 4;
    }
  }
  const gaps = new Uint8Array(size);
  let g = 0;
  for (let t = 0; t < terms; t++) {
    let previous = -1;
    const end = starts[t + 1] as number;
    for (let i = starts[t] as number; i < end; i++) {
      const doc = docs[i] as number;
      let gap = doc - previous;
      previous = doc;
      while (gap >= 0x80) {
        gaps[g++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      gaps[g++] = gap;
    }
    gapStarts[t + 1] = g;
  }
  return { starts, gapStarts, gaps, codes, weightTable };
}

// Bumped whenever what is indexed or how it is stored changes, so that an index cached by an older kzt is rebuilt.
const MAGIC = 'KZTIDX6\n';

/** The JSON header: counts and sizes of the parts that follow, and the writer's `meta`. */
interface IndexHeader {
  docCount: number;
  terms: number;
  postings: number;
  /** Byte sizes of the vocabulary texts (UTF-8) and of the gaps. */
  termBytes: number;
  surfaceBytes: number;
  gapBytes: number;
  refs: number;
  weights: number[];
  meta: Record<string, unknown>;
}

/** The arrays of the parts in the order they are written; each starts 4-aligned. */
function arrays(p: IndexParts): Uint8Array[] {
  const bytes = (a: Uint32Array | Uint16Array | Uint8Array) =>
    new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return [
    bytes(p.terms.offsets),
    bytes(p.surfaces.offsets),
    bytes(p.starts),
    bytes(p.gapStarts),
    bytes(p.lengths),
    bytes(p.refStarts),
    bytes(p.refTerms),
    Buffer.from(p.terms.text, 'utf8'),
    Buffer.from(p.surfaces.text, 'utf8'),
    p.codes,
    p.gaps,
    p.refBits,
  ];
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/**
 * The index as bytes, in pieces to write one after the other (a 20 MB index is never copied into one buffer):
 * a magic line, a JSON header (counts, sizes, the weight table, `meta`), then the parts.
 */
export function encodeIndex(parts: IndexParts, meta: Record<string, unknown> = {}): Uint8Array[] {
  const list = arrays(parts);
  const header: IndexHeader = {
    docCount: parts.docCount,
    terms: parts.terms.size,
    postings: parts.codes.length,
    termBytes: list[7]?.byteLength ?? 0,
    surfaceBytes: list[8]?.byteLength ?? 0,
    gapBytes: parts.gaps.length,
    refs: parts.refTerms.length,
    weights: [...parts.weightTable],
    meta,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const chunks: Uint8Array[] = [Buffer.from(MAGIC, 'latin1'), length, json];
  let at = MAGIC.length + 4 + json.length;
  for (const a of list) {
    chunks.push(Buffer.alloc(pad4(at)), a);
    at += pad4(at) + a.byteLength;
  }
  return chunks;
}

function fail(reason: string): never {
  throw new IndexFormatError(reason);
}

/**
 * Reads bytes written by encodeIndex; throws IndexFormatError for anything else. What lookups rely on is
 * checked here (sizes, vocabularies, term starts ascending within the postings); each term's postings are checked
 * when they are read (facts ascending and existing, weights in the table), so bytes that are not an index can
 * neither crash a search nor make it read out of bounds. (The cache also verifies a checksum before this.)
 */
export function decodeIndex(bytes: Uint8Array): { parts: IndexParts; meta: Record<string, unknown> } {
  try {
    return decodeUnchecked(bytes);
  } catch (error) {
    if (error instanceof IndexFormatError) throw error;
    // A RangeError from a typed-array view, a TypeError from a strange header: all the same, not an index.
    return fail(`not a kzt index: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function decodeUnchecked(bytes: Uint8Array): { parts: IndexParts; meta: Record<string, unknown> } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC)
    fail('not a kzt index');
  const jsonLength = buf.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  let header: IndexHeader;
  try {
    header = JSON.parse(buf.toString('utf8', offset, offset + jsonLength)) as IndexHeader;
  } catch {
    return fail('unreadable index header');
  }
  offset += jsonLength;
  const { docCount, terms, postings, termBytes, surfaceBytes, gapBytes, refs, weights } = header;
  const count = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  if (![docCount, terms, postings, termBytes, surfaceBytes, gapBytes, refs].every(count))
    fail('bad index header');
  if (
    !Array.isArray(weights) ||
    weights.length > 256 ||
    !weights.every((w) => typeof w === 'number' && w >= 0 && w <= 1)
  ) {
    fail('index weight out of range');
  }
  /** The next part: `n` bytes, 4-aligned; a view when the bytes are aligned in memory, else a copy. */
  const next = (n: number): Uint8Array => {
    offset += pad4(offset);
    if (offset + n > buf.length) fail('index shorter than its header says');
    const part = buf.subarray(offset, (offset += n));
    return part.byteOffset % 4 === 0 ? part : new Uint8Array(part);
  };
  const u32 = (n: number) => {
    const part = next(n * 4);
    return new Uint32Array(part.buffer, part.byteOffset, n);
  };
  const termOffsets = u32(terms + 1);
  const surfaceOffsets = u32(terms + 1);
  const starts = u32(terms + 1);
  const gapStarts = u32(terms + 1);
  const lengthBytes = next(docCount * 2);
  const lengths = new Uint16Array(lengthBytes.buffer, lengthBytes.byteOffset, docCount);
  const refStarts = u32(terms + 1);
  const refTerms = u32(refs);
  const termText = Buffer.from(next(termBytes)).toString('utf8');
  const surfaceText = Buffer.from(next(surfaceBytes)).toString('utf8');
  const codes = next(postings);
  const gaps = next(gapBytes);
  const refBits = next(refs);
  if (offset !== buf.length) fail('index longer than its header says');
  const vocabulary = Vocabulary.from(termText, termOffsets);
  const surfaces = Vocabulary.from(surfaceText, surfaceOffsets);
  if (!vocabulary || !surfaces) fail('bad index vocabulary');
  if (starts[0] !== 0 || starts[terms] !== postings || gapStarts[0] !== 0 || gapStarts[terms] !== gapBytes) {
    fail('index postings do not add up');
  }
  for (let t = 0; t < terms; t++) {
    if (
      (starts[t + 1] as number) < (starts[t] as number) ||
      (gapStarts[t + 1] as number) < (gapStarts[t] as number) ||
      (refStarts[t + 1] as number) < (refStarts[t] as number)
    ) {
      fail('index postings out of order');
    }
  }
  if (refStarts[0] !== 0 || refStarts[terms] !== refs) fail('index references do not add up');
  for (let k = 0; k < refs; k++) {
    const bits = refBits[k] as number;
    // Bits 0: a reference that counts the other term's own fields (see postingsOf); else a field set that weighs.
    if ((refTerms[k] as number) >= terms || (bits !== 0 && !((weights[bits] ?? 0) > 0))) {
      fail('index reference out of range');
    }
  }
  const meta = header.meta;
  return {
    parts: {
      docCount,
      terms: vocabulary,
      surfaces,
      starts,
      gapStarts,
      gaps,
      codes,
      weightTable: Float32Array.from(weights),
      lengths,
      refStarts,
      refTerms,
      refBits,
    },
    meta: typeof meta === 'object' && meta !== null && !Array.isArray(meta) ? meta : {},
  };
}

/** A term's postings decoded: facts ascending, and the code (set of fields) of each. */
export interface Postings {
  docs: Int32Array;
  codes: Uint8Array;
}

/**
 * The own postings of term t (not through references), decoded into arrays in one loop; throws
 * IndexFormatError at the first posting that does not fit (a fact out of range or out of order, a code with no
 * weight, the term's bytes ending early or late).
 */
function ownPostings(parts: IndexParts, t: number): Postings {
  const { gaps, weightTable, docCount } = parts;
  const from = parts.starts[t] as number;
  const n = (parts.starts[t + 1] as number) - from;
  const docs = new Int32Array(n);
  // The codes are stored in the same order: a view, not a copy.
  const codes = parts.codes.subarray(from, from + n);
  let g = parts.gapStarts[t] as number;
  const end = parts.gapStarts[t + 1] as number;
  let doc = -1;
  for (let i = 0; i < n; i++) {
    // A gap of up to 28 bits in up to four bytes, low bits first; each gap is at least 1, so facts ascend.
    if (g >= end) fail('index postings out of range');
    let b = gaps[g++] as number;
    let gap = b & 0x7f;
    for (let shift = 7; b >= 0x80; shift += 7) {
      if (g >= end || shift > 21) fail('index postings out of range');
      b = gaps[g++] as number;
      gap |= (b & 0x7f) << shift;
    }
    doc += gap;
    if (gap === 0 || doc >= docCount || !((weightTable[codes[i] as number] ?? 0) > 0)) {
      fail('index posting out of range');
    }
    docs[i] = doc;
  }
  if (g !== end) fail('index postings do not add up');
  return { docs, codes };
}

/**
 * Every fact holding term t, decoded: its own postings merged with the facts citing each entity it refers to
 * (with that reference's fields), each fact once, its fields joined, facts ascending.
 */
export function postingsOf(parts: IndexParts, t: number): Postings {
  let out = ownPostings(parts, t);
  const weight = (code: number) => parts.weightTable[code] as number;
  for (let k = parts.refStarts[t] as number; k < (parts.refStarts[t + 1] as number); k++) {
    const bits = parts.refBits[k] as number;
    const other = ownPostings(parts, parts.refTerms[k] as number);
    // A merge of two ascending lists; a fact in both joins its fields. A reference without a field (bits 0:
    // another spelling of a name) adds the facts that have the other word, counted where they have it; a fact
    // found both ways counts the better of the two, not both: a fact that cites Türkiye and says "Türkiye" counts
    // "Turkey" as it counts "Türkiye".
    const docs = new Int32Array(out.docs.length + other.docs.length);
    const codes = new Uint8Array(docs.length);
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < out.docs.length || j < other.docs.length) {
      const a = i < out.docs.length ? (out.docs[i] as number) : Infinity;
      const b = j < other.docs.length ? (other.docs[j] as number) : Infinity;
      const mine = a <= b ? (out.codes[i++] as number) : -1;
      const theirs = b <= a ? (other.codes[j++] as number) : -1;
      docs[n] = Math.min(a, b);
      if (bits !== 0) codes[n++] = Math.max(mine, 0) | (theirs >= 0 ? bits : 0);
      else codes[n++] = mine < 0 || (theirs >= 0 && weight(theirs) > weight(mine)) ? theirs : mine;
    }
    out = { docs: docs.subarray(0, n), codes: codes.subarray(0, n) };
  }
  return out;
}
