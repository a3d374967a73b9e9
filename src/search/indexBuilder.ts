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
import { AGENT_TERM } from './asksWho.js';
import { countryRoles } from './countryRoles.js';
import { compressPostings, ENTITY, packRefs, type IndexParts } from './indexCodec.js';
import { PLAIN_TYPED, plainTurkishTerm, rawWords, termOf, termsOf } from './languageTerms.js';
import { nameTokens, stem, tokenize, words } from './tokenize.js';
import { isTime, ordinalPairs, wordReader, type PairReader } from './ordinalPairs.js';
import { ordinalOf, writeDigitOrdinals } from './ordinals.js';
import { stopwords } from './stopwords.js';
import { Vocabulary } from './Vocabulary.js';

/** A fact's statement in a language other than English, to index beside the English. */
export interface Translation {
  lang: Language;
  text: string;
}

/**
 * Phrases of a fact in one language, read word by word: its search keywords (data/keywords.json), indexed at a
 * person's description's weight, or the questions it answers (data/questions.json).
 */
export interface Keywords {
  lang: Language;
  words: readonly string[];
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

/** visitTypeTerms for a type given as a string (the builder's per-value cache keys by string). */
const visitTokens = (type: string): string[] => visitTypeTerms(type as Visit['type']);

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
  // A visit's type ("state visit" in four languages) is the data's own word for what the fact is, as deliberate
  // as a name: it outweighs the same word in passing in a text ("Tokayev received Türkiye's State Order during
  // his visit" is no state visit). Eval (282 facts, Russian "визит" kept whole): at 0.75 (a tag's weight)
  // "devlet ziyareti", "государственный визит" and "мемлекеттік сапар" found the State Order first (Turkish,
  // Russian, Kazakh hit@1 0.939, 0.970, 0.964); from 0.8 to 0.95 they find the state visit (0.970, 1.000, 1.000;
  // English 0.953 at 0.8 and 0.85, 0.963 from 0.9).
  visit: 0.9,
  text: 0.8,
  tag: 0.75,
  id: 0.5,
  // A note gives context (who claims what, corrections, other figures): it may find a fact by a word the fact
  // has nowhere else (a one-word query found only in a note scores this much, so it must reach the minimum
  // score of 0.5), but never before the facts whose own text says it. Eval (282 facts): hit@1 0.937 at 0.5,
  // 0.929 at 0.4 and at 0.6.
  note: 0.5,
  // A person's one-line description ("Kazakhstan's ambassador to Türkiye") lets role words find the fact; a fact's
  // search keywords (data/keywords.json: synonyms, the general term for what it is, its topic) count the same.
  // Eval (728 queries): keywords at 0.4 raise hit@3 0.960 → 0.968 and leave hit@1 at 0.930, with one false
  // positive fewer (5); at a tag's 0.75 hit@1 is 0.942 and hit@3 0.977, but three more queries that must find
  // nothing find facts (9); as a note's words (0.5, only those the fact has nowhere else) English hit@1 falls
  // to 0.935.
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
function dateTokens(date: string): string[] {
  if (date === '') return ['undated'];
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

/**
 * The fields in the order their weights combine (bit i of a posting's field set is FIELDS[i]): a visit's type
 * is a field of its own. A note is not among them: its words are indexed only when the
 * fact has them nowhere else, so a note's posting has no other field, and code 0 (no field) stands for it.
 */
const FIELDS = ['text', 'tag', 'entity', 'description', 'date', 'id', 'kind', 'visit'] as const;
const FIELD_WEIGHTS: Record<(typeof FIELDS)[number], number> = FIELD_WEIGHT;
const BIT = Object.fromEntries(FIELDS.map((f, i) => [f, 1 << i])) as Record<(typeof FIELDS)[number], number>;
/** The bit a posting's field set has when the term is in the fact's id (FactSearcher's ID_PENALTY reads it). */
export const ID_FIELD = BIT.id;
/** The bit a posting's field set has when the term is in the fact's text, in any language (ordinal pairs). */
export const TEXT_FIELD = BIT.text;

/** The weight of each set of fields a term can occur in: 1 − Π(1 − w), multiplied in field order; 0 a note. */
function fieldSetWeights(): Float32Array {
  const table = new Float32Array(1 << FIELDS.length);
  table[0] = FIELD_WEIGHT.note;
  for (let set = 1; set < table.length; set++) {
    let missed = 1;
    FIELDS.forEach((f, i) => {
      if (set & (1 << i)) missed *= 1 - FIELD_WEIGHTS[f];
    });
    table[set] = 1 - missed;
  }
  return table;
}

type Grows = Uint32Array | Int32Array | Uint8Array | Uint16Array;
function grow<T extends Grows>(a: T, make: (n: number) => T): T {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

/** Builds an index one fact at a time; `finish` gives its parts. */
export interface IndexBuilder {
  /**
   * Indexes a fact as fact number `doc` (by default the one after the last): numbers must ascend, but may skip
   * the facts another builder indexes (see mergeIndexParts).
   */
  add(fact: Fact, doc?: number): void;
  /** The index of the facts added, covering `docCount` facts (by default up to the last added). */
  finish(docCount?: number): IndexParts;
}

/**
 * An index built one fact at a time, in the order of their positions: a loader can index a file as it reads it,
 * without holding every fact. Each fact costs one pass over its tokens: a term's fields in the fact are gathered
 * in arrays indexed by term number rather than in maps made per fact, the text's words are stemmed and looked up
 * once per distinct spelling in the whole collection, and the terms of an entity, tag, date, id part or kind once
 * per value. `entityOf` resolves an entity id to its record (names in every language and aliases are indexed);
 * `expected` is how many postings to make room for at once (about one per 6 bytes of a data file);
 * `translationsOf` gives a fact's statement in the other languages, each indexed with its own stemmer.
 */
export function indexBuilder(
  entityOf: (id: string) => Entity | undefined,
  expected = 0,
  translationsOf: (fact: Fact) => readonly Translation[] = () => [],
  keywordsOf: (fact: Fact) => readonly Keywords[] = () => [],
  questionsOf: (fact: Fact) => readonly Keywords[] = () => [],
): IndexBuilder {
  return new Builder(entityOf, expected, translationsOf, keywordsOf, questionsOf);
}

class Builder implements IndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly surface = new Map<string, string>();
  /** For each surface, the fact it was first seen in: two builders' surfaces merge to the first. */
  private readonly surfaceDoc = new Map<string, number>();
  private lengths = new Uint16Array(1024);
  private docs = 0;
  // Postings in the order they are found (by fact), grouped by term at the end with a counting sort.
  private postTerm: Uint32Array;
  private postDoc: Uint32Array;
  private postFields: Uint8Array;
  private count = 0;
  // Per term: the last fact it was seen in (plus one), and the set of fields it occurs in within that fact.
  private seenInDoc = new Int32Array(1024);
  private fieldsOf = new Uint8Array(1024);
  private readonly inDoc: number[] = [];
  private readonly wordTerm = new Map<string, number>();
  /** The same for the words of each other language's text. */
  private readonly translatedTerm = new Map<Language, Map<string, number>>();
  /**
   * Per term of the English text's words, what ordinal pairs need (ordinalPairs): its ordinal number, and whether
   * it is a stopword (bit 1) or a "time" word (bit 2), read once per distinct word, so that a fact's words are
   * paired by term number without a look-up per word (at 100,000 facts one took a tenth of a first run).
   */
  private ordinalOfTerm = new Uint8Array(1024);
  private kindOfTerm = new Uint8Array(1024);
  private readonly termReader: PairReader<number> = {
    ordinal: (id) => this.ordinalOfTerm[id] as number,
    stop: (id) => ((this.kindOfTerm[id] as number) & 1) !== 0,
    time: (id) => ((this.kindOfTerm[id] as number) & 2) !== 0,
    term: (id) => this.terms[id],
  };
  private readonly stopTerms = stopwords();
  /** The same for the words of each other language's text, read as words (wordReader), one reader a language. */
  private readonly pairReaders = new Map<Language, PairReader<string>>();
  /** The term numbers of the English text being added, in order. */
  private readonly textIds: number[] = [];
  /** Whether each entity is a person or an organisation (isAgent), and the term of the facts naming one. */
  private readonly agents = new Map<string, boolean>();
  private agentTerm: number | undefined;
  /** Each entity's term: the facts citing it are its postings (see ENTITY). */
  private readonly entityTerm = new Map<string, number>();
  /** Each entity's name and description terms, which a fact citing it has (a note does not add them). */
  private readonly entityTerms = new Map<string, Set<number>>();
  /** For a term of an entity's names or description: the entities' terms, with the field (names, description). */
  private readonly refs = new Map<number, Map<number, number>>();
  private readonly valueTerms = {
    tag: new Map<string, number[]>(),
    date: new Map<string, number[]>(),
    id: new Map<string, number[]>(),
    kind: new Map<string, number[]>(),
    visit: new Map<string, number[]>(),
  };

  constructor(
    private readonly entityOf: (id: string) => Entity | undefined,
    postings: number,
    private readonly translationsOf: (fact: Fact) => readonly Translation[],
    private readonly keywordsOf: (fact: Fact) => readonly Keywords[],
    private readonly questionsOf: (fact: Fact) => readonly Keywords[],
  ) {
    // Sized for the postings expected, so they are not copied as they grow (pages never written cost nothing).
    const size = Math.max(1024, postings);
    this.postTerm = new Uint32Array(size);
    this.postDoc = new Uint32Array(size);
    this.postFields = new Uint8Array(size);
  }

  private termId(t: string): number {
    let id = this.termIds.get(t);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(t, id);
      this.terms.push(t);
      if (id === this.seenInDoc.length) {
        this.seenInDoc = grow(this.seenInDoc, (n) => new Int32Array(n));
        this.fieldsOf = grow(this.fieldsOf, (n) => new Uint8Array(n));
      }
    }
    return id;
  }

  /** Notes what ordinal pairs need of a new word of the English text, on its term (termReader). */
  private readForPairs(w: string, id: number): void {
    while (id >= this.ordinalOfTerm.length) {
      this.ordinalOfTerm = grow(this.ordinalOfTerm, (n) => new Uint8Array(n));
      this.kindOfTerm = grow(this.kindOfTerm, (n) => new Uint8Array(n));
    }
    const n = ordinalOf(w);
    if (n !== undefined && n < 256) this.ordinalOfTerm[id] = n;
    // A stopword by its term (isStopword reads the word in each script and stems it: at 100,000 facts, a tenth of a
    // first run again).
    const stop = this.stopTerms.has(this.terms[id] as string);
    this.kindOfTerm[id] = (this.kindOfTerm[id] as number) | (stop ? 1 : 0) | (isTime(w) ? 2 : 0);
  }

  private idsOf(tokens: readonly string[]): number[] {
    return tokens.map((t) => this.termId(t));
  }

  /**
   * The term of an entity, made on first use: its names' and description's terms then refer to it, instead of
   * each fact that cites the entity holding all of them (a fact names three entities of fifteen terms each: two
   * thirds of the postings would otherwise be these).
   */
  private entityTermOf(id: string): number {
    let term = this.entityTerm.get(id);
    if (term === undefined) {
      term = this.termId(`${ENTITY}${id}`);
      this.entityTerm.set(id, term);
      const e = this.entityOf(id);
      const names = e ? [e.name, ...Object.values(e.names ?? {}), ...e.aliases] : [];
      // A person's description gives their role ("Kazakhstan's ambassador to Türkiye"), which users search by.
      // Other descriptions would put words like "called" on nearly every fact. Digits are left out: "(2019– )"
      // must not make every Tokayev fact a 2019 fact.
      const description = e?.type === 'person' ? tokenize(e.description.replace(/\d+/g, ' ')) : [];
      const own = new Set<number>();
      this.entityTerms.set(id, own);
      const refer = (tokens: readonly string[], bit: number) => {
        for (const t of this.idsOf(tokens)) {
          own.add(t);
          let map = this.refs.get(t);
          if (!map) this.refs.set(t, (map = new Map()));
          map.set(term as number, (map.get(term as number) ?? 0) | bit);
        }
      };
      refer([...new Set([...tokenize(id), ...names.flatMap(nameTokens)])], BIT.entity);
      refer(description, BIT.description);
      // A fact may name an entity it does not list: each one-word name also finds the facts whose own words spell
      // it another way ("Turkey" a text that says "Türkiye", "Tokaev" one that says "Tokayev"), counted where
      // those words are (a reference without a field of its own, see postingsOf).
      const spellings = this.idsOf([
        ...new Set(names.map(nameTokens).flatMap((tokens) => (tokens.length === 1 ? tokens : []))),
      ]);
      for (const a of spellings) {
        let map = this.refs.get(a);
        if (!map) this.refs.set(a, (map = new Map()));
        for (const b of spellings) if (b !== a && !map.has(b)) map.set(b, 0);
      }
    }
    return term;
  }

  /** Whether an entity is a person or an organisation, worked out once per entity. */
  private isAgent(id: string): boolean {
    let agent = this.agents.get(id);
    if (agent === undefined) {
      const type = this.entityOf(id)?.type;
      this.agents.set(id, (agent = type === 'person' || type === 'organisation'));
    }
    return agent;
  }

  /** The terms of a tag, date, part of an id or kind, worked out once per value (no closure made per call). */
  private termsOfValue(
    map: Map<string, number[]>,
    value: string,
    tokens: (value: string) => string[],
  ): number[] {
    let cached = map.get(value);
    if (!cached) map.set(value, (cached = this.idsOf(tokens(value))));
    return cached;
  }

  /** Records that term `id` occurs in field `bit` of fact `doc`; its weight is that of its set of fields. */
  private mark(id: number, bit: number, doc: number): void {
    if (this.seenInDoc[id] !== doc + 1) {
      this.seenInDoc[id] = doc + 1;
      this.fieldsOf[id] = 0;
      this.inDoc.push(id);
    }
    this.fieldsOf[id] = (this.fieldsOf[id] as number) | bit;
  }

  /**
   * Records a word of a text in a language (a translation, a keyword or a question) in field `bit` of fact `doc`,
   * unless `skip` says the fact holds its term already: each spelling is stemmed once per language in the whole
   * collection, and a stem keeps the first spelling seen as its surface.
   */
  private markWord(
    w: string,
    lang: Language,
    bit: number,
    doc: number,
    skip?: (id: number) => boolean,
  ): void {
    let memo = this.translatedTerm.get(lang);
    if (!memo) this.translatedTerm.set(lang, (memo = new Map()));
    let id = memo.get(w);
    if (id === undefined) {
      const t = termOf(w, lang);
      id = t ? this.termId(t) : -1;
      if (t && t !== w && !this.surface.has(t)) {
        this.surface.set(t, w);
        this.surfaceDoc.set(t, doc);
      }
      if (lang === 'tr' && id >= 0) this.referPlain(w, id);
      memo.set(w, id);
    }
    if (id >= 0 && !skip?.(id)) this.mark(id, bit, doc);
  }

  /**
   * Makes the term of Turkish word `w` typed without Turkish letters (plainTurkishTerm) refer to the word's own
   * term `id`, with no field: a query typed so finds every fact that holds the word in any form, counted where
   * it holds it, as the word typed with its letters does. The term holds no postings of its own.
   */
  private referPlain(w: string, id: number): void {
    const plain = plainTurkishTerm(w);
    if (plain === undefined || plain === `${PLAIN_TYPED}${this.terms[id]}`) return;
    const from = this.termId(plain);
    let map = this.refs.get(from);
    if (!map) this.refs.set(from, (map = new Map()));
    if (!map.has(id)) map.set(id, 0);
  }

  /** Whether fact `doc` holds a term already, in a field or in the names and descriptions of its entities. */
  private heldBy(fact: Fact, doc: number): (id: number) => boolean {
    let named: Array<Set<number> | undefined> | undefined;
    return (id) =>
      this.seenInDoc[id] === doc + 1 ||
      (named ??= fact.entities.map((e) => this.entityTerms.get(e))).some((set) => set?.has(id));
  }

  private put(ids: readonly number[], bit: number, doc: number): void {
    for (const id of ids) this.mark(id, bit, doc);
  }

  add(fact: Fact, doc = this.docs): void {
    this.docs = doc + 1;
    while (doc >= this.lengths.length) this.lengths = grow(this.lengths, (n) => new Uint16Array(n));
    // The words of the text, each stemmed and looked up once per distinct spelling in the whole collection.
    const textWords = words(fact.text);
    this.lengths[doc] = Math.min(textWords.length, 0xffff);
    const ids = this.textIds;
    ids.length = 0;
    for (const w of textWords) {
      let id = this.wordTerm.get(w);
      if (id === undefined) {
        const t = stem(w);
        id = this.termId(t);
        if (w !== t && !this.surface.has(t)) {
          this.surface.set(t, w);
          this.surfaceDoc.set(t, doc);
        }
        this.wordTerm.set(w, id);
        this.readForPairs(w, id);
      }
      ids.push(id);
      this.mark(id, BIT.text, doc);
    }
    // An ordinal and the words after it, so that "first summit" can rank a fact on its first summit above one that
    // holds "first" elsewhere (FactSearcher's PAIR_PENALTY).
    for (const pair of ordinalPairs(ids, this.termReader)) this.mark(this.termId(pair), BIT.text, doc);
    // The roles the statement gives the two countries (whose embassy, in which country), in any of its languages.
    const roles = new Set(countryRoles(fact.text, 'en'));
    // The statement in each other language counts as the text does: it says the same thing.
    for (const { lang, text } of this.translationsOf(fact)) {
      const list = rawWords(text, lang);
      for (const w of list) this.markWord(w, lang, BIT.text, doc);
      // Read as a query reads them, ordinals in digits are ordinals ("13. toplantısında", "13-отырысына").
      const digits = writeDigitOrdinals(text);
      let reader = this.pairReaders.get(lang);
      if (!reader) this.pairReaders.set(lang, (reader = wordReader((w) => termOf(w, lang))));
      for (const pair of ordinalPairs(digits === text ? list : rawWords(digits, lang), reader))
        this.mark(this.termId(pair), BIT.text, doc);
      for (const role of countryRoles(text, lang)) roles.add(role);
    }
    for (const role of roles) this.mark(this.termId(role), BIT.text, doc);
    const values = this.valueTerms;
    for (const tag of fact.tags) this.put(this.termsOfValue(values.tag, tag, nameTokens), BIT.tag, doc);
    // Keywords describe the fact as a person's description describes them: each word read by its own
    // language's stemmer, at the description's weight.
    for (const { lang, words: list } of this.keywordsOf(fact)) {
      for (const phrase of list) {
        for (const w of rawWords(phrase, lang)) this.markWord(w, lang, BIT.description, doc);
      }
    }
    // A fact that names a person or an organisation can answer who (see asksWho).
    let agent = false;
    for (const e of fact.entities) {
      this.mark(this.entityTermOf(e), BIT.entity, doc);
      agent ||= this.isAgent(e);
    }
    if (agent) this.mark((this.agentTerm ??= this.termId(AGENT_TERM)), BIT.entity, doc);
    // An undated fact is kept under '' (no date is empty text) and indexed as "undated".
    this.put(this.termsOfValue(values.date, fact.date ?? '', dateTokens), BIT.date, doc);
    // Ids are kebab-case: their words are their parts (the number in "record-4711" is one term per fact).
    for (const part of fact.id.split('-'))
      this.put(this.termsOfValue(values.id, part, tokenize), BIT.id, doc);
    this.put(this.termsOfValue(values.kind, fact.kind, tokenize), BIT.kind, doc);
    if (fact.visit) this.put(this.termsOfValue(values.visit, fact.visit.type, visitTokens), BIT.visit, doc);
    // A note only adds words the fact does not have elsewhere (nor in the names of its entities): it may find a
    // fact, never strengthen what the fact itself says (a note repeating "visit" must not lift a postponed trip
    // above the visits). Its postings have no field: code 0.
    const held = this.heldBy(fact, doc);
    if (fact.note) {
      for (const id of this.idsOf(tokenize(fact.note))) if (!held(id)) this.mark(id, 0, doc);
    }
    // The questions a fact answers add the words people ask for it with that it holds nowhere else (nor in the
    // names of its entities), as a description's words do: they may find it, never strengthen what it says. Eval
    // (2,967 queries, six questions per fact and language): holdout hit@1 en 0.914 → 0.928, tr 0.888 → 0.917, ru
    // 0.896 → 0.917, kk 0.887 → 0.919, false positives 32 → 36; at a note's weight (0.5) half a point more of
    // hit@1 for four more false positives, at a tag's (0.75) seven more; only the words two or three of a fact's
    // questions share, no gain at all.
    for (const { lang, words: list } of this.questionsOf(fact)) {
      for (const question of list) {
        for (const w of rawWords(question, lang)) this.markWord(w, lang, BIT.description, doc, held);
      }
    }
    for (const id of this.inDoc) {
      if (this.count === this.postTerm.length) {
        this.postTerm = grow(this.postTerm, (n) => new Uint32Array(n));
        this.postDoc = grow(this.postDoc, (n) => new Uint32Array(n));
        this.postFields = grow(this.postFields, (n) => new Uint8Array(n));
      }
      this.postTerm[this.count] = id;
      this.postDoc[this.count] = doc;
      this.postFields[this.count] = this.fieldsOf[id] as number;
      this.count++;
    }
    this.inDoc.length = 0;
  }

  /** The postings grouped by term (numbered as in `renumber`), each term's in fact order: a counting sort. */
  private grouped(renumber: Uint32Array): { starts: Uint32Array; docs: Uint32Array; codes: Uint8Array } {
    const { postTerm, postDoc, postFields, count } = this;
    const terms = renumber.length;
    const starts = new Uint32Array(terms + 1);
    for (let i = 0; i < count; i++) {
      const k = (renumber[postTerm[i] as number] as number) + 1;
      starts[k] = (starts[k] as number) + 1;
    }
    for (let t = 0; t < terms; t++) starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
    const fill = starts.slice(0, terms);
    const docs = new Uint32Array(count);
    const codes = new Uint8Array(count);
    // Postings were found in fact order, so each term's list comes out sorted by fact.
    for (let i = 0; i < count; i++) {
      const t = renumber[postTerm[i] as number] as number;
      const at = fill[t] as number;
      docs[at] = postDoc[i] as number;
      codes[at] = postFields[i] as number;
      fill[t] = at + 1;
    }
    return { starts, docs, codes };
  }

  /** Each term's last fact (numbered as in `renumber`): where `mark` left it, plus one (0 for no postings). */
  private lastDocs(renumber: Uint32Array): Uint32Array {
    const last = new Uint32Array(renumber.length);
    for (let id = 0; id < renumber.length; id++)
      last[renumber[id] as number] = Math.max(0, (this.seenInDoc[id] as number) - 1);
    return last;
  }

  finish(docCount = this.docs): IndexParts {
    // Terms in sorted order (and numbered so): lookups are binary searches, and the sorted vocabulary is free.
    const sorted = this.terms.slice().sort();
    const renumber = new Uint32Array(sorted.length);
    sorted.forEach((t, i) => (renumber[this.termIds.get(t) as number] = i));
    const { starts, docs, codes } = this.grouped(renumber);
    // The raw postings are not needed any more: let them go before the compressed ones are made.
    this.postTerm = this.postDoc = new Uint32Array(0);
    this.postFields = new Uint8Array(0);
    const lengths = new Uint16Array(docCount);
    lengths.set(this.lengths.subarray(0, Math.min(this.docs, docCount)));
    const refs = sorted.map((t) =>
      [...(this.refs.get(this.termIds.get(t) as number) ?? [])]
        .map(([term, bits]): [number, number] => [renumber[term] as number, bits])
        .sort((a, b) => a[0] - b[0]),
    );
    return {
      docCount,
      terms: Vocabulary.of(sorted),
      surfaces: Vocabulary.of(sorted.map((t) => this.surface.get(t) ?? '')),
      surfaceDocs: Int32Array.from(sorted, (t) => this.surfaceDoc.get(t) ?? -1),
      lastDocs: this.lastDocs(renumber),
      lengths,
      ...compressPostings(starts, docs, codes, fieldSetWeights()),
      ...packRefs(refs),
    };
  }
}
