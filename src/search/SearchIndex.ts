import {
  dateSpan,
  daysInMonth,
  firstDay,
  mustParseFactDate,
  monthName,
  type DatePoint,
} from '../lib/dates.js';
import type { Language } from '../lib/language.js';
import type { Entity, Fact, Visit } from '../model/types.js';
import { dayTerm } from './dateQuery.js';
import { rawWords, termOf, termsOf } from './languageTerms.js';
import { nameTokens, stem, tokenize, words } from './tokenize.js';

/** A fact's statement in a language other than English, to index beside the English. */
export interface Translation {
  lang: Language;
  text: string;
}

/** A visit's type as people name it in each language ("state visit", "devlet ziyareti", "государственный визит"). */
const VISIT_TYPES: Record<Visit['type'], Partial<Record<Language, string>>> = {
  state: { en: 'state visit', tr: 'devlet ziyareti', ru: 'государственный визит', kk: 'мемлекеттік сапар' },
  official: { en: 'official visit', tr: 'resmi ziyaret', ru: 'официальный визит', kk: 'ресми сапар' },
  working: { en: 'working visit', tr: 'çalışma ziyareti', ru: 'рабочий визит', kk: 'жұмыс сапары' },
  summit: { en: 'summit', tr: 'zirve', ru: 'саммит', kk: 'саммит' },
  other: {},
};

/**
 * The terms of a visit's type in every language, so that "state visit" finds the facts the data calls state
 * visits whatever their text says (a text may call a state visit "the first official visit of his presidency").
 */
function visitTypeTerms(type: Visit['type']): string[] {
  let terms = visitTerms.get(type);
  if (!terms) {
    terms = Object.entries(VISIT_TYPES[type]).flatMap(([lang, words]) => termsOf(words, lang as Language));
    visitTerms.set(type, terms);
  }
  return terms;
}

/** The terms of each visit type, stemmed once: indexing 100,000 visits must not stem the same words again. */
const visitTerms = new Map<Visit['type'], string[]>();

/** Intervals longer than this many days are not indexed day by day (a query for one day of them is no match). */
const MAX_DAYS = 62;
/** Nor month by month beyond this many months. */
const MAX_MONTHS = 24;

/** The calendar days and months a date covers, as the terms a date typed in a query is searched as. */
function calendarTerms(start: DatePoint, end: DatePoint, out: Set<string>): void {
  if (start.month === undefined) return;
  const endMonth = end.month ?? 12;
  const months = (end.year - start.year) * 12 + endMonth - start.month + 1;
  for (let i = 0; i < Math.min(months, MAX_MONTHS); i++) {
    const y = start.year + Math.floor((start.month - 1 + i) / 12);
    out.add(dayTerm(y, ((start.month - 1 + i) % 12) + 1));
  }
  if (start.day === undefined || end.day === undefined) return;
  let [y, m, d] = [start.year, start.month, start.day];
  for (let i = 0; i < MAX_DAYS; i++) {
    out.add(dayTerm(y, m, d));
    if (y === end.year && m === endMonth && d === end.day) break;
    if (++d > daysInMonth(y, m)) [d, m] = [1, m + 1];
    if (m > 12) [m, y] = [1, y + 1];
  }
}

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
  // A note gives context (who claims what, corrections, other figures): it may find a fact by a word the fact
  // has nowhere else (a one-word query found only in a note scores this much, so it must reach the minimum
  // score of 0.5), but never before the facts whose own text says it. Eval (282 facts): hit@1 0.937 at 0.5,
  // 0.929 at 0.4 and at 0.6.
  note: 0.5,
  // A person's one-line description ("Kazakhstan's ambassador to Türkiye") lets role words find the fact.
  description: 0.4,
  kind: 0.3,
} as const;

/** Longest intervals whose every day, or every month, is indexed: a day or month query finds them too. */
const DAY_SPAN = 31;
const MONTH_SPAN = 12;

/**
 * The date terms of a fact: its year(s), the English month name ("march 1992"), and the ISO month and day
 * ("1992-03", "1992-03-02") at the date's own precision, so that a query for a day or month finds it. A short
 * interval is indexed under every day (or month) it covers, a longer one under every year, up to 20.
 */
function dateTokens(date: string | null): string[] {
  if (date === null) return ['undated'];
  const d = mustParseFactDate(date);
  const out = new Set<string>();
  const add = (p: DatePoint): void => {
    out.add(String(p.year));
    if (p.month === undefined) return;
    out.add(monthName(p.month));
    out.add(firstDay(p).slice(0, 7));
    if (p.day !== undefined) out.add(firstDay(p));
  };
  add(d.start);
  if (d.end) {
    add(d.end);
    // Every year an interval covers, when it is short enough to be meaningful.
    for (let y = d.start.year + 1; y < d.end.year && y - d.start.year < 20; y++) out.add(String(y));
    const { from, to } = dateSpan(d);
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    if (d.start.precision === 'day' && days <= DAY_SPAN) {
      for (let n = 0; n < days; n++)
        out.add(new Date(Date.parse(from) + n * 86_400_000).toISOString().slice(0, 10));
    }
    const months = (d.end.year - d.start.year) * 12 + (d.end.month ?? 12) - (d.start.month ?? 1) + 1;
    if (d.start.month !== undefined && months <= MONTH_SPAN) {
      for (let m = d.start.month - 1; m < d.start.month - 1 + months; m++) {
        out.add(
          `${String(d.start.year + Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`,
        );
      }
    }
  }
  calendarTerms(d.start, d.end ?? d.start, out);
  return [...out];
}

