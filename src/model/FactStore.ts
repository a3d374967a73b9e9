import { closest } from '../lib/closest.js';
import { fold } from '../lib/fold.js';
import { LANGUAGES, TRANSLATED, type Language } from '../lib/language.js';
import { arrayFactList, type FactList } from './FactList.js';
import type {
  DataSet,
  Entity,
  Fact,
  FactLists,
  FactText,
  Series,
  Source,
  SourceRef,
  Target,
  TextTable,
} from './types.js';

/** A citation resolved against the register: the reference plus the source's own fields, so it stands alone. */
export interface ResolvedSource {
  source: string;
  locator: string | null;
  title: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
  kind: string | null;
}

/** A fact's statement and note as shown in a language; `lang` is the language the text is really in. */
export interface LocalText {
  text: string;
  note?: string;
  lang: Language;
}

/** Where the translations of the bundled facts come from: one table per language, read when first asked for. */
export type TextSource = (lang: Language) => TextTable;

/** The folded form names are compared in: case, diacritics, script and punctuation do not count. */
function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name an entity answers to: its id, its name, its name in each language and its aliases. */
function entityNames(e: Entity): string[] {
  return [e.id, e.name, ...Object.values(e.names ?? {}), ...e.aliases];
}

/** A fact's lists (keywords, questions) in each language that has one, in the languages' order. */
function listsOf(
  table: FactLists | undefined,
  fact: Fact,
): Array<{ lang: Language; words: readonly string[] }> {
  const own = table?.[fact.id];
  return own ? LANGUAGES.flatMap((lang) => (own[lang] ? [{ lang, words: own[lang] }] : [])) : [];
}

/** Ids that begin with what was typed (from four characters on), then those a few typos from it. */
function nearIds(id: string, ids: readonly string[], limit: number): string[] {
  const longer = id.length >= 4 ? ids.filter((f) => f.startsWith(id)).sort() : [];
  return [...new Set([...longer, ...closest(id, ids, limit)])].slice(0, limit);
}

/**
 * The loaded fact base as plain data: facts in file order, the figure series and targets, the registers of
 * sources and entities, and lookups by id and by any entity name or alias. It knows nothing of searching or
 * printing.
 */
export class FactStore {
  private readonly list: FactList;
  private all: readonly Fact[] | undefined;
  private docById: Map<string, number> | undefined;
  private seriesById: Map<string, Series> | undefined;
  private sourcesMap: Map<string, Source> | undefined;
  private entitiesMap: Map<string, Entity> | undefined;
  private aliasMap: Map<string, Set<string>> | undefined;

  /** A store of data in memory, or of facts read on demand (`facts` as a FactList) beside their registers. */
  constructor(
    private readonly data: Omit<DataSet, 'facts'> & { facts: readonly Fact[] | FactList },
    private readonly texts?: TextSource,
  ) {
    if (Array.isArray(data.facts)) {
      this.all = data.facts as readonly Fact[];
      this.list = arrayFactList(this.all);
    } else {
      this.list = data.facts as FactList;
    }
  }

  /** The registers by id, made on first use: a search that prints no source or entity never reads them. */
  private get sourcesById(): Map<string, Source> {
    this.sourcesMap ??= new Map(this.data.sources.map((s) => [s.id, s]));
    return this.sourcesMap;
  }

  private get entitiesById(): Map<string, Entity> {
    this.entitiesMap ??= new Map(this.data.entities.map((e) => [e.id, e]));
    return this.entitiesMap;
  }

  /** Every fact, in order (read whole on first use when the facts are kept on disk). */
  get facts(): readonly Fact[] {
    this.all ??= Array.from({ length: this.list.length }, (_, doc) => this.list.at(doc));
    return this.all;
  }

  /** How many facts there are, without reading them. */
  get count(): number {
    return this.list.length;
  }

  /** The fact at a position in the collection. */
  factAt(doc: number): Fact {
    return this.all?.[doc] ?? this.list.at(doc);
  }

  /**
   * The facts one at a time, in order, optionally only those `filter` keeps: when they are kept on disk each is
   * read as it is reached and can be forgotten after, so going through a million holds one in memory.
   */
  *each(filter?: (fact: Fact) => boolean): Generator<Fact> {
    for (let doc = 0; doc < this.list.length; doc++) {
      const fact = this.factAt(doc);
      if (!filter || filter(fact)) yield fact;
    }
  }

