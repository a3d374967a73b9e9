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

/** The most characters of what the user typed that a message quotes back. */
const QUOTED = 80;

/**
 * What the user typed, terminal-safe and cut to about 80 characters ("…" at the cut), for a message that quotes
 * it: a query of 100 kB gets a one-line error a reader can take in, not the query back.
 */
export function quoted(text: string): string {
  const chars = [...terminalSafe(text)];
  return chars.length <= QUOTED ? chars.join('') : `${chars.slice(0, QUOTED - 1).join('')}…`;
}

/** A list of words for a message, each quoted, at most `max` of them and then how many more. */
export function quotedList(words: readonly string[], max = 5): string {
  const shown = words.slice(0, max).map(quoted).join(', ');
  return words.length > max ? `${shown} and ${words.length - max} more` : shown;
}

/**
 * A message with every part between two `quote` marks longer than QUOTED characters cut as `quoted` cuts it:
 * error messages quote ids, names, flag values and file contents as the user gave them (commander quotes an
 * unknown option or command with single quotes), and one of 20 kB should not fill the terminal.
 */
export function shortenQuotes(message: string, quote: '"' | "'" = '"'): string {
  const part = new RegExp(`${quote}([^${quote}\\n]{${QUOTED + 1},})${quote}`, 'g');
  return message.replace(part, (_, inside: string) => `${quote}${quoted(inside)}${quote}`);
}
