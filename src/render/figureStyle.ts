import type { ChalkInstance } from 'chalk';
import type { Period } from '../lib/periods.js';
import type { Qualifier, SeriesPoint, Statistics } from '../model/types.js';

/**
 * Bar shapes, one per series in a selection: a full block, then shades that stay apart without colour. (A
 * selection of more series than shapes reuses them; the legend still names each.)
 */
export const BAR_GLYPHS = ['█', '░', '▒', '▓', '▚', '▞'] as const;

/** Series colours on a terminal, in the same order; red is kept for the disputed mark. */
const PAINTS = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'white'] as const;

/** The bar shape of the i-th series of a selection. */
export function glyphOf(i: number): string {
  return BAR_GLYPHS[i % BAR_GLYPHS.length] ?? '█';
}

/** The colour of the i-th series of a selection. */
export function paintOf(chalk: ChalkInstance, i: number): (text: string) => string {
  const name = PAINTS[i % PAINTS.length] ?? 'cyan';
  return (text) => chalk[name](text);
}

/** How each qualifier reads before a value: ">3,500" more than, "<2,000" almost, "~2,000" about. */
export const QUALIFIER_MARK: Record<Qualifier, string> = { 'more-than': '>', almost: '<', about: '~' };

/** The marks after a value: "!" disputed, "*" low confidence. */
export function pointMarks(point: SeriesPoint): string {
  return `${point.status === 'disputed' ? '!' : ''}${point.lowConfidence ? '*' : ''}`;
}

// Made on first use: building a number format at load would cost every start of kzt, figures or not.
let number: Intl.NumberFormat | undefined;

/** A number with thousands separators and at most one decimal: 1,851, 556.8, 426,900. */
export function formatAmount(value: number): string {
  number ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
  return number.format(value);
}

/** A value as it reads, with its qualifier: ">3,500", "~2,000", "1,851". */
export function formatValue(point: Pick<SeriesPoint, 'value' | 'qualifier'>): string {
  return `${point.qualifier ? QUALIFIER_MARK[point.qualifier] : ''}${formatAmount(point.value)}`;
}

/**
 * A point's period as a label: the period's own ("2010", "Jan–Sep 2019"), marked "(part)" when the value covers
 * only part of a period that reads as a whole year, so a partial year never passes for a full one.
 */
export function pointLabel(point: SeriesPoint, period: Period): string {
  return point.partial && period.wholeYear ? `${period.label} (part)` : period.label;
}

/** Whose statistics, for people, short: "Kazakh", "Turkish", "other". */
export const STATISTICS_NAME: Record<Statistics, string> = {
  kazakhstan: 'Kazakh',
  turkiye: 'Turkish',
  other: 'other',
};

/** Whose statistics, for people, in a phrase: "Kazakh statistics", "Turkish statistics", "other sources". */
export const STATISTICS_PHRASE: Record<Statistics, string> = {
  kazakhstan: 'Kazakh statistics',
  turkiye: 'Turkish statistics',
  other: 'other sources',
};
