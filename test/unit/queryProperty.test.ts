import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FactBase } from '../../src/factbase/FactBase.js';
import { bundledData, runKzt } from '../helpers/fakeContext.js';

const store = new FactBase(bundledData());
// Words from the data, other scripts, punctuation, digits, control characters and plain noise.
const word = fc.oneof(
  fc.constantFrom(
    'erdogan',
    'Эрдоган',
    'büyükelçilik',
    'ANKARA',
    '2015',
    'strategic',
    'Қазақстан',
    'the',
    'which',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const query = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '));

describe('any query', () => {
  it('gives hits with scores in 0..1, best first, within the limit, and never throws', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 20 }), (q, limit) => {
        const hits = store.search(q, { limit });
        expect(hits.length).toBeLessThanOrEqual(limit);
        for (const h of hits) {
          expect(h.score).toBeGreaterThanOrEqual(0.5);
          expect(h.score).toBeLessThanOrEqual(1);
        }
        for (let i = 1; i < hits.length; i++) {
          expect(Math.round((hits[i - 1]?.score ?? 0) * 1000)).toBeGreaterThanOrEqual(
            Math.round((hits[i]?.score ?? 0) * 1000),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('through the CLI exits 0 or 1 with JSON on stdout and at most one stderr line', () => {
    fc.assert(
      fc.property(
        query.filter((q) => q.trim() !== '' && !q.trim().startsWith('-')),
        (q) => {
          const r = runKzt(['facts', 'search', '--json', '--', q]);
          expect([0, 1]).toContain(r.code);
          expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
          expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
          expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u009b\u202e]/); // eslint-disable-line no-control-regex
        },
      ),
      { numRuns: 150 },
    );
  });
});
