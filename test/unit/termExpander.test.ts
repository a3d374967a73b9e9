import type FuseType from 'fuse.js';
import { describe, expect, it, vi } from 'vitest';
import { allowedTypos } from '../../src/lib/closest.js';
import { editDistance } from '../../src/lib/editDistance.js';
import { TermExpander } from '../../src/search/TermExpander.js';
import { Vocabulary } from '../../src/search/Vocabulary.js';

// fuse.js as it is, with a record of how many words each search ranks.
const ranked: number[] = [];
vi.mock('fuse.js', async (importOriginal) => {
  const { default: Fuse } = await importOriginal<{ default: typeof FuseType }>();
  return {
    default: class extends Fuse<string> {
      constructor(list: readonly string[], options?: ConstructorParameters<typeof FuseType<string>>[1]) {
        super(list, options);
        ranked.push(list.length);
      }
    },
  };
});

describe('TermExpander over look-alike words (RT-10)', () => {
  // Every word a shuffle of the same letters plus a suffix: the letter-mask prefilter keeps them all, and fuse.js
  // once ran Bitap over 100,000 of them for each query word (14 s for 20 words over 100,000 facts).
  let seed = 1;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const letters = 'erdogannagodr'.split('');
  const words = Array.from({ length: 100_000 }, (_, i) => {
    const w = [...letters].sort(() => (next() % 2 ? 1 : -1)).join('');
    return `${w}${String.fromCharCode(97 + (i % 26), 97 + (((i / 26) | 0) % 26), 97 + (((i / 676) | 0) % 26))}`;
  });
  const vocabulary = [...new Set(words)].sort();
  const expander = new TermExpander(Vocabulary.of(vocabulary));

  it('ranks with fuse.js only the words within the allowed typos, and still finds the word one typo away', () => {
    const target = words[0] ?? '';
    const typo = `${target.slice(0, 5)}${target.slice(6)}`;
    ranked.length = 0;
    const found = expander.expand(typo).map((e) => e.term);
    expect(found).toContain(target);
    // The words that could qualify: the same first letter, within the typos a word of this length is allowed.
    const typos = allowedTypos(typo.length);
    const reachable = vocabulary.filter(
      (w) => w[0] === typo[0] && editDistance(typo, w, typos) <= typos,
    ).length;
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toBeLessThanOrEqual(reachable);
    // Before the fix fuse.js ranked the whole bucket: every look-alike of a near length (about 18,000 here).
    expect(reachable).toBeLessThan(vocabulary.length / 5);
  });
});
