import type { Language } from '../lib/language.js';
import type { Fact, FactStatus } from '../model/types.js';
import { labelsFor } from './labels.js';
import type { Style } from './style.js';
import { terminalSafe } from './terminalSafe.js';
import { textWidth } from './textWidth.js';
import { wrap } from './wrap.js';

/** One line of a dated list: a label column (a date), a status marker, the fact's text and its id. */
export interface DatedEntry {
  label: string;
  fact: Fact;
  /** Extra words before the text, e.g. "35th". */
  prefix?: string;
}

/** The markers for facts that are not corroborated, and the legend that explains them. */
export const MARKERS = { disputed: '!', 'single-source': '?', corroborated: ' ' } as const;

/** A one-line legend for the status markers, in a language. */
export function markerLegend(style: Style, lang: Language = 'en'): string {
  const { chalk } = style;
  const labels = labelsFor(lang);
  return `${chalk.red.bold(MARKERS.disputed)} ${labels.disputed}   ${chalk.yellow.bold(MARKERS['single-source'])} ${labels.singleSource}\n`;
}

/** The marker of a status, coloured: red ! for disputed, yellow ? for single-source, a space otherwise. */
export function markerOf(status: FactStatus | undefined, style: Style): string {
  if (status === undefined) return ' ';
  const m = MARKERS[status];
  return status === 'disputed' ? style.chalk.red.bold(m) : style.chalk.yellow.bold(m);
}

/** The width of the widest label, for aligning several lists alike. */
export function labelWidth(entries: readonly DatedEntry[]): number {
  // A loop, not Math.max(...widths): spreading 150,000 values overflows the stack.
  let widest = 0;
  for (const e of entries) widest = Math.max(widest, textWidth(e.label));
  return widest;
}

/** Below this many columns of text beside the dates, dates go on their own line above the text. */
const MIN_TEXT = 30;

/**
 * Renders entries as an aligned list for a terminal `columns` wide: the label, a marker, then the text wrapped
 * beside it and the id (dimmed) after it, or on a line of its own when it does not fit there: ids are never
 * split. On narrow terminals the label stands on its own line. No line is wider than `columns`, unless an id is.
 */
export function renderDatedEntries(
  entries: readonly DatedEntry[],
  columns: number,
  style: Style,
  labelW = labelWidth(entries),
): string[] {
  return [...datedLines(entries, columns, style, labelW)];
}

/**
 * The lines of renderDatedEntries one at a time, for views of any size: a timeline of a million facts is
 * millions of lines, too many to hold (or to spread into a push) at once.
 */
export function* datedLines(
  entries: Iterable<DatedEntry>,
  columns: number,
  style: Style,
  labelW: number,
): Generator<string> {
  const { chalk } = style;
  const inline = columns - (2 + labelW + 4) >= MIN_TEXT;
  const indent = inline ? 2 + labelW + 4 : 4;
  const textW = Math.max(1, columns - indent);
  for (const e of entries) {
    const prefix = e.prefix ? terminalSafe(e.prefix) : '';
    const words = `${prefix ? `${prefix} ` : ''}${terminalSafe(e.fact.text)}`;
    const lines = wrap(words, textW);
    const id = terminalSafe(e.fact.id);
    const last = lines[lines.length - 1] ?? '';
    const idFits = textWidth(last) + 3 + textWidth(id) <= textW;
    const styled = lines.map((l, i) => {
      // The prefix is bold where it stands whole on the first line (a long one may wrap; then it stays plain).
      const body =
        i === 0 && prefix && l.startsWith(prefix) ? chalk.bold(prefix) + l.slice(prefix.length) : l;
      return i === lines.length - 1 && idFits ? `${body}${chalk.dim(` · ${id}`)}` : body;
    });
    const head = `${markerOf(e.fact.status, style)} ${styled[0] ?? ''}`;
    const pad = ' '.repeat(indent);
    if (inline) {
      yield `  ${chalk.cyan(e.label)}${' '.repeat(labelW - textWidth(e.label))}  ${head}`;
    } else {
      yield `  ${chalk.cyan(e.label)}`;
      yield `  ${head}`;
    }
    for (const l of styled.slice(1)) yield `${pad}${l}`;
    // An id is never split: on a line of its own, indented less (down to none) when it needs the room.
    if (!idFits)
      yield `${' '.repeat(Math.max(0, Math.min(indent, columns - textWidth(id))))}${chalk.dim(id)}`;
  }
}

/** Lines as text, each ending in a line feed, in pieces of about 64 KiB: never one string of the whole view. */
export function* linesInChunks(lines: Iterable<string>): Generator<string> {
  let chunk: string[] = [];
  let size = 0;
  for (const line of lines) {
    chunk.push(line, '\n');
    size += line.length + 1;
    if (size >= 65536) {
      yield chunk.join('');
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}
