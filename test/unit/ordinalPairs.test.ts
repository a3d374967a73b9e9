import { describe, expect, it } from 'vitest';
import { ANY_WORD, ordinalPairs, ordinalPairTerm, wordReader } from '../../src/search/ordinalPairs.js';
import { parseQuery } from '../../src/search/parseQuery.js';
import { SearchIndex } from '../../src/search/SearchIndex.js';
import { words } from '../../src/search/tokenize.js';
import type { Fact } from '../../src/model/types.js';

// Words as their own terms: the expected pairs are read off the sentences by hand.
const pairsOf = (text: string) =>
  ordinalPairs(
    words(text),
    wordReader((w) => w),
  );
const pair = ordinalPairTerm;

describe('ordinalPairs', () => {
  it('pairs an ordinal with the next two words that are no stopwords', () => {
    expect(pairsOf("Almaty hosted the Turkic Council's first summit, devoted to trade")).toEqual([
      pair(1, 'summit'),
      pair(1, 'devoted'),
    ]);
    expect(pairsOf('the fifth session of the High-Level Council')).toEqual([
      pair(5, 'session'),
      pair(5, 'high'),
    ]);
    expect(pairsOf('its first Secretary General')).toEqual([pair(1, 'secretary'), pair(1, 'general')]);
  });

  it('reads ordinals in every language and in digits', () => {
    // words() folds to Latin: "саммиті" is "sammiti"
    expect(pairsOf('Түркі кеңесінің алғашқы саммиті өтті')).toEqual([pair(1, 'sammiti'), pair(1, 'otti')]);
    expect(pairsOf('ilk zirve Ankara')).toEqual([pair(1, 'zirve'), pair(1, 'ankara')]);
    expect(pairsOf('at its 13th session')).toEqual([pair(13, 'session')]);
  });

  it('pairs "for the third time" with any word, and stops at another ordinal', () => {
    expect(pairsOf('the council met for the third time in Ankara')).toEqual([
      pair(3, ANY_WORD),
      pair(3, 'ankara'),
    ]);
    expect(pairsOf('the first and second summits')).toEqual([pair(2, 'summits')]);
    expect(pairsOf('summit')).toEqual([]);
  });

  it('puts the pairs of a fact in the index, and a query asks the word after its ordinal', () => {
    const fact = {
      id: 'a',
      text: "Almaty hosted the Turkic Council's first summit.",
      date: '2011-10-21',
      kind: 'event',
      tags: [],
      entities: [],
      sources: [],
      status: 'corroborated',
    } as unknown as Fact;
    const index = SearchIndex.build([fact], () => undefined);
    expect(index.terms).toContain(pair(1, 'summit'));
    expect(index.terms).not.toContain(pair(1, 'almaty'));
    const ordinal = parseQuery('Where was the first summit of the Turkic Council?').find(
      (t) => t.word === '1st',
    );
    expect(ordinal?.counts).toEqual({ n: 1, word: 'summit' });
  });
});
