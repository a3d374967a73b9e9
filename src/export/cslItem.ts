import type { CSL, CSLDate, CSLType } from '@citation-js/core';
import { parse as parseName } from '@citation-js/name';
import { mustParseFactDate, type DatePoint } from '../lib/dates.js';
import { authorsOf } from '../model/authorsOf.js';
import type { Source } from '../model/types.js';

/** How each kind of source is typed in CSL, and whether its publisher is the container (site, paper) or not. */
const KINDS: Record<string, { type: CSLType; publisherAs: 'container-title' | 'publisher' }> = {
  'news-report': { type: 'article-newspaper', publisherAs: 'container-title' },
  article: { type: 'article-magazine', publisherAs: 'container-title' },
  'official-statement': { type: 'webpage', publisherAs: 'container-title' },
  'official-page': { type: 'webpage', publisherAs: 'container-title' },
  'institutional-page': { type: 'webpage', publisherAs: 'container-title' },
  reference: { type: 'webpage', publisherAs: 'container-title' },
  encyclopedia: { type: 'entry-encyclopedia', publisherAs: 'container-title' },
  'legal-text': { type: 'legislation', publisherAs: 'publisher' },
  speech: { type: 'speech', publisherAs: 'publisher' },
};

/** Any other kind: a web page where there is a URL, else a document, with its publisher. */
function kindOf(source: Source): { type: CSLType; publisherAs: 'container-title' | 'publisher' } {
  return (
    KINDS[source.kind] ??
    (source.url
      ? { type: 'webpage', publisherAs: 'container-title' }
      : { type: 'document', publisherAs: 'publisher' })
  );
}

function dateParts(p: DatePoint): [number] | [number, number] | [number, number, number] {
  if (p.precision === 'year') return [p.year];
  if (p.precision === 'month') return [p.year, p.month ?? 1];
  return [p.year, p.month ?? 1, p.day ?? 1];
}

/** A kzt date as a CSL date at its own precision: a year, a month, a day, or a range of two. */
function cslDate(text: string): CSLDate {
  const d = mustParseFactDate(text);
  return { 'date-parts': d.end ? [dateParts(d.start), dateParts(d.end)] : [dateParts(d.start)] };
}

/** Whether a title is kzt's own [bracketed] description of an untitled or unread document. */
export function isDescription(title: string): boolean {
  return title.startsWith('[') && title.endsWith(']');
}

/**
 * A source as a CSL-JSON item: its kind as a CSL type, the publisher as the container (the newspaper, site or
 * encyclopedia) or as publisher, the date at its precision, the URL, the authors parsed into family and given
 * names. No access date: kzt records none and invents none. The id doubles as the BibTeX key.
 */
export function toCslItem(source: Source): CSL {
  const { type, publisherAs } = kindOf(source);
  const item: CSL = { id: source.id, 'citation-key': source.id, type, title: source.title };
  item[publisherAs] = source.publisher;
  const authors = authorsOf(source);
  if (authors.length > 0) item.author = authors.map((a) => parseName(a));
  if (source.date !== null) item.issued = cslDate(source.date);
  if (source.url) item.URL = source.url;
  return item;
}
