import { formatPointIn } from '../lib/formatDate.js';
import type { Language } from '../lib/language.js';
import { isPast, type Anniversary } from '../timeline/anniversaries.js';
import { labelWidth, markerLegend, renderDatedEntries } from './datedEntries.js';
import { labelsFor } from './labels.js';
import type { Style } from './style.js';

export { ordinal } from './labels.js';

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
 * Anniversaries for a terminal under a heading: date, "35th", the event's text and id, then the legend, in a
 * language (the facts' texts already in it). Given `today` (this year's list), those already past are dimmed and
 * a "today" line separates them from the rest.
 */
export function renderAnniversaries(
  title: string,
  list: readonly Anniversary[],
  columns: number,
  style: Style,
  today?: string,
  lang: Language = 'en',
): string {
  const { chalk } = style;
  const labels = labelsFor(lang);
  const entry = (a: Anniversary) => ({
    fact: a.fact,
    label: anniversaryLabel(a, lang),
    prefix: labels.anniversary(a.years),
  });
  const width = labelWidth(list.map(entry));
  const past = today === undefined ? [] : list.filter((a) => isPast(a, today));
  const ahead = today === undefined ? list : list.filter((a) => !isPast(a, today));
  const lines = [chalk.bold.magenta(title)];
  if (past.length > 0 && today !== undefined) {
    lines.push(...renderDatedEntries(past.map(entry), columns, style, width).map((l) => chalk.dim(l)));
    lines.push(
      chalk.bold(`  ── today, ${dayIn(today, lang)}: ${past.length} past, ${ahead.length} ahead ──`),
    );
  }
  lines.push(...renderDatedEntries(ahead.map(entry), columns, style, width));
  const legend = list.some((a) => a.fact.status !== 'corroborated') ? `\n${markerLegend(style, lang)}` : '\n';
  return `${lines.join('\n')}\n${legend}`;
}
