import { terminalSafe } from '../render/terminalSafe.js';

function mdCell(text: string): string {
  return terminalSafe(text, true)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
    .replace(/\t/g, ' ');
}

/** A GitHub-flavoured Markdown table (header, separator, rows); pipes escaped, line breaks as <br>. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |\n`;
  return line(header) + `| ${header.map(() => '---').join(' | ')} |\n` + rows.map(line).join('');
}
