import { formatDateIn } from '../lib/formatDate.js';
import type { Language } from '../lib/language.js';
import type { Fact } from '../model/types.js';
import { labelWidth, markerLegend, renderDatedEntries, type DatedEntry } from './datedEntries.js';
import type { Style } from './style.js';

/**
 * A vertical timeline for a terminal: facts (already in timeline order) grouped under year headings, each with
 * its date at its own precision, a marker for disputed and single-source facts, its text and id; a legend last.
 * Dates and the legend are in `lang`, as the facts' texts already are.
 */
export function renderTimeline(
  facts: readonly Fact[],
  columns: number,
  style: Style,
  lang: Language = 'en',
): string {
  const { chalk } = style;
  const groups = new Map<string, DatedEntry[]>();
  for (const fact of facts) {
    const year = (fact.date ?? '').slice(0, 4);
    const group = groups.get(year) ?? [];
    group.push({ fact, label: formatDateIn(fact.date, lang) });
    groups.set(year, group);
  }
  // One label width for the whole timeline, so that every year's texts start in the same column.
  const width = labelWidth([...groups.values()].flat());
  const out: string[] = [];
  for (const [year, group] of groups) {
    if (out.length > 0) out.push('');
    out.push(chalk.bold.magenta(year));
    // One line at a time: a year of 100,000 facts is too many arguments for a spread.
    for (const line of renderDatedEntries(group, columns, style, width)) out.push(line);
  }
  const legend = facts.some((f) => f.status !== 'corroborated') ? `\n${markerLegend(style, lang)}` : '\n';
  return `${out.join('\n')}\n${legend}`;
}
