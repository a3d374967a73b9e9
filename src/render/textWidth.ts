import fastStringWidth from 'fast-string-width';

// Characters terminals draw as nothing that fast-string-width counts as one column: the soft hyphen, the
// zero-width space, non-joiner and word joiner, a stray byte order mark, and a zero-width joiner that does not
// join an emoji sequence (inside one, fast-string-width measures the sequence as a whole).
const INVISIBLE =
  /[\u00ad\u200b\u200c\u2060\ufeff]|(?<!\p{Extended_Pictographic}(?:[\u{1f3fb}-\u{1f3ff}]|\ufe0f)?)\u200d/gu;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const PLAIN = /^[\u0020-\u007e]*$/;

/**
 * Terminal columns a string takes, as terminals draw it: colour codes none, combining marks and invisible
 * joiners none, East Asian wide letters and emoji (with modifiers and joined sequences) two. Measured by
 * fast-string-width, which agrees with string-width at a fraction of its cost; plain ASCII is counted directly.
 */
export function textWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  return fastStringWidth(HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text);
}
