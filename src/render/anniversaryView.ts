import { formatDateText } from '../lib/dates.js';
import { isPast, type Anniversary } from '../timeline/anniversaries.js';
import { labelWidth, markerLegend, renderDatedEntries } from './datedEntries.js';
import type { Style } from './style.js';

/** English ordinal of a number: 1st, 2nd, 3rd, 11th, 35th. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Where an anniversary falls, in words: "2 Mar 2027", "Oct 2027", "in 2027". */
function anniversaryLabel(a: Anniversary): string {
  return a.date.length === 4 ? `in ${a.date}` : formatDateText(a.date);
}

/**
 * Anniversaries for a terminal under a heading: date, "35th", the event's text and id, then the legend. Given
 * `today` (this year's list), those already past are dimmed and a "today" line separates them from the rest.
 */
export function renderAnniversaries(
  title: string,
  list: readonly Anniversary[],
  columns: number,
  style: Style,
  today?: string,
): string {
  const { chalk } = style;
  const entry = (a: Anniversary) => ({
    fact: a.fact,
    label: anniversaryLabel(a),
    prefix: `${ordinal(a.years)}:`,
  });
  const width = labelWidth(list.map(entry));
  const past = today === undefined ? [] : list.filter((a) => isPast(a, today));
  const ahead = today === undefined ? list : list.filter((a) => !isPast(a, today));
  const lines = [chalk.bold.magenta(title)];
  if (past.length > 0 && today !== undefined) {
    lines.push(...renderDatedEntries(past.map(entry), columns, style, width).map((l) => chalk.dim(l)));
    lines.push(
      chalk.bold(`  ── today, ${formatDateText(today)}: ${past.length} past, ${ahead.length} ahead ──`),
    );
  }
  lines.push(...renderDatedEntries(ahead.map(entry), columns, style, width));
  const legend = list.some((a) => a.fact.status !== 'corroborated') ? `\n${markerLegend(style)}` : '\n';
  return `${lines.join('\n')}\n${legend}`;
}
