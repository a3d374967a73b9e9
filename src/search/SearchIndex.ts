import { mustParseFactDate, monthName, type DatePoint } from '../lib/dates.js';
import type { Entity, Fact } from '../model/types.js';
import { nameTokens, stem, tokenize, words } from './tokenize.js';

/**
 * How much a word counts by where it occurs in a fact. Names (entities and their aliases) and dates are the
 * most deliberate signal; words of the prose next; tags, id and kind least. A word found in several fields
 * combines them as independent evidence, 1 − Π(1 − w), so a fact that names Erdoğan in its text and in its
 * entities outranks one that only lists him.
 */
export const FIELD_WEIGHT = {
  entity: 0.9,
  date: 0.9,
  text: 0.8,
  tag: 0.75,
  id: 0.5,
  // A person's one-line description ("Kazakhstan's ambassador to Türkiye") lets role words find the fact.
  description: 0.4,
  kind: 0.3,
} as const;

/** The serialisable form of a SearchIndex: the vocabulary and, per term, postings as parallel arrays. */
export interface SearchIndexJson {
  version: 1;
  docCount: number;
  terms: string[];
  /** For each term: [doc indexes..., weights...] flattened as docs then weights. */
  postings: number[][];
  /** For each term, the word it was stemmed from when that differs (else ""), for readable suggestions. */
  surface: string[];
  /** For each fact, the number of words in its text (ties go to the more focused fact). */
  lengths: number[];
}

function dateTokens(date: string | null): string[] {
  if (date === null) return ['undated'];
  const d = mustParseFactDate(date);
  const out = new Set<string>();
  const add = (p: DatePoint): void => {
    out.add(String(p.year));
    if (p.month !== undefined) out.add(monthName(p.month));
  };
  add(d.start);
  if (d.end) {
    add(d.end);
    // Every year an interval covers, when it is short enough to be meaningful.
    for (let y = d.start.year + 1; y < d.end.year && y - d.start.year < 20; y++) out.add(String(y));
  }
  return [...out];
}

/**
 * An inverted index over facts: each folded, stemmed token maps to the facts that contain it, with the weight
 * of the best field it occurs in. Built once per fact set; queries then touch only the postings of their terms
 * instead of scanning every fact (the reason it stays fast at 100,000 facts).
 */
export class SearchIndex {
  private readonly lookup: Map<string, number>;

  private constructor(
    readonly docCount: number,
    readonly terms: string[],
    private readonly postings: number[][],
    private readonly surfaces: string[],
    private readonly lengths: number[],
  ) {
    this.lookup = new Map(terms.map((t, i) => [t, i]));
  }

  /** Indexes facts; `entityOf` resolves an entity id to its record (names and aliases are indexed). */
  static build(facts: readonly Fact[], entityOf: (id: string) => Entity | undefined): SearchIndex {
    const termIds = new Map<string, number>();
    const terms: string[] = [];
    const docs: number[][] = [];
    const weights: number[][] = [];
    const surface = new Map<string, string>();
    const lengths: number[] = [];
    const entityTokens = new Map<string, { names: string[]; description: string[] }>();

    const tokensOfEntity = (id: string) => {
      let cached = entityTokens.get(id);
      if (!cached) {
        const e = entityOf(id);
        const names = e ? [e.name, ...e.aliases] : [];
        // A person's description gives their role ("Kazakhstan's ambassador to Türkiye"), which users search by.
        // Other descriptions would put words like "called" on nearly every fact. Digits are left out: "(2019– )"
        // must not make every Tokayev fact a 2019 fact.
        const description = e?.type === 'person' ? tokenize(e.description.replace(/\d+/g, ' ')) : [];
        cached = { names: [...new Set([...tokenize(id), ...names.flatMap(nameTokens)])], description };
        entityTokens.set(id, cached);
      }
      return cached;
    };

    facts.forEach((fact, doc) => {
      // term → Π(1 − w) over the fields it occurs in; each field counted once.
      const miss = new Map<string, number>();
      const put = (tokens: readonly string[], weight: number): void => {
        for (const t of new Set(tokens)) miss.set(t, (miss.get(t) ?? 1) * (1 - weight));
      };
      const textWords = words(fact.text);
      const textTokens = textWords.map(stem);
      lengths.push(textTokens.length);
      textTokens.forEach((t, i) => {
        const w = textWords[i] ?? t;
        if (w !== t && !surface.has(t)) surface.set(t, w);
      });
      put(textTokens, FIELD_WEIGHT.text);
      put(
        fact.tags.flatMap((t) => nameTokens(t)),
        FIELD_WEIGHT.tag,
      );
      put(
        fact.entities.flatMap((e) => tokensOfEntity(e).names),
        FIELD_WEIGHT.entity,
      );
      put(
        fact.entities.flatMap((e) => tokensOfEntity(e).description),
        FIELD_WEIGHT.description,
      );
      put(dateTokens(fact.date), FIELD_WEIGHT.date);
      put(tokenize(fact.id), FIELD_WEIGHT.id);
      put(tokenize(fact.kind), FIELD_WEIGHT.kind);
      for (const [term, missed] of miss) {
        const weight = Math.round((1 - missed) * 1000) / 1000;
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
          docs.push([]);
          weights.push([]);
        }
        docs[id]?.push(doc);
        weights[id]?.push(weight);
      }
    });
    const postings = docs.map((d, i) => [...d, ...(weights[i] ?? [])]);
    return new SearchIndex(
      facts.length,
      terms,
      postings,
      terms.map((t) => surface.get(t) ?? ''),
      lengths,
    );
  }

  /** Restores an index saved with toJSON. */
  static fromJSON(json: SearchIndexJson): SearchIndex {
    return new SearchIndex(json.docCount, json.terms, json.postings, json.surface, json.lengths);
  }

  /** The plain-JSON form, for the build-time bundled index and the on-disk cache. */
  toJSON(): SearchIndexJson {
    return {
      version: 1,
      docCount: this.docCount,
      terms: this.terms,
      postings: this.postings,
      surface: this.surfaces,
      lengths: this.lengths,
    };
  }

  /** A readable word for a term: the word it was stemmed from, or the term itself. */
  surfaceOf(term: string): string {
    const id = this.lookup.get(term);
    return (id === undefined ? '' : this.surfaces[id]) || term;
  }

  /** The number of words in a fact's text. */
  lengthOf(doc: number): number {
    return this.lengths[doc] ?? 0;
  }

  /** Whether a term occurs in any fact. */
  has(term: string): boolean {
    return this.lookup.has(term);
  }

  /** Calls `visit(doc, weight)` for every fact holding the term. */
  forEachPosting(term: string, visit: (doc: number, weight: number) => void): void {
    const id = this.lookup.get(term);
    if (id === undefined) return;
    const list = this.postings[id] ?? [];
    const n = list.length / 2;
    for (let i = 0; i < n; i++) visit(list[i] ?? 0, list[n + i] ?? 0);
  }

  /** Inverse document frequency (BM25 form): rare terms weigh more; a term in no fact (or null) weighs most. */
  idf(term: string | null): number {
    const id = term === null ? undefined : this.lookup.get(term);
    const df = id === undefined ? 0 : (this.postings[id]?.length ?? 0) / 2;
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }
}
