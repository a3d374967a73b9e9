import { formatDateIn } from '../lib/formatDate.js';
import type { Language } from '../lib/language.js';
import type { FactStore } from '../model/FactStore.js';
import type { Fact } from '../model/types.js';
import { datedLines, labelWidth, markerLegend, type DatedEntry } from './datedEntries.js';
import { labelsFor } from './labels.js';
import type { Style } from './style.js';

/**
 * "Erdoğan → Astana, Turkistan (state visit):" — who travelled where, and the visit's type where known, with
 * names and the type in a language ("Эрдоган → Астана (государственный визит):").
 */
export function visitSummary(fact: Fact, store: FactStore, lang: Language = 'en'): string {
  const visit = fact.visit;
  if (!visit) return '';
  const name = (id: string) => {
    const e = store.entity(id);
    return e ? store.entityName(e, lang) : id;
  };
  const who = visit.by.map(name).join(', ');
  const where = visit.places.length > 0 ? visit.places.map(name).join(', ') : name(visit.host);
  const type = labelsFor(lang).visitTypes[visit.type];
  return `${who} → ${where}${type ? ` (${type})` : ''}:`;
}

/**
 * The visits for a terminal, grouped by year like the timeline: the date at its precision, the status marker,
 * who went where and the type, then the fact's text (the occasion) and its id; the legend last. Dates, names and
 * the legend are in `lang`, as the facts' texts already are.
 */
export function renderVisits(
  facts: readonly Fact[],
  store: FactStore,
  columns: number,
  style: Style,
  lang: Language = 'en',
): string {
  const groups = new Map<string, DatedEntry[]>();
  for (const fact of facts) {
    const year = (fact.date ?? '').slice(0, 4);
    const group = groups.get(year) ?? [];
    group.push({ fact, label: formatDateIn(fact.date, lang), prefix: visitSummary(fact, store, lang) });
    groups.set(year, group);
  }
  const width = labelWidth([...groups.values()].flat());
  const out: string[] = [];
  for (const [year, group] of groups) {
    if (out.length > 0) out.push('');
    out.push(style.chalk.bold.magenta(year));
    // One line at a time: a spread of a big year's lines overflows the stack.
    for (const line of datedLines(group, columns, style, width)) out.push(line);
  }
  const legend = facts.some((f) => f.status !== 'corroborated') ? `\n${markerLegend(style, lang)}` : '\n';
  return `${out.join('\n')}\n${legend}`;
}
