import { formatDateText } from '../lib/dates.js';
import { mustParsePeriod } from '../lib/periods.js';
import type { FactStore } from '../model/FactStore.js';
import type { SourceRef, Target } from '../model/types.js';
import { renderBarChart } from './barChart.js';
import { chartGroups, type SelectedSeries } from './chartGroups.js';
import {
  formatAmount,
  formatValue,
  glyphOf,
  paintOf,
  pointLabel,
  pointMarks,
  STATISTICS_PHRASE,
} from './figureStyle.js';
import type { Style } from './style.js';
import { renderTable, type TableColumn } from './table.js';
import { terminalSafe } from './terminalSafe.js';
import { hang } from './wrap.js';

/** Numbers the sources in the order a reader meets them, so notes can cite "[3]" and the footer list them. */
class SourceNumbers {
  readonly order: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** "[1] [4]" for a list of citations, numbering new sources as they come. */
  cite(refs: readonly SourceRef[]): string {
    const ns = refs.map((r) => {
      let n = this.numbers.get(r.source);
      if (n === undefined) {
        this.order.push(r.source);
        n = this.order.length;
        this.numbers.set(r.source, n);
      }
      return n;
    });
    return [...new Set(ns)].map((n) => `[${n}]`).join(' ');
  }
}

const yearsOf = (s: SelectedSeries): string => {
  if (s.points.length === 0) return 'no points';
  const periods = s.points.map((p) => mustParsePeriod(p.period));
  const from = Math.min(...periods.map((p) => Number(p.from.slice(0, 4))));
  const to = Math.max(...periods.map((p) => Number(p.to.slice(0, 4))));
  const n = s.points.length === 1 ? '1 point' : `${s.points.length} points`;
  return `${n}, ${from === to ? from : `${from}–${to}`}`;
};

/**
 * The terminal page of `kzt figures <series...>`: each series' title, unit, whose statistics and note; a bar
 * chart per unit; a table of every point with its note and numbered sources; the targets announced (as
 * annotations, not bars); and the sources in a footer. Everything fits `columns`.
 */
export function renderFigures(
  selection: readonly SelectedSeries[],
  targets: readonly Target[],
  store: FactStore,
  columns: number,
  style: Style,
): string {
  const { chalk } = style;
  const width = Math.max(20, columns);
  const out: string[] = [];
  selection.forEach((s, i) => {
    const glyphs = paintOf(chalk, i)(glyphOf(i).repeat(2));
    // The series' bar shape leads its heading, so the heading is also the chart's key.
    const [first = '', ...rest] = hang(terminalSafe(`${s.series.id}  ${s.series.title.en}`), width, 3, 3);
    out.push(`${glyphs} ${chalk.bold(first.slice(3))}`, ...rest.map((l) => chalk.bold(l)));
    const about = `${s.series.unit} · ${STATISTICS_PHRASE[s.series.statistics]} · ${yearsOf(s)}`;
    out.push(...hang(terminalSafe(about), width, 3, 3));
    if (s.series.note) out.push(...hang(terminalSafe(s.series.note), width, 3, 3).map((l) => chalk.dim(l)));
  });

  for (const unit of [...new Set(selection.map((s) => s.series.unit))]) {
    const chart = renderBarChart(selection, unit, width, style);
    if (chart.length > 0) out.push('', ...chart);
  }

  const numbers = new SourceNumbers();
  const groups = chartGroups(selection);
  const bars = groups.flatMap((g) => g.bars.map((b) => ({ ...b, period: g.period })));
  if (bars.length > 0) {
    const several = selection.length > 1;
    const cols: TableColumn[] = [{ header: 'Period', cells: bars.map((b) => pointLabel(b.point, b.period)) }];
    if (several)
      cols.push({
        header: 'Series',
        cells: bars.map((b) => `${glyphOf(b.index)} ${terminalSafe(b.series.id)}`),
        id: true,
        paint: (l, r) => paintOf(chalk, bars[r]?.index ?? 0)(l),
      });
    // Exports and imports go under the value, where they are read together, leaving the width to the notes.
    const split = (label: string, v: number | undefined) =>
      v === undefined ? [] : [`${label} ${formatAmount(v)}`];
    cols.push({
      header: 'Value',
      cells: bars.map((b) =>
        [
          `${formatValue(b.point)} ${pointMarks(b.point)}`.trim(),
          ...split('exp', b.point.exports),
          ...split('imp', b.point.imports),
        ].join('\n'),
      ),
    });
    cols.push({
      header: 'Note and sources',
      cells: bars.map((b) => terminalSafe(`${b.point.note ?? ''} ${numbers.cite(b.point.sources)}`.trim())),
      flex: true,
    });
    out.push('', renderTable(cols, bars.length, width, style).trimEnd());
  }

  if (targets.length > 0) {
    out.push(
      '',
      chalk.bold(terminalSafe(`Targets announced (annotations, not data), ${targets[0]?.unit ?? ''}`)),
    );
    const dates = targets.map((t) => formatDateText(t.announced));
    const values = targets.map((t) => `${formatAmount(t.value)}${t.year ? ` by ${t.year}` : ''}`);
    const dw = Math.max(...dates.map((d) => d.length));
    const vw = Math.max(...values.map((v) => v.length));
    // The text starts in one column for all, unless that leaves it too little room.
    const indent = width - (dw + vw + 6) >= 30 ? dw + vw + 6 : 4;
    targets.forEach((t, i) => {
      const lead = `  ${(dates[i] ?? '').padEnd(dw)}  ${(values[i] ?? '').padStart(vw)}  `;
      const text = terminalSafe(`${t.text} ${numbers.cite(t.sources)}`);
      const lines =
        indent === 4 ? hang(`${lead.trim()} ${text}`, width, 2, 4) : hang(text, width, indent, indent);
      if (indent !== 4) lines[0] = `${lead}${(lines[0] ?? '').trimStart()}`;
      out.push(...lines);
    });
  }

  if (numbers.order.length > 0) {
    out.push('', chalk.bold('Sources'));
    numbers.order.forEach((id, i) => {
      const [s] = store.resolve([{ source: id }]);
      if (!s) return;
      const meta = [s.publisher, s.date === null ? null : formatDateText(s.date)].filter(Boolean).join(', ');
      const tag = `[${i + 1}]`;
      const head = `${tag} ${s.title ?? s.source}${meta ? ` (${meta})` : ''}`;
      const indent = tag.length + 3;
      out.push(...hang(terminalSafe(head), width, 2, indent));
      if (s.url) out.push(...hang(terminalSafe(s.url), width, indent, indent).map((l) => chalk.blue(l)));
    });
  }
  return `${out.join('\n')}\n`;
}
