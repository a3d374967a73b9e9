import type { Fact } from '../model/types.js';
import { terminalSafe } from './terminalSafe.js';

/**
 * Facts as plain tab-separated lines for pipes: the id first (so `cut -f1` gives ids), then any extra columns
 * a command adds (a search score, an anniversary), the ISO date (empty when undated) and the text. One fact per
 * line, no colour; tabs and line breaks inside values become spaces.
 */
export function renderFactLines(rows: ReadonlyArray<{ fact: Fact; extra?: readonly string[] }>): string {
  return rows
    .map(
      ({ fact, extra = [] }) =>
        `${[fact.id, ...extra, fact.date ?? '', fact.text].map((c) => terminalSafe(c)).join('\t')}\n`,
    )
    .join('');
}
