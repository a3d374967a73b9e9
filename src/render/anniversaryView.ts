import { formatDateText } from '../lib/dates.js';
import type { Anniversary } from '../timeline/anniversaries.js';
import { markerLegend, renderDatedEntries } from './datedEntries.js';
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

/** The anniversaries of one year for a terminal: date, "35th", the event's text and id, then the legend. */
export function renderAnniversaries(
  year: number,
  list: readonly Anniversary[],
  columns: number,
  style: Style,
): string {
  const entries = list.map((a) => ({
    fact: a.fact,
    label: anniversaryLabel(a),
    prefix: `${ordinal(a.years)}:`,
  }));
  const lines = [
    style.chalk.bold.magenta(`Anniversaries in ${year}`),
    ...renderDatedEntries(entries, columns, style),
  ];
  const legend = list.some((a) => a.fact.status !== 'corroborated') ? `\n${markerLegend(style)}` : '\n';
  return `${lines.join('\n')}\n${legend}`;
}
