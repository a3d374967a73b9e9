/** The shapes of kzt's data files (see data/kzt.schema.json, which is their contract). */

import type { Language } from '../lib/language.js';

/** How well a fact is attested: two or more independent sources, one, or contradicted (the schema's list). */
export const FACT_STATUSES = ['corroborated', 'single-source', 'disputed'] as const;
/** One of FACT_STATUSES. */
export type FactStatus = (typeof FACT_STATUSES)[number];

/** What sort of thing a fact records (the schema's list; a test holds them equal). */
export const FACT_KINDS = ['event', 'agreement', 'visit', 'statement', 'quote', 'figure', 'other'] as const;
/** One of FACT_KINDS. */
export type FactKind = (typeof FACT_KINDS)[number];

/** A citation: a source id plus where in it (a paragraph ¶N, or a URL). */
export interface SourceRef {
  source: string;
  locator?: string | null;
  // Exported facts embed the source's own fields so a file stands on its own; the loader reads them back.
  title?: string | null;
  publisher?: string | null;
  date?: string | null;
  url?: string | null;
  kind?: string | null;
}

/** Who travelled where on a visit (facts of kind `visit` only). */
export interface Visit {
  /** Entity ids of the people who travelled. */
  by: string[];
  /** The country visited. */
  host: 'kazakhstan' | 'turkiye';
  /** Entity ids of the cities visited. */
  places: string[];
  type: 'state' | 'official' | 'working' | 'summit' | 'other';
}

/** One dated, sourced statement in kzt's own words. */
export interface Fact {
  id: string;
  text: string;
  date: string | null;
  kind: FactKind;
  tags: string[];
  entities: string[];
  sources: SourceRef[];
  status: FactStatus;
  note?: string;
  /** Required on visits: who travelled where. */
  visit?: Visit;
  /** Ids of the figure series that hold this fact's numbers. */
  series?: string[];
  /** A user file's own translations of the text (bundled facts keep theirs in data/texts/); null: none. */
  texts?: Partial<Record<Language, string | null>>;
  /** A user file's own translations of the note. */
  notes?: Partial<Record<Language, string | null>>;
  /** The user file a fact came from; absent for bundled facts. */
  origin?: string;
}

/** A document facts cite. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  date: string | null;
  url?: string;
  kind: string;
  /** Who wrote it, as the document names them: one name or several, "Given Family" or "Family, Given". */
  author?: string | string[];
}

/** The languages kzt speaks, and the Latin spelling of Kazakh for names. */
export type NameLanguage = Language | 'kk-Latn';

/** An office or role, with its dates where known (null: unknown, or still held for `to`). */
export interface Role {
  role: string;
  from?: string | null;
  to?: string | null;
}

/** What sort of thing an entity is (the schema's list; a test holds them equal). */
export const ENTITY_TYPES = ['person', 'country', 'city', 'organisation', 'agreement', 'other'] as const;

/** A person, country, city, organisation or agreement that facts mention. */
export interface Entity {
  id: string;
  name: string;
  type: string;
  description: string;
  aliases: string[];
  /** The display name per language; a language without one shows `name`. */
  names?: Partial<Record<NameLanguage, string>>;
  roles?: Role[];
}

/** Whose statistics a series is: Kazakh, Turkish, or another or unstated basis (the schema's list). */
export const STATISTICS = ['kazakhstan', 'turkiye', 'other'] as const;
/** One of STATISTICS. */
export type Statistics = (typeof STATISTICS)[number];

/** How a source words a value: about, almost (just under) or more than. */
export type Qualifier = 'about' | 'almost' | 'more-than';

/** A text per language; English is always there. */
export type LocalizedText = { en: string } & Partial<Record<NameLanguage, string>>;

/** One figure of a series: a value for a period, with its sources. */
export interface SeriesPoint {
  /** YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, or a range START/END of those. */
  period: string;
  value: number;
  qualifier?: Qualifier;
  exports?: number;
  imports?: number;
  /** The value covers only part of the year: never shown as a full year. */
  partial?: boolean;
  /** Rests on a weak source, kept because no other figure exists. */
  lowConfidence?: boolean;
  sources: SourceRef[];
  status: FactStatus;
  note?: string;
}

/** A time series of figures from one side's statistics (the two sides' figures are never mixed in one). */
export interface Series {
  id: string;
  title: LocalizedText;
  unit: string;
  statistics: Statistics;
  note?: string;
  points: SeriesPoint[];
}

/** A target someone announced: an annotation on series, never a data point. */
export interface Target {
  id: string;
  /** When it was announced (a fact date). */
  announced: string;
  /** Entity ids of who announced it. */
  by: string[];
  value: number;
  unit: string;
  /** The year it is to be reached by, or null when none was given. */
  year?: string | null;
  text: string;
  sources: SourceRef[];
  /** Ids of the series it annotates. */
  series: string[];
}

/** The collections a data file may hold (figure series and targets are optional in a file). */
export interface DataSet {
  sources: Source[];
  entities: Entity[];
  facts: Fact[];
  series?: Series[];
  targets?: Target[];
  /** The bundled facts' search keywords (data/keywords.json); a user's data has none. */
  keywords?: FactLists;
  /** The questions each bundled fact answers (data/questions.json); a user's data has none. */
  questions?: FactLists;
}

/**
 * Lists of phrases by fact id and language, indexed for search and never printed: a fact's search keywords (words
 * a question may use that the fact's text does not: synonyms, the general term for what it is, its topic; never
 * names, numbers or dates), or the questions a fact answers, as readers would ask them.
 */
export type FactLists = Readonly<Record<string, Partial<Record<Language, readonly string[]>>>>;

/** A fact's statement, and its note when it has one, in one language. */
export interface FactText {
  text: string;
  note?: string;
}

/** The translations of the bundled facts into one language, by fact id. */
export type TextTable = ReadonlyMap<string, FactText>;
