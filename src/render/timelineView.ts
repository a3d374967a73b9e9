import { formatDateIn } from '../lib/formatDate.js';
import type { Language } from '../lib/language.js';
import type { Fact } from '../model/types.js';
import { datedLines, linesInChunks, markerLegend, type DatedEntry } from './datedEntries.js';
import type { Style } from './style.js';
import { textWidth } from './textWidth.js';

/**
 * A vertical timeline for a terminal: facts (already in timeline order) grouped under year headings, each with
 * its date at its own precision, a marker for disputed and single-source facts, its text and id; a legend last;
 * dates and the legend in `lang`. It comes in pieces, for any number of facts: a million facts make millions of lines, which are made and
 * written a piece at a time, each fact shown as `show` gives it (its text in the language shown, made only when
 * its line is).
 */
export function* timelineChunks(
  facts: readonly Fact[],
  columns: number,
  style: Style,
  lang: Language = 'en',
  show: (fact: Fact) => Fact = (fact) => fact,
): Generator<string> {
  const { chalk } = style;
  const groups = new Map<string, Fact[]>();
  // One label width for the whole timeline, so that every year's texts start in the same column.
  let width = 0;
  let marked = false;
  for (const fact of facts) {
    const year = (fact.date ?? '').slice(0, 4);
    const group = groups.get(year) ?? [];
    group.push(fact);
    groups.set(year, group);
    width = Math.max(width, textWidth(formatDateIn(fact.date, lang)));
    if (fact.status !== 'corroborated') marked = true;
  }
  function* entries(group: readonly Fact[]): Generator<DatedEntry> {
    for (const fact of group) yield { fact: show(fact), label: formatDateIn(fact.date, lang) };
  }
  function* lines(): Generator<string> {
    let first = true;
    for (const [year, group] of groups) {
      if (!first) yield '';
      first = false;
      yield chalk.bold.magenta(year);
      yield* datedLines(entries(group), columns, style, width);
    }
    if (first) yield '';
  }
  yield* linesInChunks(lines());
  yield marked ? `\n${markerLegend(style, lang)}` : '\n';
}