/** Thrown when bytes are not a SearchIndex this version of kzt wrote (a corrupt or foreign cache file). */
export class IndexFormatError extends Error {}

// Bumped whenever what is indexed changes, so that an index cached by an older kzt is rebuilt, never trusted.
const MAGIC = 'KZTIDX4\n';

/** Fields of the binary index's JSON header. */
interface IndexHeader {
  docCount: number;
  terms: string[];
  /** For each term, the word it was stemmed from when that differs (else ""), for readable suggestions. */
  surface: string[];
  postings: number;
  /** Anything the writer wants to keep with the index (the cache stores its key here). */
  meta: Record<string, unknown>;
}

/**
 * An inverted index over facts: each folded, stemmed token maps to the facts that contain it, with the weight
 * of the fields it occurs in. Built once per fact set; a query then touches only the postings of its words
 * instead of scanning every fact, which is what keeps search fast at 100,000 facts. Postings live in flat typed
 * arrays (term t's postings are docs[starts[t]..starts[t+1]]), so the index saves and loads as raw bytes.
 */
export class SearchIndex {
  private readonly lookup: Map<string, number>;

  private constructor(
    readonly docCount: number,
    readonly terms: readonly string[],
    private readonly surfaces: readonly string[],
    private readonly starts: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly weights: Float32Array,
    private readonly lengths: Uint16Array,
  ) {
    this.lookup = new Map(terms.map((t, i) => [t, i]));
  }

