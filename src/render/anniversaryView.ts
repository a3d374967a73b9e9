import { formatDateIn } from '../lib/formatDate.js';
import type { Language } from '../lib/language.js';
import type { Anniversary } from '../timeline/anniversaries.js';
import { markerLegend, renderDatedEntries } from './datedEntries.js';
import { labelsFor } from './labels.js';
import type { Style } from './style.js';

export { ordinal } from './labels.js';

/** Where an anniversary falls, in words: "2 Mar 2027", "Oct 2027", "in 2027" (in the language shown). */
function anniversaryLabel(a: Anniversary, lang: Language): string {
  return a.date.length === 4 ? labelsFor(lang).inYear(a.date) : formatDateIn(a.date, lang);
}

/**
 * The anniversaries of one year for a terminal: date, "35th", the event's text and id, then the legend, in a
 * language (the facts' texts already in it).
 */
export function renderAnniversaries(
  year: number,
  list: readonly Anniversary[],
  columns: number,
  style: Style,
  lang: Language = 'en',
): string {
  const labels = labelsFor(lang);
  const entries = list.map((a) => ({
    fact: a.fact,
    label: anniversaryLabel(a, lang),
    prefix: labels.anniversary(a.years),
  }));
  const lines = [
    style.chalk.bold.magenta(labels.anniversariesIn(year)),
    ...renderDatedEntries(entries, columns, style),
  ];
  const legend = list.some((a) => a.fact.status !== 'corroborated') ? `\n${markerLegend(style, lang)}` : '\n';
  return `${lines.join('\n')}\n${legend}`;
}
