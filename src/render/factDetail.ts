import { formatDateText } from '../lib/dates.js';
import type { FactStore } from '../model/FactStore.js';
import type { Fact } from '../model/types.js';
import type { Style } from './style.js';
import { terminalSafe } from './terminalSafe.js';
import { visitSummary } from './visitsView.js';
import { hang, wrap } from './wrap.js';

const LABEL = 10;

/**
 * Everything kzt knows about one fact, for reading: the text, date, kind, status and note, the entities it
 * mentions with their descriptions, and every source with publisher, date, locator and URL.
 */
export function renderFactDetail(fact: Fact, store: FactStore, columns: number, style: Style): string {
  const { chalk } = style;
  const width = Math.max(20, columns);
  const out: string[] = [];
  const block = (text: string, indent: number): string[] =>
    wrap(terminalSafe(text), width - indent).map((l) => `${' '.repeat(indent)}${l}`);
  const field = (label: string, value: string, colour = (s: string) => s): void => {
    const lines = wrap(terminalSafe(value), width - 2 - LABEL);
    lines.forEach((l, i) =>
      out.push(`  ${i === 0 ? chalk.bold(label.padEnd(LABEL)) : ' '.repeat(LABEL)}${colour(l)}`),
    );
  };
  const statusColour =
    fact.status === 'disputed' ? chalk.red : fact.status === 'single-source' ? chalk.yellow : chalk.green;

  out.push(chalk.bold.yellow(terminalSafe(fact.id)));
  out.push(...block(fact.text, 2), '');
  field('Date', fact.date === null ? 'undated' : `${formatDateText(fact.date)} (${fact.date})`, chalk.cyan);
  field('Kind', fact.kind);
  field('Status', fact.status, statusColour);
  if (fact.note) field('Note', fact.note);
  if (fact.visit) field('Visit', visitSummary(fact, store).replace(/:$/, ''));
  if (fact.tags.length > 0) field('Tags', fact.tags.join(', '));
  if (fact.origin) field('Origin', fact.origin);

  if (fact.entities.length > 0) {
    out.push('', chalk.bold('Entities'));
    for (const id of fact.entities) {
      const e = store.entity(id);
      const line = e ? `${e.name} (${e.id}): ${e.description}` : id;
      out.push(...hang(terminalSafe(line), width, 2, 4));
    }
  }

  out.push('', chalk.bold('Sources'));
  store.sourcesOf(fact).forEach((s, i) => {
    const meta = [s.publisher, s.date === null ? null : formatDateText(s.date), s.kind]
      .filter(Boolean)
      .join(', ');
    const head = `${i + 1}. ${s.title ?? s.source}${meta ? ` (${meta})` : ''}`;
    out.push(...hang(terminalSafe(head), width, 2, 5));
    if (s.locator && s.locator !== s.url) out.push(...block(`at ${s.locator}`, 5));
    if (s.url) out.push(...block(s.url, 5).map((l) => chalk.blue(l)));
  });
  return `${out.join('\n')}\n`;
}