  /** Position of each fact id; built on first use (a search over 100,000 facts never needs it). */
  private positions(): Map<string, number> {
    if (!this.docById) {
      const map = new Map<string, number>();
      // From the ids kept beside the facts when there are (not reading 100,000 facts to find one), else the facts.
      const ids = this.all ? undefined : this.list.ids?.();
      if (ids) ids.forEach((id, doc) => map.set(id, doc));
      else {
        let doc = 0;
        for (const f of this.each()) map.set(f.id, doc++);
      }
      this.docById = map;
    }
    return this.docById;
  }

  /** The fact with this id, if any. */
  fact(id: string): Fact | undefined {
    const doc = this.positions().get(id);
    return doc === undefined ? undefined : this.factAt(doc);
  }

  /** The figure series, in file order (read on first use: most runs need none). */
  get series(): readonly Series[] {
    return this.data.series ?? [];
  }

  /** Targets announced, in file order: annotations on series, not data. */
  get targets(): readonly Target[] {
    return this.data.targets ?? [];
  }

  /** The figure series with this id, if any. */
  findSeries(id: string): Series | undefined {
    this.seriesById ??= new Map(this.series.map((s) => [s.id, s]));
    return this.seriesById.get(id);
  }

  /**
   * The series a word picks: the one with that id, else every series whose id starts with it (`trade` picks
   * trade-kz, trade-tr, ...), in file order. An exact id wins so that `trade-tr` is not also trade-tr-exports.
   */
  seriesMatching(word: string): Series[] {
    const exact = this.findSeries(word);
    return exact ? [exact] : this.series.filter((s) => s.id.startsWith(word));
  }

  /** The targets that annotate a series, in file order. */
  targetsOf(seriesId: string): Target[] {
    return this.targets.filter((t) => t.series.includes(seriesId));
  }

  /** The source with this id, if any. */
  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  /** The entity with this id, if any. */
  entity(id: string): Entity | undefined {
    return this.entitiesById.get(id);
  }

  /** Every entity, in file order. */
  get entities(): Entity[] {
    return [...this.entitiesById.values()];
  }

  /** Every source, in file order. */
  get sources(): Source[] {
    return [...this.sourcesById.values()];
  }

  /** A fact's citations resolved against the register: fields embedded in the fact win, then the source's. */
  sourcesOf(fact: Fact): ResolvedSource[] {
    return this.resolve(fact.sources);
  }

  /** Citations (of a fact, a figure or a target) resolved against the register; embedded fields win. */
  resolve(refs: readonly SourceRef[]): ResolvedSource[] {
    return refs.map((ref) => {
      const s = this.source(ref.source);
      const url = ref.url ?? s?.url ?? null;
      return {
        source: ref.source,
        locator: ref.locator ?? url,
        title: ref.title ?? s?.title ?? null,
        publisher: ref.publisher ?? s?.publisher ?? null,
        date: ref.date !== undefined ? ref.date : (s?.date ?? null),
        url,
        kind: ref.kind ?? s?.kind ?? null,
      };
    });
  }

  /**
   * A fact's own translation into a language: a user file's `texts`, else (bundled facts only) the bundled table.
   * A user fact that replaces a bundled one keeps none of the bundled translations: they are of another text.
   */
  private translation(fact: Fact, lang: Language): FactText | undefined {
    if (lang === 'en') return { text: fact.text, note: fact.note };
    const own = fact.texts?.[lang];
    if (own) return { text: own, note: fact.notes?.[lang] ?? undefined };
    if (fact.origin !== undefined || !this.texts) return undefined;
    return this.texts(lang).get(fact.id);
  }

  /** A fact's statement and note in a language, each falling back to English where it has no translation. */
  textIn(fact: Fact, lang: Language): LocalText {
    const t = this.translation(fact, lang);
    if (!t) return { text: fact.text, note: fact.note, lang: 'en' };
    return { text: t.text, note: fact.note === undefined ? undefined : (t.note ?? fact.note), lang };
  }

