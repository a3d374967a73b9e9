import { textWidth } from './textWidth.js';

/**
 * Wraps plain text (no colour codes) to lines of at most `width` columns, breaking between words and
 * splitting only words longer than a whole line. Existing line breaks are kept.
 */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      let rest = word;
      let w = textWidth(rest);
      if (lineWidth > 0 && lineWidth + 1 + w <= max) {
        line += ` ${rest}`;
        lineWidth += 1 + w;
        continue;
      }
      if (lineWidth > 0) lines.push(line);
      while (w > max) {
        let cut = '';
        let cutWidth = 0;
        for (const ch of rest) {
          const cw = textWidth(ch);
          if (cutWidth + cw > max) break;
          cut += ch;
          cutWidth += cw;
        }
        if (cut === '') cut = [...rest][0] ?? ''; // a wide character in a one-column line: it cannot fit, print it anyway
        lines.push(cut);
        rest = rest.slice(cut.length);
        w = textWidth(rest);
      }
      line = rest;
      lineWidth = w;
    }
    lines.push(line);
  }
  return lines;
}

/** Wraps an identifier at its hyphens ("erdogan-visit-" / "astana-2017"), cutting only parts longer than a line. */
export function wrapId(id: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of id.split(/(?<=-)/)) {
    if (line !== '' && textWidth(line + part) > width) {
      lines.push(line);
      line = '';
    }
    line += part;
  }
  return line === '' ? lines : [...lines, ...wrap(line, width)];
}

/** Wraps text with a hanging indent: `first` columns before the first line, `rest` (≥ first) before the others. */
export function hang(text: string, width: number, first: number, rest: number): string[] {
  return wrap(text, width - rest).map((l, i) => ' '.repeat(i === 0 ? first : rest) + l);
}
