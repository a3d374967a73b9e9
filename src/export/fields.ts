import type { FactJson } from './factToJson.js';

/** The fields every fact has, in the order the JSON contract lists them. */
export const FACT_FIELDS = [
  'id',
  'text',
  'date',
  'kind',
  'tags',
  'entities',
  'sources',
  'status',
  'note',
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

/** A fact as the exporter sees it: the JSON contract's object plus what a command adds. */
export interface FactRecord extends FactJson {
  score?: number;
  anniversary?: { years: number; date: string };
}

/** The value of a field of a record (virtual fields derived from the anniversary). */
function fieldValue(record: FactRecord, field: string): unknown {
  if (field === 'years') return record.anniversary?.years;
  if (field === 'anniversaryDate') return record.anniversary?.date;
  return (record as unknown as Record<string, unknown>)[field];
}

/** The record with only the given fields, in that order (absent values as null), or whole when none given. */
export function project(record: FactRecord, fields: readonly string[] | undefined): object {
  if (!fields) return record;
  return Object.fromEntries(fields.map((f) => [f, fieldValue(record, f) ?? null]));
}

/** A field's value as one line of text for tabular formats: lists joined with "; ", empty for null. */
export function cellText(record: FactRecord, field: string): string {
  const value = fieldValue(record, field);
  if (value === undefined || value === null) return '';
  if (field === 'sources') {
    return record.sources.map((s) => [s.source, s.locator].filter(Boolean).join(' ')).join('; ');
  }
  if (field === 'anniversary' && record.anniversary)
    return `${record.anniversary.years} ${record.anniversary.date}`;
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'number') return field === 'score' ? value.toFixed(3) : String(value);
  return String(value);
}
