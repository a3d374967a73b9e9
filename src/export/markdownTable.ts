import { terminalSafe } from '../render/terminalSafe.js';

function mdCell(text: string): string {
  return terminalSafe(text, true)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
    .replace(/\t/g, ' ');
}

/** One row of a GitHub-flavoured Markdown table; pipes escaped, line breaks as <br>. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map(mdCell).join(' | ')} |\n`;
}

/** The header row and separator of a Markdown table. */
export function markdownHeader(header: readonly string[]): string {
  return markdownRow(header) + `| ${header.map(() => '---').join(' | ')} |\n`;
}
