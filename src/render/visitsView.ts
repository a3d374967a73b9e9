import { formatDateText } from '../lib/dates.js';
import type { FactStore } from '../model/FactStore.js';
import type { Fact } from '../model/types.js';
import { labelWidth, markerLegend, renderDatedEntries, type DatedEntry } from './datedEntries.js';
import type { Style } from './style.js';

const HOST = { kazakhstan: 'Kazakhstan', turkiye: 'Türkiye' } as const;

/** "Erdoğan → Astana, Turkistan (state visit):" — who travelled where, and the visit's type where known. */
export function visitSummary(fact: Fact, store: FactStore): string {
  const visit = fact.visit;
  if (!visit) return '';
  const name = (id: string) => store.entity(id)?.name ?? id;
  const who = visit.by.map(name).join(', ');
  const where = visit.places.length > 0 ? visit.places.map(name).join(', ') : HOST[visit.host];
  const type = {
    state: ' (state visit)',
    official: ' (official visit)',
    working: ' (working visit)',
    summit: ' (summit)',
    other: '',
  }[visit.type];
  return `${who} → ${where}${type}:`;
}

/**
 * The visits for a terminal, grouped by year like the timeline: the date at its precision, the status marker,
 * who went where and the type, then the fact's text (the occasion) and its id; the legend last.
 */
export function renderVisits(
  facts: readonly Fact[],
  store: FactStore,
  columns: number,
  style: Style,
): string {
  const groups = new Map<string, DatedEntry[]>();
  for (const fact of facts) {
    const year = (fact.date ?? '').slice(0, 4);
    const group = groups.get(year) ?? [];
    group.push({ fact, label: formatDateText(fact.date), prefix: visitSummary(fact, store) });
    groups.set(year, group);
  }
  const width = labelWidth([...groups.values()].flat());
  const out: string[] = [];
  for (const [year, group] of groups) {
    if (out.length > 0) out.push('');
    out.push(style.chalk.bold.magenta(year));
    out.push(...renderDatedEntries(group, columns, style, width));
  }
  const legend = facts.some((f) => f.status !== 'corroborated') ? `\n${markerLegend(style)}` : '\n';
  return `${out.join('\n')}\n${legend}`;
}