  /**
   * Indexes facts; `entityOf` resolves an entity id to its record (names in every language and aliases are
   * indexed), `translationsOf` gives a fact's statement in the other languages, each indexed with its own stemmer.
   */
  static build(
    facts: readonly Fact[],
    entityOf: (id: string) => Entity | undefined,
    translationsOf: (fact: Fact) => readonly Translation[] = () => [],
  ): SearchIndex {
    const termIds = new Map<string, number>();
    const terms: string[] = [];
    const surface = new Map<string, string>();
    const lengths = new Uint16Array(facts.length);
    // Postings in the order they are found (by fact), grouped by term at the end with a counting sort.
    let postTerm = new Uint32Array(1024);
    let postDoc = new Uint32Array(1024);
    let postWeight = new Float32Array(1024);
    let count = 0;
    const entityTokens = new Map<string, { names: string[]; description: string[] }>();

    const tokensOfEntity = (id: string) => {
      let cached = entityTokens.get(id);
      if (!cached) {
        const e = entityOf(id);
        const names = e ? [e.name, ...Object.values(e.names ?? {}), ...e.aliases] : [];
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
      lengths[doc] = Math.min(textTokens.length, 0xffff);
      textTokens.forEach((t, i) => {
        const w = textWords[i] ?? t;
        if (w !== t && !surface.has(t)) surface.set(t, w);
      });
      // The statement in each other language counts as the text does: it says the same thing.
      const translated = translationsOf(fact).flatMap(({ lang, text }) =>
        rawWords(text, lang).flatMap((w) => {
          const t = termOf(w, lang);
          if (t !== w && !surface.has(t)) surface.set(t, w);
          return t ? [t] : [];
        }),
      );
      put([...textTokens, ...translated], FIELD_WEIGHT.text);
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
      if (fact.visit) put(visitTypeTerms(fact.visit.type), FIELD_WEIGHT.tag);
      // A note only adds words the fact does not have elsewhere: it may find a fact, never strengthen what the
      // fact itself says (a note repeating "visit" must not lift a postponed trip above the visits).
      if (fact.note)
        put(
          tokenize(fact.note).filter((t) => !miss.has(t)),
          FIELD_WEIGHT.note,
        );
      for (const [term, missed] of miss) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
        }
        if (count === postTerm.length) {
          const grow = <T extends Uint32Array | Float32Array>(a: T, make: (n: number) => T): T => {
            const b = make(a.length * 2);
            b.set(a);
            return b;
          };
          postTerm = grow(postTerm, (n) => new Uint32Array(n));
          postDoc = grow(postDoc, (n) => new Uint32Array(n));
          postWeight = grow(postWeight, (n) => new Float32Array(n));
        }
        postTerm[count] = id;
        postDoc[count] = doc;
        postWeight[count] = 1 - missed;
        count++;
      }
    });

    const starts = new Uint32Array(terms.length + 1);
    for (let i = 0; i < count; i++) {
      const k = (postTerm[i] ?? 0) + 1;
      starts[k] = (starts[k] ?? 0) + 1;
    }
    for (let t = 0; t < terms.length; t++) starts[t + 1] = (starts[t + 1] ?? 0) + (starts[t] ?? 0);
    const fill = starts.slice(0, terms.length);
    const docs = new Uint32Array(count);
    const weights = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const t = postTerm[i] ?? 0;
      const at = fill[t] ?? 0;
      docs[at] = postDoc[i] ?? 0;
      weights[at] = postWeight[i] ?? 0;
      fill[t] = at + 1;
    }
    const surfaces = terms.map((t) => surface.get(t) ?? '');
    return new SearchIndex(facts.length, terms, surfaces, starts, docs, weights, lengths);
  }

  /**
   * The index as bytes: a magic line, a JSON header (vocabulary, sizes and `meta`), then the typed arrays.
   * Loading it back is a few array views, much faster than indexing again or parsing JSON.
   */
  encode(meta: Record<string, unknown> = {}): Buffer {
    const header: IndexHeader = {
      docCount: this.docCount,
      terms: [...this.terms],
      surface: [...this.surfaces],
      postings: this.docs.length,
      meta,
    };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const headLength = MAGIC.length + 4 + json.length;
    const pad = (4 - (headLength % 4)) % 4;
    const parts = [
      Buffer.from(MAGIC, 'latin1'),
      Buffer.from(new Uint32Array([json.length]).buffer),
      json,
      Buffer.alloc(pad),
      Buffer.from(this.starts.buffer, this.starts.byteOffset, this.starts.byteLength),
      Buffer.from(this.docs.buffer, this.docs.byteOffset, this.docs.byteLength),
      Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength),
      Buffer.from(this.lengths.buffer, this.lengths.byteOffset, this.lengths.byteLength),
    ];
    return Buffer.concat(parts);
  }

  /** Reads bytes written by encode; throws IndexFormatError for anything else, so a bad cache is never trusted. */
  static decode(bytes: Uint8Array): { index: SearchIndex; meta: Record<string, unknown> } {
    if (
      bytes.length < MAGIC.length + 4 ||
      Buffer.from(bytes.subarray(0, MAGIC.length)).toString('latin1') !== MAGIC
    ) {
      throw new IndexFormatError('not a kzt index');
    }
    // Typed arrays need aligned offsets; a buffer from a pool may not be, so copy once if it is not.
    const own = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
    const view = new DataView(own.buffer, own.byteOffset, own.byteLength);
    const jsonLength = view.getUint32(MAGIC.length, true);
    const jsonStart = MAGIC.length + 4;
    let header: IndexHeader;
    try {
      header = JSON.parse(
        Buffer.from(own.subarray(jsonStart, jsonStart + jsonLength)).toString('utf8'),
      ) as IndexHeader;
    } catch {
      throw new IndexFormatError('unreadable index header');
    }
    const { docCount, terms, surface, postings } = header;
    if (!Array.isArray(terms) || !Array.isArray(surface) || surface.length !== terms.length) {
      throw new IndexFormatError('bad index header');
    }
    let offset = jsonStart + jsonLength;
    offset += (4 - (offset % 4)) % 4;
    const need = (terms.length + 1) * 4 + postings * 8 + docCount * 2;
    if (!Number.isInteger(docCount) || !Number.isInteger(postings) || own.byteLength - offset !== need) {
      throw new IndexFormatError('index size does not match its header');
    }
    const at = (n: number) => own.byteOffset + ((offset += n) - n);
    const starts = new Uint32Array(own.buffer, at((terms.length + 1) * 4), terms.length + 1);
    const docs = new Uint32Array(own.buffer, at(postings * 4), postings);
    const weights = new Float32Array(own.buffer, at(postings * 4), postings);
    const lengths = new Uint16Array(own.buffer, at(docCount * 2), docCount);
    if (starts[terms.length] !== postings) throw new IndexFormatError('index postings do not add up');
    for (let i = 0; i < postings; i++)
      if ((docs[i] ?? 0) >= docCount) throw new IndexFormatError('index points past its facts');
    return {
      index: new SearchIndex(docCount, terms, surface, starts, docs, weights, lengths),
      meta: header.meta ?? {},
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
    const end = this.starts[id + 1] ?? 0;
    for (let i = this.starts[id] ?? 0; i < end; i++) visit(this.docs[i] ?? 0, this.weights[i] ?? 0);
  }

  /** Inverse document frequency (BM25 form): rare terms weigh more; a term in no fact (or null) weighs most. */
  idf(term: string | null): number {
    const id = term === null ? undefined : this.lookup.get(term);
    const df = id === undefined ? 0 : (this.starts[id + 1] ?? 0) - (this.starts[id] ?? 0);
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }
}
