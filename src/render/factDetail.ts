import { formatDateText } from '../lib/dates.js';
import type { FactStore } from '../model/FactStore.js';
import type { Fact } from '../model/types.js';
import { DetailPage } from './DetailPage.js';
import type { Style } from './style.js';
import { visitSummary } from './visitsView.js';

/**
 * Everything kzt knows about one fact, for reading: the text, date, kind, status and note, the entities it
 * mentions with their descriptions, and every source with publisher, date, locator and URL.
 */
export function renderFactDetail(fact: Fact, store: FactStore, columns: number, style: Style): string {
  const { chalk } = style;
  const page = new DetailPage(columns, style);
  const statusColour =
    fact.status === 'disputed' ? chalk.red : fact.status === 'single-source' ? chalk.yellow : chalk.green;

  page.heading(fact.id).block(fact.text, 2).lines('');
  page.field(
    'Date',
    fact.date === null ? 'undated' : `${formatDateText(fact.date)} (${fact.date})`,
    chalk.cyan,
  );
  page.field('Kind', fact.kind);
  page.field('Status', fact.status, statusColour);
  if (fact.note) page.field('Note', fact.note);
  if (fact.visit) page.field('Visit', visitSummary(fact, store).replace(/:$/, ''));
  if (fact.tags.length > 0) page.field('Tags', fact.tags.join(', '));
  if (fact.origin) page.field('Origin', fact.origin);
  // A figure's numbers belong to series: one command that shows them by year, with the other statistics.
  if (fact.series?.length) page.field('Figures', `See kzt figures ${fact.series.join(' ')}`);

  if (fact.entities.length > 0) {
    page.section('Entities');
    for (const id of fact.entities) {
      const e = store.entity(id);
      page.hanging(e ? `${e.name} (${e.id}): ${e.description}` : id, 2, 4);
    }
  }

  page.section('Sources');
  store.sourcesOf(fact).forEach((s, i) => {
    const meta = [s.publisher, s.date === null ? null : formatDateText(s.date), s.kind]
      .filter(Boolean)
      .join(', ');
    page.hanging(`${i + 1}. ${s.title ?? s.source}${meta ? ` (${meta})` : ''}`, 2, 5);
    if (s.locator && s.locator !== s.url) page.block(`at ${s.locator}`, 5);
    if (s.url) page.block(s.url, 5, chalk.blue);
  });
  return page.toString();
}
