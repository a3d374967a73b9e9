import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from '../../src/export/csv.js';

/** Rows as the CSV export writes them: one record per row. */
const toCsv = (rows: ReadonlyArray<readonly string[]>) => rows.map(csvRow).join('');

describe('csvRow', () => {
  it('writes RFC 4180 that a standard parser reads back exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const safe = rows.map((r) => r.map((c) => c.replace(/^[=+\-@\t\r]/, 'x')));
          expect(parse(toCsv(safe), { relax_column_count: false })).toEqual(safe);
        },
      ),
    );
  });

  it('quotes commas, quotes and line breaks, and ends rows with CRLF', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines']])).toBe('"a,b","say ""hi""","two\nlines"\r\n');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('guards %j against formula injection', (value) => {
    expect(csvField(value).replace(/^"/, '')).toMatch(/^'/);
  });
});
