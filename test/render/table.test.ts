import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeStyle } from '../../src/render/style.js';
import { cliTable, drawTable } from '../../src/render/table.js';
import { textWidth } from '../../src/render/textWidth.js';
import { wrap } from '../../src/render/wrap.js';

const { chalk } = makeStyle(true);

/** Cells wrapped to widths, as renderTable prepares them. */
function prepare(rows: string[][], widths: number[]): string[][][] {
  return rows.map((row) => row.map((text, i) => wrap(text, widths[i] ?? 1)));
}

describe('drawTable', () => {
  it('draws exactly what cli-table3 draws, for text, colour, line breaks and wide letters', () => {
    const widths = [3, 12, 20];
    const header = [[chalk.bold('#')], [chalk.bold('Date')], [chalk.bold('Fact')]];
    const body = prepare(
      [
        ['1', '2 Mar 1992', 'Kazakhstan and Türkiye established diplomatic relations.'],
        ['22', '12–13 Oct 2022', 'Эрдоган посетил Астану; 日本語 text; e\u0301 combining'],
        ['', '', ''],
      ],
      widths,
    );
    body[0]![2] = body[0]![2]!.map((l) => chalk.cyan(l));
    expect(drawTable(header, body, widths)).toBe(cliTable(header, body, widths));
  });

  it('agrees with cli-table3 on any cells', () => {
    const letter = fc.constantFrom('a', 'Z', ' ', 'ü', 'Қ', '語', 'e\u0301', '-', '1');
    const text = fc.array(letter, { maxLength: 40 }).map((l) => l.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2, max: 15 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
        (widths, rows) => {
          const header = widths.map((_, i) => [`h${i}`]);
          const body = prepare(
            rows.map((r) => r.slice(0, widths.length)),
            widths,
          );
          const drawn = drawTable(header, body, widths);
          expect(drawn).toBe(cliTable(header, body, widths));
          expect(new Set(drawn.trimEnd().split('\n').map(textWidth)).size).toBe(1);
        },
      ),
      { numRuns: 150 },
    );
  });
});
