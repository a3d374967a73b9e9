import { describe, expect, it } from 'vitest';
import { computeWordTables } from '../../src/search/computeWordTables.js';
import { WORD_TABLES } from '../../src/search/wordTables.js';

describe('src/search/wordTables.ts', () => {
  it('is what `npm run tables` makes of the word lists now (run it after changing a list)', () => {
    expect(WORD_TABLES).toEqual(computeWordTables());
  });
});
