import { formatPointIn } from '../lib/formatDate.js';
import type { Language } from '../lib/language.js';
import { isPast, type Anniversary } from '../timeline/anniversaries.js';
import { datedLines, linesInChunks, markerLegend, type DatedEntry } from './datedEntries.js';
import { textWidth } from './textWidth.js';
import { labelsFor } from './labels.js';
import type { Style } from './style.js';

export { ordinal } from '../lib/ordinal.js';

/** A day (YYYY-MM-DD, any number of year digits) in words, from its numbers: the year 10000 has a today too. */
function dayIn(day: string, lang: Language): string {
  const [year, month, date] = day.split('-').map(Number);
  return formatPointIn({ year: year ?? 0, month, day: date, precision: 'day' }, lang);
}

/** Where an anniversary falls, in words: "2 Mar 2027", "Oct 2027", "in 2027" (in the language shown). */
function anniversaryLabel(a: Anniversary, lang: Language): string {
  // From the date's numbers, never by parsing `date` again: a clock in the year 10000 must not break the view.
  return a.point.month === undefined
    ? labelsFor(lang).inYear(String(a.point.year))
    : formatPointIn(a.point, lang);
}

/**
 * The anniversaries view in pieces, for any number of them (a million facts have hundreds of thousands in a
 * year), each fact shown as `show` gives it, made only when its line is.
 */
export function* anniversaryChunks(
  title: string,
  list: readonly Anniversary[],
  columns: number,
  style: Style,
  today?: string,
  lang: Language = 'en',
  show: (fact: Anniversary['fact']) => Anniversary['fact'] = (fact) => fact,
): Generator<string> {
  const { chalk } = style;
  const labels = labelsFor(lang);
  let width = 0;
  for (const a of list) width = Math.max(width, textWidth(anniversaryLabel(a, lang)));
  function* entries(items: readonly Anniversary[]): Generator<DatedEntry> {
    for (const a of items)
      yield { fact: show(a.fact), label: anniversaryLabel(a, lang), prefix: labels.anniversary(a.years) };
  }
  const past = today === undefined ? [] : list.filter((a) => isPast(a, today));
  const ahead = today === undefined ? list : list.filter((a) => !isPast(a, today));
  function* lines(): Generator<string> {
    yield chalk.bold.magenta(title);
    if (past.length > 0 && today !== undefined) {
      for (const l of datedLines(entries(past), columns, style, width)) yield chalk.dim(l);
      yield chalk.bold(`  ── today, ${dayIn(today, lang)}: ${past.length} past, ${ahead.length} ahead ──`);
    }
    yield* datedLines(entries(ahead), columns, style, width);
  }
  yield* linesInChunks(lines());
  yield list.some((a) => a.fact.status !== 'corroborated') ? `\n${markerLegend(style, lang)}` : '\n';
}
