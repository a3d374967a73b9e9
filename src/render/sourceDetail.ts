import { formatDateText } from '../lib/dates.js';
import { authorsOf } from '../model/authorsOf.js';
import type { Fact, Source } from '../model/types.js';
import { DetailPage } from './DetailPage.js';
import type { Style } from './style.js';

/**
 * One source for reading: its title (saying when kzt supplied it), publisher, authors, date, kind and URL, then
 * every fact that cites it, in date order, each with where in the source (the paragraph) when known.
 */
export function renderSourceDetail(
  source: Source,
  facts: readonly Fact[],
  columns: number,
  style: Style,
): string {
  const { chalk } = style;
  const page = new DetailPage(columns, style);
  page.heading(source.id).block(source.title, 2);
  if (source.title.startsWith('[')) {
    page.block("(a description by kzt: the document's own title is not recorded)", 2, chalk.dim);
  }
  page.lines('');
  page.field('Publisher', source.publisher);
  const authors = authorsOf(source);
  if (authors.length > 0) page.field(authors.length === 1 ? 'Author' : 'Authors', authors);
  page.field(
    'Date',
    source.date === null ? 'undated' : `${formatDateText(source.date)} (${source.date})`,
    chalk.cyan,
  );
  page.field('Kind', source.kind);
  if (source.url) page.field('URL', source.url, chalk.blue);

  const entries = facts.map((fact) => {
    const locator = fact.sources.find((r) => r.source === source.id)?.locator;
    // A paragraph or a page is worth showing; a locator that repeats the URL is not.
    const prefix = locator && locator !== source.url && !/^https?:/.test(locator) ? locator : undefined;
    return { fact, label: formatDateText(fact.date), prefix };
  });
  page.facts(`Cited by ${facts.length === 1 ? '1 fact' : `${facts.length} facts`}`, entries);
  return page.toString();
}
