import type { Fact } from '../model/types.js';
import { terminalSafe } from './terminalSafe.js';

/**
 * Facts as plain tab-separated lines for pipes: id, ISO date (empty when undated), then the text, with an
 * optional score column after the id. One fact per line, no colour, so `cut -f1` gives ids.
 */
export function renderFactLines(rows: ReadonlyArray<{ fact: Fact; score?: number }>): string {
  return rows
    .map(({ fact, score }) => {
      const cells = [fact.id, ...(score === undefined ? [] : [score.toFixed(3)]), fact.date ?? '', fact.text];
      return `${cells.map((c) => terminalSafe(c)).join('\t')}\n`;
    })
    .join('');
}
