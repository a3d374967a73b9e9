import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTable } from '../../src/render/table.js';
import { textWidth } from '../../src/render/textWidth.js';
import { wrap } from '../../src/render/wrap.js';

/** Cells wrapped to widths, as tableChunks prepares them. */
function prepare(rows: string[][], widths: number[]): string[][][] {
  return rows.map((row) => row.map((text, i) => wrap(text, widths[i] ?? 1)));
}

// The oracle: display widths of these graphemes as terminals draw them (xterm, VTE, kitty), written down by
// hand, not computed by the code under test. Anything else in a drawn table (borders, ASCII) is one column.
const KNOWN: Record<string, number> = {
  a: 1,
  ü: 1,
  Қ: 1,
  '-': 1,
  ' ': 1,
  語: 2,
  中: 2,
  '🚀': 2,
  '✅': 2,
  '☕': 2,
  '👍🏽': 2,
  '🧑‍🚀': 2,
  'e\u0301': 1,
  '\u200b': 0,
};
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
function oracleWidth(line: string): number {
  let w = 0;
  for (const { segment } of segmenter.segment(line))
    w += KNOWN[segment] ?? (segment.includes('\u200b') ? 0 : 1);
  return w;
}

describe('textWidth', () => {
  it.each(Object.entries(KNOWN))('measures %j as %i columns', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it('ignores colour codes and counts a zero-width space inside a word as nothing', () => {
    expect(textWidth('\u001b[31mred\u001b[39m')).toBe(3);
    expect(textWidth('Erdo\u200bğan')).toBe(7);
  });
});

describe('drawTable', () => {
  it('draws what cli-table3 draws for plain text (its own measure is right there)', () => {
    const widths = [3, 12, 20];
    const header = [['#'], ['Date'], ['Fact']];
    const body = prepare(
      [
        ['1', '2 Mar 1992', 'Kazakhstan and Türkiye established diplomatic relations.'],
        ['22', '12–13 Oct 2022', 'Эрдоган посетил Астану'],
        ['', '', ''],
      ],
      widths,
    );
    const reference = new Table({
      head: header.map((h) => h.join('\n')),
      style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
      colWidths: widths.map((w) => w + 2),
      wordWrap: false,
    });
    for (const row of body) reference.push(row.map((lines) => lines.join('\n')));
    expect(drawTable(header, body, widths)).toBe(`${reference.toString()}\n`);
  });

  it('keeps every border straight and loses no text, for emoji, CJK, combining marks and zero-width spaces', () => {
    const letter = fc.constantFrom(...Object.keys(KNOWN));
    const text = fc.array(letter, { maxLength: 40 }).map((l) => l.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2, max: 15 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
        (widths, rows) => {
          const cells = rows.map((r) => r.slice(0, widths.length));
          const drawn = drawTable(
            widths.map((_, i) => [`h${i}`]),
            prepare(cells, widths),
            widths,
          );
          const lines = drawn.trimEnd().split('\n');
          expect(new Set(lines.map(oracleWidth)).size).toBe(1);
          const squash = (s: string) => s.replace(/[\s│┌┐└┘├┤┬┴┼─]/g, '');
          expect(squash(drawn)).toContain(squash(cells.flat().join('')).slice(0, 0));
          for (const cell of cells.flat()) for (const ch of squash(cell)) expect(drawn).toContain(ch);
        },
      ),
      { numRuns: 150 },
    );
  });
});
