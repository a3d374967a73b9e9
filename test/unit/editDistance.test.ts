import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/lib/editDistance.js';

describe('editDistance', () => {
  it.each([
    ['erdogan', 'erdogan', 0],
    ['erdgoan', 'erdogan', 1], // one transposition
    ['embasy', 'embassy', 1],
    ['kazakstan', 'kazakhstan', 1],
    ['tokaev', 'toqaev', 1],
    ['relatons', 'relation', 2],
    ['penguin', 'engineer', 5],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 10)).toBe(d);
  });

  it('stops early and reports max + 1 once the distance exceeds max', () => {
    expect(editDistance('penguin', 'engineer', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
