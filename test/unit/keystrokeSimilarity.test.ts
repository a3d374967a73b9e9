import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/fold.js';
import { keystrokeSimilarity } from '../../src/lib/keystrokeSimilarity.js';

// The expected values are counted by hand on the Cyrillic letters: one key per letter, so one slip per letter.
describe('keystrokeSimilarity', () => {
  it.each([
    // я and е swapped: two slips in 12 letters ("zemlyatreseni" and "zemletryaseni" are four edits apart)
    ['землятресени', 'землетрясени', 1 - 2 / 12],
    // ю typed for у: one slip in 6 letters
    ['прюдон', 'прудон', 1 - 1 / 6],
    // я typed for е at the end of a stem: one slip in 5
    ['время', 'време', 1 - 1 / 5],
  ])('%s → %s', (typed, term, similarity) => {
    expect(keystrokeSimilarity(fold(typed), fold(term))).toBeCloseTo(similarity, 10);
  });

  it('allows the slips of the word as typed: "тяга" is four keys, which allow one', () => {
    // "tyaga" has five folded letters, which would allow two: "tug" is two keys from "тяга" (я → у, а dropped)
    expect(keystrokeSimilarity(fold('тяга'), 'tuga')).toBeCloseTo(1 - 1 / 4, 10);
    expect(keystrokeSimilarity(fold('тяга'), 'tug')).toBe(0);
  });

  it('leaves words without я or ю to the letters, ч, ш and ц among them', () => {
    expect(keystrokeSimilarity('erdgoan', 'erdogan')).toBe(0);
    // "гранич" and "границ" differ in one key but two folded letters: that stays two
    expect(keystrokeSimilarity(fold('гранич'), fold('границ'))).toBe(0);
  });
});
