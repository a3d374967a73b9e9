import type { Entity, Fact } from '../model/types.js';
import { indexBuilder, type Keywords, type Translation } from './indexBuilder.js';
import { decodeIndex, encodeIndex, postingsOf, type IndexParts, type Postings } from './indexCodec.js';
import type { Vocabulary } from './Vocabulary.js';

export { FIELD_WEIGHT, ID_FIELD, TEXT_FIELD, type Translation } from './indexBuilder.js';
export { IndexFormatError } from './indexCodec.js';

const NO_POSTINGS: Postings = { docs: new Int32Array(0), codes: new Uint8Array(0) };

/**
 * An inverted index over facts: each folded, stemmed token maps to the facts that contain it, with the weight
 * of the fields it occurs in. Built once per fact set; a query then touches only the postings of its words
 * instead of scanning every fact, which is what keeps search fast at 100,000 facts. It is kept compressed (see
 * IndexParts) and loads from bytes without being unpacked: a query decodes the postings of its own terms only.
 */
export class SearchIndex {
  /** Decoded postings of the terms used so far (a query decodes each of its terms once, not once per use). */
  private readonly decoded = new Map<number, Postings>();

  private constructor(private readonly parts: IndexParts) {}

  /** Whether a term refers to entities (its facts are then gathered from several lists). */
  private refers(id: number): boolean {
    return this.parts.refStarts[id] !== this.parts.refStarts[id + 1];
  }

  /** Every fact holding term `id` (through its references too), decoded once and kept for the run. */
  private postings(id: number): Postings {
    let p = this.decoded.get(id);
    if (!p) {
      // A run searches a handful of terms; a long one (thousands of query words) must not keep them all.
      if (this.decoded.size >= 4096) this.decoded.clear();
      this.decoded.set(id, (p = postingsOf(this.parts, id)));
    }
    return p;
  }

  /** How many facts the index covers. */
  get docCount(): number {
    return this.parts.docCount;
  }

  /** The vocabulary, sorted. */
  get vocabulary(): Vocabulary {
    return this.parts.terms;
  }

  /** Every term, as strings (for tests; a search never needs them all). */
  get terms(): readonly string[] {
    return this.parts.terms.words();
  }

  /**
   * Indexes facts; `entityOf` resolves an entity id to its record (names in every language and aliases are
   * indexed), `translationsOf` gives a fact's statement in the other languages, each indexed with its own stemmer.
   */
  static build(
    facts: readonly Fact[],
    entityOf: (id: string) => Entity | undefined,
    translationsOf: (fact: Fact) => readonly Translation[] = () => [],
    keywordsOf: (fact: Fact) => readonly Keywords[] = () => [],
    questionsOf: (fact: Fact) => readonly Keywords[] = () => [],
  ): SearchIndex {
    const builder = indexBuilder(entityOf, 0, translationsOf, keywordsOf, questionsOf);
    for (const fact of facts) builder.add(fact);
    return new SearchIndex(builder.finish());
  }

  /** An index from its parts, as a builder (here or in another thread) made them. */
  static fromParts(parts: IndexParts): SearchIndex {
    return new SearchIndex(parts);
  }

  /** The index as bytes (see encodeIndex), with `meta` kept beside it. */
  encode(meta: Record<string, unknown> = {}): Buffer {
    return Buffer.concat(this.encodeChunks(meta));
  }

  /** The same bytes as `encode`, in pieces, to be written without being copied together. */
  encodeChunks(meta: Record<string, unknown> = {}): Uint8Array[] {
    return encodeIndex(this.parts, meta);
  }

  /** Reads bytes written by encode; throws IndexFormatError for anything else (see decodeIndex). */
  static decode(bytes: Uint8Array): { index: SearchIndex; meta: Record<string, unknown> } {
    const { parts, meta } = decodeIndex(bytes);
    return { index: new SearchIndex(parts), meta };
  }

  /** A readable word for a term: the word it was stemmed from, or the term itself. */
  surfaceOf(term: string): string {
    const id = this.parts.terms.find(term);
    return (id === undefined ? '' : this.parts.surfaces.word(id)) || term;
  }

  /** The number of words in a fact's text. */
  lengthOf(doc: number): number {
    return this.parts.lengths[doc] ?? 0;
  }

  /** Whether a term occurs in any fact. */
  has(term: string): boolean {
    return this.parts.terms.find(term) !== undefined;
  }

  /** The terms a term refers to (an entity's, another spelling's, a word's own for its plain-typed form). */
  referredTerms(term: string): string[] {
    const id = this.parts.terms.find(term);
    if (id === undefined) return [];
    const { refStarts, refTerms, terms } = this.parts;
    const out: string[] = [];
    for (let k = refStarts[id] as number; k < (refStarts[id + 1] as number); k++)
      out.push(terms.word(refTerms[k] as number));
    return out;
  }

  /** The weight of a term in one fact, 0 when the fact does not hold it (a binary search of its postings). */
  weightIn(term: string, doc: number): number {
    const id = this.parts.terms.find(term);
    if (id === undefined) return 0;
    const { docs, codes } = this.postings(id);
    let lo = 0;
    let hi = docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = docs[mid] as number;
      if (d === doc) return this.parts.weightTable[codes[mid] as number] as number;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /**
   * Calls `visit(doc, weight)` for every fact holding the term, in the order of the facts, with the weight of the
   * fields it occurs in there (an entity's names and description count for every fact that cites the entity).
   * Each term's postings are decoded (and gathered from the entities it refers to) once and kept: a search
   * looks at a term several times (to weigh it, to score, to highlight the hits).
   */
  /**
   * Term `term`'s postings as arrays: the facts ascending, and the weight of each (`weights[codes[i]]`), for
   * loops that visit hundreds of thousands of postings per query. Empty when no fact holds it.
   */
  postingArrays(term: string): { docs: Int32Array; codes: Uint8Array; weights: Float32Array } {
    const id = this.parts.terms.find(term);
    const { docs, codes } = id === undefined ? NO_POSTINGS : this.postings(id);
    return { docs, codes, weights: this.parts.weightTable };
  }

  forEachPosting(term: string, visit: (doc: number, weight: number) => void): void {
    const id = this.parts.terms.find(term);
    if (id === undefined) return;
    const { docs, codes } = this.postings(id);
    const { weightTable } = this.parts;
    for (let i = 0; i < docs.length; i++) visit(docs[i] as number, weightTable[codes[i] as number] as number);
  }

  /** Inverse document frequency (BM25 form): rare terms weigh more; a term in no fact (or null) weighs most. */
  idf(term: string | null): number {
    const id = term === null ? undefined : this.parts.terms.find(term);
    const { starts } = this.parts;
    const df =
      id === undefined
        ? 0
        : this.refers(id)
          ? this.postings(id).docs.length
          : (starts[id + 1] as number) - (starts[id] as number);
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }
}
