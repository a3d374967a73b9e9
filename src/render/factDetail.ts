import { formatDateIn } from '../lib/formatDate.js';
import type { Language } from '../lib/language.js';
import type { FactStore } from '../model/FactStore.js';
import type { Fact } from '../model/types.js';
import { DetailPage } from './DetailPage.js';
import { labelsFor } from './labels.js';
import type { Style } from './style.js';
import { visitSummary } from './visitsView.js';

/**
 * Everything kzt knows about one fact, for reading: the text, date, kind, status and note, the entities it
 * mentions with their descriptions, and every source with publisher, date, locator and URL. The text, note,
 * entity names, labels and dates are in `lang` (a text not yet translated shows in English).
 */
export function renderFactDetail(
  fact: Fact,
  store: FactStore,
  columns: number,
  style: Style,
  lang: Language = 'en',
): string {
  const { chalk } = style;
  const labels = labelsFor(lang);
  const local = store.textIn(fact, lang);
  const labelWidth = Math.max(
    10,
    ...[
      labels.date,
      labels.kind,
      labels.status,
      labels.note,
      labels.visit,
      labels.tags,
      labels.origin,
      labels.figures,
    ].map((l) => l.length + 2),
  );
  const page = new DetailPage(columns, style, labelWidth);
  const statusColour =
    fact.status === 'disputed' ? chalk.red : fact.status === 'single-source' ? chalk.yellow : chalk.green;

  page.heading(fact.id).block(local.text, 2).lines('');
  page.field(
    labels.date,
    fact.date === null ? labels.undated : `${formatDateIn(fact.date, lang)} (${fact.date})`,
    chalk.cyan,
  );
  page.field(labels.kind, labels.kinds[fact.kind]);
  page.field(labels.status, labels.statuses[fact.status], statusColour);
  if (local.note) page.field(labels.note, local.note);
  if (fact.visit) page.field(labels.visit, visitSummary(fact, store, lang).replace(/:$/, ''));
  if (fact.tags.length > 0) page.field(labels.tags, fact.tags.join(', '));
  if (fact.origin) page.field(labels.origin, fact.origin);
  // A figure's numbers belong to series: one command that shows them by year, with the other statistics.
  if (fact.series?.length) page.field(labels.figures, `${labels.see} kzt figures ${fact.series.join(' ')}`);

  if (fact.entities.length > 0) {
    page.section(labels.entities);
    for (const id of fact.entities) {
      const e = store.entity(id);
      page.hanging(e ? `${store.entityName(e, lang)} (${e.id}): ${e.description}` : id, 2, 4);
    }
  }

  page.section(labels.sources);
  store.sourcesOf(fact).forEach((s, i) => {
    const meta = [s.publisher, s.date === null ? null : formatDateIn(s.date, lang), s.kind]
      .filter(Boolean)
      .join(', ');
    page.hanging(`${i + 1}. ${s.title ?? s.source}${meta ? ` (${meta})` : ''}`, 2, 5);
    if (s.locator && s.locator !== s.url) page.block(`${labels.at} ${s.locator}`, 5);
    if (s.url) page.block(s.url, 5, chalk.blue);
  });
  return page.toString();
}