  /** The fact as a reader of a language sees it: its text and note in that language (English where untranslated). */
  localised(fact: Fact, lang: Language): Fact {
    if (lang === 'en') return fact;
    const { text, note } = this.textIn(fact, lang);
    return note === undefined ? { ...fact, text } : { ...fact, text, note };
  }

  /** A fact's statement in every language, null where it has no translation (English is always there). */
  textsOf(fact: Fact): Record<Language, string | null> {
    const out = { en: fact.text } as Record<Language, string | null>;
    for (const lang of TRANSLATED) out[lang] = this.translation(fact, lang)?.text ?? null;
    return out;
  }

  /** A fact's note in every language (null where untranslated), or undefined when it has no note. */
  notesOf(fact: Fact): Record<Language, string | null> | undefined {
    if (fact.note === undefined) return undefined;
    const out = { en: fact.note } as Record<Language, string | null>;
    for (const lang of TRANSLATED) out[lang] = this.translation(fact, lang)?.note ?? null;
    return out;
  }

  /** A fact's search keywords in each language that has some, for indexing. */
  keywordsOf(fact: Fact): Array<{ lang: Language; words: readonly string[] }> {
    return listsOf(this.data.keywords, fact);
  }

  /** The questions a fact answers in each language that has some, for indexing. */
  questionsOf(fact: Fact): Array<{ lang: Language; words: readonly string[] }> {
    return listsOf(this.data.questions, fact);
  }

  /** The translations of a fact's statement that exist (English aside), for indexing every language. */
  translationsOf(fact: Fact): Array<{ lang: Language; text: string }> {
    return LANGUAGES.flatMap((lang) => {
      const text = lang === 'en' ? undefined : this.translation(fact, lang)?.text;
      return text ? [{ lang, text }] : [];
    });
  }

  /** An entity's display name in a language: its name there, else its (English) name. */
  entityName(entity: Entity, lang: Language): string {
    return entity.names?.[lang] ?? entity.name;
  }

  /**
   * The entity ids a user's word names: its id, its name in any language or any alias, compared folded, so
   * "erdogan", "Erdoğan" and "Эрдоган" all give ["erdogan"]. Empty when nothing matches.
   */
  resolveEntity(text: string): string[] {
    if (!this.aliasMap) {
      this.aliasMap = new Map();
      for (const e of this.entitiesById.values()) {
        for (const name of entityNames(e)) {
          const key = nameKey(name);
          const set = this.aliasMap.get(key) ?? new Set<string>();
          set.add(e.id);
          this.aliasMap.set(key, set);
        }
      }
    }
    return [...(this.aliasMap.get(nameKey(text)) ?? [])];
  }

  /** Entity ids whose id, name or an alias is a few typos from a word, for "did you mean" after an unknown name. */
  closestEntities(text: string, limit = 3): string[] {
    const byName = new Map<string, string>();
    for (const e of this.entitiesById.values())
      for (const name of entityNames(e)) if (!byName.has(nameKey(name))) byName.set(nameKey(name), e.id);
    const names = closest(nameKey(text), byName.keys(), limit * 3);
    return [...new Set(names.map((n) => byName.get(n) ?? n))].slice(0, limit);
  }

  /** Fact ids that begin with what was typed, or are a few typos from it, for "did you mean" after an unknown id. */
  closestIds(id: string, limit = 3): string[] {
    return nearIds(id, [...this.positions().keys()], limit);
  }

  /** Source ids that begin with what was typed, or are a few typos from it. */
  closestSourceIds(id: string, limit = 3): string[] {
    return nearIds(id, [...this.sourcesById.keys()], limit);
  }

  /** The facts that cite a source, in file order. */
  factsCiting(sourceId: string): Fact[] {
    return this.facts.filter((f) => f.sources.some((ref) => ref.source === sourceId));
  }

  /** The facts that name an entity, in file order. */
  factsNaming(entityId: string): Fact[] {
    return this.facts.filter((f) => f.entities.includes(entityId));
  }

  /** Series ids a few typos from what was typed, for "did you mean" after an unknown series. */
  closestSeries(id: string, limit = 3): string[] {
    return nearIds(
      id,
      this.series.map((s) => s.id),
      limit,
    );
  }
}
