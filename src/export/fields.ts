import type { FactJson } from './factToJson.js';

/** The fields every fact has, in the order the JSON contract lists them. */
export const FACT_FIELDS = [
  'id',
  'text',
  'lang',
  'texts',
  'date',
  'kind',
  'tags',
  'entities',
  'sources',
  'status',
  'note',
  'notes',
  'visit',
  'series',
  'origin',
] as const;
/** Fields of `kzt facts search`: a fact plus its score. */
export const SEARCH_FIELDS = [...FACT_FIELDS, 'score'] as const;
/** Fields of `kzt anniversaries`: a fact plus its anniversary (also as two flat fields for spreadsheets). */
export const ANNIVERSARY_FIELDS = [...FACT_FIELDS, 'anniversary', 'years', 'anniversaryDate'] as const;

/** Default columns of csv, tsv and md exports of facts (JSON carries every field). */
export const TABULAR_FACT_FIELDS = [
  'id',
  'date',
  'kind',
  'status',
  'text',
  'tags',
  'entities',
  'sources',
  'note',
] as const;

/** The fields of a source in `kzt sources`, in the order of its JSON object. */
export const SOURCE_FIELDS = [
  'id',
  'title',
  'publisher',
  'author',
  'date',
  'kind',
  'url',
  'factCount',
] as const;
/** Fields of `kzt sources show`: a source plus the facts that cite it. */
export const SOURCE_SHOW_FIELDS = [...SOURCE_FIELDS, 'facts'] as const;

/** The fields of an entity in `kzt entities`, in the order of its JSON object. */
export const ENTITY_FIELDS = [
  'id',
  'name',
  'type',
  'description',
  'names',
  'aliases',
  'roles',
  'factCount',
] as const;
/** Fields of `kzt entities show`: an entity plus the facts that name it. */
export const ENTITY_SHOW_FIELDS = [...ENTITY_FIELDS, 'facts'] as const;

/** A fact as the exporter sees it: the JSON contract's object plus what a command adds. */
export interface FactRecord extends FactJson {
  score?: number;
  anniversary?: { years: number; date: string };
}

/** Any record a command prints: a JSON object whose fields --fields picks from. */
export type OutputRecord = object;

/** The value of a field of a record (virtual fields derived from the anniversary). */
function fieldValue(record: OutputRecord, field: string): unknown {
  const r = record as Record<string, unknown> & Partial<FactRecord>;
  if (field === 'years') return r.anniversary?.years;
  if (field === 'anniversaryDate') return r.anniversary?.date;
  return r[field];
}

/** The record with only the given fields, in that order (absent values as null), or whole when none given. */
export function project(record: OutputRecord, fields: readonly string[] | undefined): object {
  if (!fields) return record;
  return Object.fromEntries(fields.map((f) => [f, fieldValue(record, f) ?? null]));
}

/**
 * One item of a list as text: a citation as "source locator", a role as "role (from–to)", another object as its
 * id or name, else its string.
 */
function itemText(item: unknown): string {
  if (item !== null && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    if (typeof o.source === 'string') return [o.source, o.locator].filter(Boolean).join(' ');
    if (typeof o.role === 'string') {
      const from = typeof o.from === 'string' ? o.from : '';
      const to = typeof o.to === 'string' ? o.to : '';
      return from || to ? `${o.role} (${from}–${to})` : o.role;
    }
    return String(o.id ?? o.name ?? JSON.stringify(item));
  }
  return String(item);
}

/** A field's value as one line of text for tabular formats: lists joined with "; ", empty for null. */
export function cellText(record: OutputRecord, field: string): string {
  const value = fieldValue(record, field);
  if (value === undefined || value === null) return '';
  if (field === 'anniversary') {
    const a = value as { years: number; date: string };
    return `${a.years} ${a.date}`;
  }
  if (Array.isArray(value)) return value.map(itemText).join('; ');
  // An entity's names: "en: Ankara; ru: Анкара", one language after another.
  if (field === 'names' && typeof value === 'object') {
    return Object.entries(value as Record<string, string>)
      .map(([lang, name]) => `${lang}: ${name}`)
      .join('; ');
  }
  if (typeof value === 'number') return field === 'score' ? value.toFixed(3) : String(value);
  // A text per language (a series title) prints in English in tabular formats.
  if (typeof value === 'object' && typeof (value as { en?: unknown }).en === 'string')
    return (value as { en: string }).en;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
