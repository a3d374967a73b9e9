import type { FactStore } from '../model/FactStore.js';
import type { Target } from '../model/types.js';
import { chartGroups, type SelectedSeries } from './chartGroups.js';
import { formatAmount, formatValue, pointLabel, pointMarks, STATISTICS_PHRASE } from './figureStyle.js';
import { terminalSafe } from './terminalSafe.js';

const W = 1280;
const H = 720;
const LEFT = 110;
const RIGHT = 40;
const PLOT_BOTTOM = 585;
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";
/** Okabe–Ito colours: told apart by people with colour-blindness too. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;

/** Text for XML: made terminal-safe (controls shown, not kept: XML 1.0 forbids most), then escaped. */
function esc(text: string): string {
  return terminalSafe(text)
    .replace(/[\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate with at most one decimal. */
const n = (x: number): string => String(Math.round(x * 10) / 10);

/**
 * About how wide text is in a sans-serif font, erring wide (for layout: labels that would collide are rotated,
 * long lines shortened); bold text runs wider.
 */
const textPx = (text: string, size: number, bold = false): number =>
  [...text].length * size * (bold ? 0.6 : 0.52);

function colourOf(i: number): string {
  return COLOURS[i % COLOURS.length] ?? '#0072B2';
}

/** The fill of a series: its colour, with a pattern from the second series on, so shape tells them apart too. */
function patternDef(i: number): string {
  const c = colourOf(i);
  const kind = i % 6;
  if (kind === 0) return '';
  const marks = [
    '',
    '<rect width="3" height="8" fill="#fff" fill-opacity="0.6"/>',
    '<circle cx="4" cy="4" r="1.7" fill="#fff" fill-opacity="0.8"/>',
    '<rect width="8" height="3" fill="#fff" fill-opacity="0.6"/>',
    '<path d="M0 0L8 8M8 0L0 8" stroke="#fff" stroke-width="1.4" stroke-opacity="0.7"/>',
    '<rect width="2" height="8" fill="#fff" fill-opacity="0.6"/>',
  ][kind];
  const turn = kind === 1 ? ' patternTransform="rotate(45)"' : '';
  return `<pattern id="s${i}" patternUnits="userSpaceOnUse" width="8" height="8"${turn}><rect width="8" height="8" fill="${c}"/>${marks ?? ''}</pattern>`;
}

const fillOf = (i: number): string => (i % 6 === 0 ? colourOf(i) : `url(#s${i})`);

/** Round tick values from 0 past `max`, with about five steps of 1, 2, 2.5 or 5 times a power of ten. */
function ticks(max: number): number[] {
  const top = max <= 0 ? 1 : max * 1.12;
  const raw = top / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const out: number[] = [];
  for (let v = 0; v < top + step; v += step) out.push(v);
  return out;
}

/** Cuts text to about `px` pixels at `size`, ending in "…" when cut. */
function fit(text: string, px: number, size: number, bold = false): string {
  if (textPx(text, size, bold) <= px) return text;
  const chars = [...text];
  return `${chars.slice(0, Math.max(1, Math.floor(px / textPx('x', size, bold)) - 1)).join('')}…`;
}

/** The chart's title: the series' common title without its "(whose statistics)" tail, else their titles. */
function titleOf(selection: readonly SelectedSeries[]): string {
  const bare = [...new Set(selection.map((s) => s.series.title.en.replace(/\s*\([^)]*\)\s*$/, '')))];
  return bare.length === 1 ? (bare[0] ?? '') : bare.join(' · ');
}

/** Targets in one line: each value with how often and in which years it was announced. */
function targetLine(targets: readonly Target[]): string {
  const byValue = new Map<number, number[]>();
  for (const t of targets) {
    const years = byValue.get(t.value) ?? [];
    years.push(Number(t.announced.slice(0, 4)));
    byValue.set(t.value, years);
  }
  const parts = [...byValue]
    .sort(([a], [b]) => a - b)
    .map(([value, years]) => {
      const from = Math.min(...years);
      const to = Math.max(...years);
      const span = from === to ? String(from) : `${from}–${to}`;
      return `${formatAmount(value)} (${years.length === 1 ? 'once' : `${years.length} times`}, ${span})`;
    });
  const units = [...new Set(targets.map((t) => t.unit))];
  const unit = units.length === 1 ? `${units[0] ?? ''} ` : '';
  return `Targets announced (annotations, not data), ${unit}by value: ${parts.join(' · ')}`;
}

/**
 * A standalone SVG chart of series of one unit, for a slide (1280×720): a title, the unit and whose statistics,
 * a legend, columns by period on a value axis with grid lines, value labels, period labels, the targets announced
 * in one line, and a source line. Series are told apart by colour and pattern; a part-year value is pale with a
 * dashed outline; "!" marks a disputed value. No script, no external reference, every text escaped.
 */
export function renderSvg(
  selection: readonly SelectedSeries[],
  targets: readonly Target[],
  store: FactStore,
  command: string,
): string {
  const unit = selection[0]?.series.unit ?? '';
  const groups = chartGroups(selection);
  const points = groups.flatMap((g) => g.bars.map((b) => b.point));
  const out: string[] = [];
  const title = fit(titleOf(selection), W - LEFT - RIGHT, 28, true);
  const stats = [...new Set(selection.map((s) => STATISTICS_PHRASE[s.series.statistics]))].join(' and ');

  // Legend: each series, then what the marks mean; wrapped into rows.
  const legend: Array<{ swatch: string; label: string }> = selection.map((s, i) => ({
    swatch: `<rect width="22" height="14" fill="${fillOf(i)}"/>`,
    label: `${s.series.id}: ${s.series.title.en}`,
  }));
  if (points.some((p) => p.partial))
    legend.push({
      swatch: `<rect x="1" y="1" width="20" height="12" fill="${fillOf(0)}" fill-opacity="0.3" stroke="${colourOf(0)}" stroke-width="2" stroke-dasharray="4 3"/>`,
      label: 'part of a year (not a full year)',
    });
  if (points.some((p) => p.status === 'disputed'))
    legend.push({
      swatch: '<text x="11" y="13" text-anchor="middle" font-weight="700" fill="#c00">!</text>',
      label: 'disputed',
    });
  if (points.some((p) => p.lowConfidence))
    legend.push({
      swatch: '<text x="11" y="13" text-anchor="middle" font-weight="700" fill="#c00">*</text>',
      label: 'low confidence',
    });
  const qualifiers = [
    ['more-than', '> more than'],
    ['almost', '< almost'],
    ['about', '~ about'],
  ] as const;
  const said = qualifiers.filter(([q]) => points.some((p) => p.qualifier === q)).map(([, l]) => l);
  if (said.length > 0) legend.push({ swatch: '', label: said.join('   ') });
  const legendItems: string[] = [];
  let lx = LEFT;
  let ly = 112;
  for (const item of legend) {
    const label = fit(item.label, W - LEFT - RIGHT - 32, 15);
    const w = (item.swatch ? 30 : 0) + textPx(label, 15) + 28;
    if (lx > LEFT && lx + w > W - RIGHT) {
      lx = LEFT;
      ly += 24;
    }
    const text = `<text x="${n(item.swatch ? 30 : 0)}" y="12">${esc(label)}</text>`;
    legendItems.push(`<g transform="translate(${n(lx)} ${n(ly - 12)})">${item.swatch}${text}</g>`);
    lx += w;
  }

  const plotTop = ly + 34;
  const plotW = W - LEFT - RIGHT;
  const plotH = PLOT_BOTTOM - plotTop;
  const max = Math.max(0, ...points.map((p) => p.value));
  const yTicks = ticks(max);
  const top = yTicks[yTicks.length - 1] ?? 1;
  const y = (v: number): number => PLOT_BOTTOM - (v / top) * plotH;

  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="chart-title chart-desc" font-family="${esc(FONT)}">`,
    `<title id="chart-title">${esc(title)}</title>`,
    `<desc id="chart-desc">${esc(`${title}, ${unit}, ${stats}: ${points.length} values by period. Made by ${command}.`)}</desc>`,
    `<defs>${selection.map((_, i) => patternDef(i)).join('')}</defs>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${LEFT}" y="52" font-size="28" font-weight="700" fill="#111">${esc(title)}</text>`,
    `<text x="${LEFT}" y="82" font-size="17" fill="#444">${esc(`${unit} · ${stats}`)}</text>`,
    `<g font-size="15" fill="#222">${legendItems.join('')}</g>`,
  );

  // Value axis: grid lines and tick labels, the unit along the side.
  out.push('<g font-size="13" fill="#555">');
  for (const v of yTicks) {
    out.push(
      `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="#e3e3e3"/>`,
      `<text x="${LEFT - 10}" y="${n(y(v) + 4)}" text-anchor="end">${esc(formatAmount(v))}</text>`,
    );
  }
  out.push(
    `<text transform="translate(28 ${n((plotTop + PLOT_BOTTOM) / 2)}) rotate(-90)" text-anchor="middle" font-size="14">${esc(unit)}</text>`,
    '</g>',
    `<line x1="${LEFT}" x2="${LEFT}" y1="${n(plotTop)}" y2="${PLOT_BOTTOM}" stroke="#333"/>`,
    `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${PLOT_BOTTOM}" y2="${PLOT_BOTTOM}" stroke="#333"/>`,
  );

  // Columns: one slot per series in every period, so a series keeps its place from period to period.
  const groupW = plotW / Math.max(1, groups.length);
  const barW = Math.min(64, (groupW * 0.8) / Math.max(1, selection.length));
  const labels = groups.map((g) => {
    const first = g.bars[0];
    return first ? pointLabel(first.point, g.period) : g.period.label;
  });
  const lines = labels.map((l) => {
    if (textPx(l, 14) <= groupW - 6 || !l.includes(' ')) return [l];
    const at = l.lastIndexOf(' ');
    return [l.slice(0, at), l.slice(at + 1)];
  });
  const rotate = lines.some((ls) => ls.some((l) => textPx(l, 14) > groupW - 4));
  out.push('<g font-size="13" fill="#222">');
  groups.forEach((g, k) => {
    const gx = LEFT + k * groupW + (groupW - barW * selection.length) / 2;
    for (const bar of g.bars) {
      const x = gx + bar.index * barW;
      const top0 = y(bar.point.value);
      const h = PLOT_BOTTOM - top0;
      const partial = bar.point.partial === true;
      const style = partial
        ? ` fill-opacity="0.3" stroke="${colourOf(bar.index)}" stroke-width="2" stroke-dasharray="5 3"`
        : '';
      out.push(
        `<rect x="${n(x + 1)}" y="${n(top0)}" width="${n(barW - 2)}" height="${n(h)}" fill="${fillOf(bar.index)}"${style}/>`,
      );
      const marks = pointMarks(bar.point);
      const value = marks ? `${formatValue(bar.point)} ${marks}` : formatValue(bar.point);
      const cx = x + barW / 2;
      const paint = bar.point.status === 'disputed' ? ' fill="#a00"' : '';
      out.push(
        textPx(value, 13) <= barW + 4
          ? `<text x="${n(cx)}" y="${n(top0 - 6)}" text-anchor="middle"${paint}>${esc(value)}</text>`
          : `<text transform="translate(${n(cx + 4)} ${n(top0 - 6)}) rotate(-90)"${paint}>${esc(value)}</text>`,
      );
    }
    const cx = LEFT + k * groupW + groupW / 2;
    const label = lines[k] ?? [];
    if (rotate) {
      out.push(
        `<text transform="translate(${n(cx + 4)} ${PLOT_BOTTOM + 16}) rotate(-35)" text-anchor="end" font-size="14">${esc(label.join(' '))}</text>`,
      );
    } else {
      label.forEach((l, i) =>
        out.push(
          `<text x="${n(cx)}" y="${PLOT_BOTTOM + 22 + i * 18}" text-anchor="middle" font-size="14">${esc(l)}</text>`,
        ),
      );
    }
  });
  out.push('</g>');

  // Footer: the targets announced, then where the numbers come from and how to get them all.
  if (targets.length > 0)
    out.push(
      `<text x="${LEFT}" y="${H - 42}" font-size="13" fill="#444">${esc(fit(targetLine(targets), W - LEFT - RIGHT, 13))}</text>`,
    );
  // Publishers cited most come first: on a slide they are the ones a reader should see.
  const cited = new Map<string, number>();
  for (const p of points)
    for (const s of store.resolve(p.sources)) {
      const name = s.publisher ?? s.title ?? s.source;
      cited.set(name, (cited.get(name) ?? 0) + 1);
    }
  const publishers = [...cited].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const tail = ` · data and every source: ${command} --format csv`;
  const budget = W - LEFT - RIGHT - textPx(tail, 12);
  let shown = publishers.length;
  const sourceText = (k: number): string =>
    `Sources: ${publishers.slice(0, k).join('; ')}${k < publishers.length ? `; and ${publishers.length - k} more` : ''}`;
  while (shown > 1 && textPx(sourceText(shown), 12) > budget) shown--;
  out.push(
    `<text x="${LEFT}" y="${H - 18}" font-size="12" fill="#555">${esc(fit(sourceText(shown), budget, 12) + tail)}</text>`,
  );
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
