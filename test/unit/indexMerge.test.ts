import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexBuilder } from '../../src/search/indexBuilder.js';
import { encodeIndex } from '../../src/search/indexCodec.js';
import { mergeIndexParts } from '../../src/search/mergeIndexParts.js';
import { bundledData } from '../helpers/fakeContext.js';

describe('an index built by two builders taking turns', () => {
  const data = bundledData();
  const entityOf = (id: string) => data.entities.find((e) => e.id === id);
  const whole = () => {
    const b = indexBuilder(entityOf);
    for (const f of data.facts) b.add(f);
    return Buffer.concat(encodeIndex(b.finish()));
  };

  it('is byte for byte the index one builder makes of all the facts in order', () => {
    const expected = whole();
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: data.facts.length, maxLength: data.facts.length }),
        (mine) => {
          // Each fact goes to one of two builders, as chunks go to two threads.
          const a = indexBuilder(entityOf);
          const b = indexBuilder(entityOf);
          data.facts.forEach((f, doc) => (mine[doc] ? a : b).add(f, doc));
          const merged = mergeIndexParts(a.finish(data.facts.length), b.finish(data.facts.length));
          expect(Buffer.concat(encodeIndex(merged)).equals(expected)).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('is the same when each builder takes runs of consecutive facts, as the two threads do', () => {
    const expected = whole();
    const n = data.facts.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }), (x, y) => {
        // The first builder holds the facts before `from` (the bundled ones) and from `to` on; the second the rest.
        const [from, to] = x <= y ? [x, y] : [y, x];
        const a = indexBuilder(entityOf);
        const b = indexBuilder(entityOf);
        data.facts.forEach((f, doc) => (doc < from || doc >= to ? a : b).add(f, doc));
        const merged = mergeIndexParts(a.finish(n), b.finish(n));
        expect(Buffer.concat(encodeIndex(merged)).equals(expected)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
