import { textWidth } from './textWidth.js';

// Made on first use: building a segmenter loads ICU data (about 20 ms), which most runs never need.
let graphemes: Intl.Segmenter | undefined;

/**
 * Splits a word wider than `max` into pieces of at most `max` columns, between graphemes (an emoji with its
 * skin tone, a letter with its accent stay whole), in one pass over the word.
 */
function splitWord(word: string, max: number): string[] {
  const pieces: string[] = [];
  let cut = '';
  let cutWidth = 0;
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(word)) {
    const w = textWidth(segment);
    // A wide character in a one-column line cannot fit: it goes on a line of its own anyway.
    if (cutWidth + w > max && cut !== '') {
      pieces.push(cut);
      cut = '';
      cutWidth = 0;
    }
    cut += segment;
    cutWidth += w;
  }
  pieces.push(cut);
  return pieces;
}

/** A URL or a kebab-case identifier: split across lines, it could no longer be clicked, copied or pasted. */
export function isUnbreakable(word: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(word) || /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)+$/u.test(word);
}

/**
 * Wraps plain text (no colour codes) to lines of at most `width` columns, breaking between words and
 * splitting only words longer than a whole line. Existing line breaks are kept. With `keepWhole`, URLs and
 * identifiers are never split: one longer than a line stands alone on a line that is wider than `width`, for the
 * terminal to soft-wrap.
 */
export function wrap(text: string, width: number, keepWhole = false): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      let rest = word;
      let w = textWidth(rest);
      if (line !== '' && lineWidth + 1 + w <= max) {
        line += ` ${rest}`;
        lineWidth += 1 + w;
        continue;
      }
      if (line !== '') lines.push(line);
      if (w > max && !(keepWhole && isUnbreakable(rest))) {
        const pieces = splitWord(rest, max);
        rest = pieces.pop() ?? '';
        lines.push(...pieces);
        w = textWidth(rest);
      }
      line = rest;
      lineWidth = w;
    }
    lines.push(line);
  }
  return lines;
}

/** The widest word of a text that `wrap` keeps whole, in columns (0 when there is none). */
export function widestUnbreakable(text: string): number {
  let widest = 0;
  for (const word of text.split(/[ \n]+/))
    if (isUnbreakable(word)) widest = Math.max(widest, textWidth(word));
  return widest;
}

/** Wraps text with a hanging indent: `first` columns before the first line, `rest` (≥ first) before the others. */
export function hang(text: string, width: number, first: number, rest: number, keepWhole = false): string[] {
  return wrap(text, width - rest, keepWhole).map((l, i) => ' '.repeat(i === 0 ? first : rest) + l);
}
