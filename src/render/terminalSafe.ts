// Every control (Cc) and format character (Cf) and the line and paragraph separators, except the joiners that
// emoji sequences and some scripts need (ZWNJ, ZWJ) and emoji tag letters: ESC, C1, bidi embeddings, overrides
// and isolates, the Arabic letter mark and the rest of the invisible controls.
const UNSAFE = /(?![\u200c-\u200d\u{e0020}-\u{e007f}])[\p{Cc}\p{Cf}\u2028\u2029]/gu;
// Invisible characters that carry nothing a reader sees (soft hyphen, zero-width space, word joiner, a stray
// byte order mark): dropped rather than shown, since terminals disagree on whether they take a column, and a
// column either way would shift a table's border on some of them.
const DROPPED = new Set(['\u00ad', '\u200b', '\u2060', '\ufeff']);

/**
 * Makes text safe to print on a terminal: escape and control characters are shown in caret notation (ESC as
 * "^[", BEL as "^G"), C1 controls as "<U+009B>", and bidirectional overrides and isolates as "<U+202E>", so a
 * fact file, a file name or a flag value can never move the cursor, retitle the window, hide a link or reverse
 * text; invisible spacing characters are dropped. Tabs and line breaks become spaces unless `keepNewlines`
 * (they are layout, not content, in a table cell). The one sanitiser for everything kzt prints to a terminal.
 */
export function terminalSafe(text: string, keepNewlines = false): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n') return keepNewlines ? '\n' : ' ';
    if (ch === '\t' || ch === '\r') return keepNewlines && ch === '\t' ? '\t' : ' ';
    if (DROPPED.has(ch)) return '';
    if (code < 0x20) return `^${String.fromCharCode(code + 64)}`;
    if (code === 0x7f) return '^?';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}
