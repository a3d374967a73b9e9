// Controls, DEL and C1, the Arabic letter mark, LRM/RLM, bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from data files safe to print on a terminal: escape and control characters are shown in caret
 * notation (ESC as "^[", BEL as "^G"), C1 controls as "<U+009B>", and bidirectional overrides and isolates as
 * "<U+202E>", so a fact file can never move the cursor, retitle the window, hide a link or reverse text.
 * Tabs and line breaks become spaces unless `keepNewlines` (they are layout, not content, in a table cell).
 */
export function terminalSafe(text: string, keepNewlines = false): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\n') return keepNewlines ? '\n' : ' ';
    if (ch === '\t' || ch === '\r') return keepNewlines && ch === '\t' ? '\t' : ' ';
    if (code < 0x20) return `^${String.fromCharCode(code + 64)}`;
    if (code === 0x7f) return '^?';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}
