import fastStringWidth from 'fast-string-width';

// Zero-width spaces and joiners outside emoji sequences, the word joiner and a stray byte order mark: terminals
// draw them as nothing, so they must take no room in a table.
const INVISIBLE = /[\u200b\u2060\ufeff]/g;
const PLAIN = /^[\u0020-\u007e]*$/;

/**
 * Terminal columns a string takes, as terminals draw it: colour codes none, combining marks none, East Asian
 * wide letters and emoji (with modifiers and joined sequences) two. Measured by fast-string-width, which agrees
 * with string-width at a fraction of its cost; plain ASCII is counted directly.
 */
export function textWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  return fastStringWidth(
    text.includes('\u200b') || text.includes('\u2060') || text.includes('\ufeff')
      ? text.replace(INVISIBLE, '')
      : text,
  );
}
