// Every control (Cc) and format character (Cf) and the line and paragraph separators, except those a terminal
// draws harmlessly (soft hyphen, zero-width space and joiners, word joiner, BOM, emoji tag letters): ESC, C1,
// bidi embeddings, overrides and isolates, the Arabic letter mark and the rest of the invisible controls.
const UNSAFE = /(?![\u00ad\u200b-\u200d\u2060\ufeff\u{e0020}-\u{e007f}])[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * Makes text from data files safe to print on a terminal: escape and control characters are shown in caret
 * notation (ESC as "^[", BEL as "^G"), C1 controls as "<U+009B>", and bidirectional overrides and isolates as
 * "<U+202E>", so a fact file can never move the cursor, retitle the window, hide a link or reverse text.
 * Tabs and line breaks become spaces unless `keepNewlines` (they are layout, not content, in a table cell).
 */
export function terminalSafe(text: string, keepNewlines = false): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n') return keepNewlines ? '\n' : ' ';
    if (ch === '\t' || ch === '\r') return keepNewlines && ch === '\t' ? '\t' : ' ';
    if (code < 0x20) return `^${String.fromCharCode(code + 64)}`;
    if (code === 0x7f) return '^?';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}
