import type { Style } from './style.js';
import { chartGroups, type SelectedSeries } from './chartGroups.js';
import { formatValue, glyphOf, paintOf, pointLabel, pointMarks } from './figureStyle.js';
import { terminalSafe } from './terminalSafe.js';
import { textWidth } from './textWidth.js';
import { wrap } from './wrap.js';

/** Lays legend items out in lines no wider than `width`, never splitting an item. */
function legendLines(items: ReadonlyArray<{ text: string; shown: string }>, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const item of items) {
    const iw = textWidth(item.text);
    if (line !== '' && w + 3 + iw > width) {
      lines.push(line);
      line = '';
      w = 0;
    }
    line += line === '' ? item.shown : `   ${item.shown}`;
    w += (w === 0 ? 0 : 3) + iw;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A horizontal bar chart of the series of one unit, for a terminal `columns` wide: a heading, a legend, then one
 * line per bar in time order, the period on the left and the value right after the bar. Series of one period
 * stand together, told apart by shape (█, ░, ▒, ...) as well as colour. A part-year value is drawn dashed
 * ("█ █ █") under its own period label, never as a full year; "!" marks a disputed value, "*" a low-confidence
 * one.
 */
export function renderBarChart(
  selection: readonly SelectedSeries[],
  unit: string,
  columns: number,
  style: Style,
): string[] {
  const { chalk } = style;
  const groups = chartGroups(selection, (s) => s.unit === unit);
  const rows = groups.flatMap((g) =>
    g.bars.map((bar, k) => {
      const label = pointLabel(bar.point, g.period);
      const first = g.bars[0];
      const shownLabel = k === 0 || (first && label !== pointLabel(first.point, g.period)) ? label : '';
      const marks = pointMarks(bar.point);
      return { bar, label: shownLabel, value: formatValue(bar.point), marks };
    }),
  );
  if (rows.length === 0) return [];
  const valueText = (r: (typeof rows)[number]) => (r.marks ? `${r.value} ${r.marks}` : r.value);
  const valueWidth = Math.max(...rows.map((r) => textWidth(valueText(r))));
  const labelWidth = Math.min(
    Math.max(...rows.map((r) => textWidth(r.label))),
    Math.max(6, Math.floor(columns * 0.3)),
  );
  // Past 100 cells a bar only gets longer, not easier to compare.
  const barRoom = Math.min(100, Math.max(1, columns - labelWidth - 3 - valueWidth));
  const max = Math.max(...rows.map((r) => r.bar.point.value));

  const out: string[] = [chalk.bold(terminalSafe(`${unit}, by period`))];
  const shown = selection.map((s, i) => ({ s, i })).filter(({ s }) => s.series.unit === unit);
  const items = shown.map(({ s, i }) => {
    const text = `${glyphOf(i).repeat(2)} ${terminalSafe(s.series.id)}`;
    return { text, shown: `${paintOf(chalk, i)(glyphOf(i).repeat(2))} ${terminalSafe(s.series.id)}` };
  });
  const points = rows.map((r) => r.bar.point);
  const glyph = glyphOf(shown[0]?.i ?? 0);
  if (points.some((p) => p.partial))
    items.push({ text: `${glyph} ${glyph} part of a year`, shown: `${glyph} ${glyph} part of a year` });
  if (points.some((p) => p.status === 'disputed'))
    items.push({ text: '! disputed', shown: `${chalk.red('!')} disputed` });
  if (points.some((p) => p.lowConfidence))
    items.push({ text: '* low confidence', shown: `${chalk.red('*')} low confidence` });
  const words = { 'more-than': '> more than', almost: '< almost', about: '~ about' } as const;
  for (const q of ['more-than', 'almost', 'about'] as const)
    if (points.some((p) => p.qualifier === q)) items.push({ text: words[q], shown: words[q] });
  out.push(...legendLines(items, columns));

  for (const r of rows) {
    const { point, index } = r.bar;
    const cells = point.value === 0 ? 0 : Math.max(1, Math.round((point.value / max) * barRoom));
    const g = glyphOf(index);
    // A part-year value is dashed: the same shape, with gaps, so it never reads as a full year.
    const bar = point.partial
      ? Array.from({ length: cells }, (_, k) => (k % 2 === 0 ? g : ' '))
          .join('')
          .trimEnd()
      : g.repeat(cells);
    const labels = wrap(terminalSafe(r.label), labelWidth);
    const value = r.marks ? `${r.value} ${chalk.red(r.marks)}` : r.value;
    const head = labels[0] ?? '';
    out.push(
      `${head}${' '.repeat(labelWidth - textWidth(head))}  ${paintOf(chalk, index)(bar)}${bar ? ' ' : ''}${value}`,
    );
    for (const more of labels.slice(1)) out.push(more);
  }
  return out;
}
