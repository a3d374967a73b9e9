import { readFileSync } from 'node:fs';
import { STOPWORD_ENTRIES } from '../../src/search/stopwords.js';
import { SYNONYM_ENTRIES, synonyms } from '../../src/search/synonyms.js';
import { tokenize } from '../../src/search/tokenize.js';
import { describe, expect, it } from 'vitest';
import { FactBase } from '../../src/factbase/FactBase.js';
import type { Fact } from '../../src/model/types.js';
import type { DataSet } from '../../src/model/types.js';
import { IndexFormatError, SearchIndex } from '../../src/search/SearchIndex.js';
import { parseQuery } from '../../src/search/parseQuery.js';

const mini = JSON.parse(readFileSync(new URL('../fixtures/mini.json', import.meta.url), 'utf8')) as DataSet;
const store = new FactBase(mini);
const ids = (query: string, filter?: (fact: Fact) => boolean) =>
  store.search(query, { filter }).map((h) => h.fact.id);

describe('parseQuery', () => {
  it('drops stopwords but keeps a query made only of them', () => {
    expect(parseQuery('when did the visit happen').map((t) => t.word)).toEqual(['visit']);
    expect(parseQuery('the').map((t) => t.word)).toEqual(['the']);
  });

  it('maps Turkish and Russian domain words to English alternatives', () => {
    expect(parseQuery('büyükelçilik')[0]?.alternatives).toContain('embassy');
    expect(parseQuery('визит')[0]?.alternatives).toContain('visit');
  });
});

describe('FactSearcher', () => {
  it('ranks the fact that holds every query word first', () => {
    expect(ids('strategic partnership')[0]).toBe('partnership-treaty');
    expect(ids('tokayev visit')[0]).toBe('visit-2022');
  });

  it('finds entities by alias in any script', () => {
    expect(ids('Токаев')).toEqual(['visit-2022']);
    expect(ids('Эрдоган').sort()).toEqual(['undated-remark', 'visit-2015']);
  });

  it('prefers the fact of a year named in the query', () => {
    expect(ids('ankara visit 2015')[0]).toBe('visit-2015');
  });

  it('forgives a typo', () => {
    expect(ids('embasy')).toEqual(['embassy-opened']);
  });

  it('returns nothing for words the data does not contain', () => {
    expect(ids('penguin migration')).toEqual([]);
    expect(ids('stock market crash')).toEqual([]);
  });

  it('gives scores between 0 and 1, best first', () => {
    const hits = store.search('visit ankara');
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('applies a filter before ranking', () => {
    expect(ids('visit', (fact) => fact.id === 'visit-2022')).toEqual(['visit-2022']);
  });

  it('suggests vocabulary words when nothing matched', () => {
    expect(store.suggest('embasys')).toContain('embassy');
  });
});

describe('SearchIndex', () => {
  const built = SearchIndex.build(mini.facts, (id) => mini.entities.find((e) => e.id === id));
  const postings = (index: SearchIndex) =>
    index.terms.map((t) => {
      const list: Array<[number, number]> = [];
      index.forEachPosting(t, (doc, w) => list.push([doc, w]));
      return [t, index.surfaceOf(t), list] as const;
    });

  it('survives an encode/decode round trip unchanged, with its metadata', () => {
    const { index, meta } = SearchIndex.decode(built.encode({ key: 'abc' }));
    expect(meta).toEqual({ key: 'abc' });
    expect(postings(index)).toEqual(postings(built));
    expect(index.idf('ankara')).toBeLessThan(index.idf('embassy'));
    expect(index.lengthOf(0)).toBe(built.lengthOf(0));
  });

  it('decodes from an unaligned buffer', () => {
    const bytes = built.encode();
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(postings(SearchIndex.decode(shifted.subarray(1)).index)).toEqual(postings(built));
  });

  it('refuses bytes it did not write: foreign, truncated or inconsistent', () => {
    const bytes = built.encode();
    expect(() => SearchIndex.decode(Buffer.from('{"not":"an index"}'))).toThrow(IndexFormatError);
    expect(() => SearchIndex.decode(bytes.subarray(0, bytes.length - 3))).toThrow(IndexFormatError);
    const corrupt = Buffer.from(bytes);
    const count = postings(built).flatMap(([, , list]) => list).length;
    // The last doc number sits before the weights (4 bytes each) and the text lengths (2 bytes per fact).
    corrupt.writeUInt32LE(0xffffffff, corrupt.length - mini.facts.length * 2 - count * 4 - 4);
    expect(() => SearchIndex.decode(corrupt)).toThrow(IndexFormatError);
  });
});

describe('the synonym and stopword tables', () => {
  it('hold only entries that fold and stem to exactly one search term', () => {
    for (const entry of [...SYNONYM_ENTRIES, ...STOPWORD_ENTRIES])
      expect([entry, tokenize(entry).length]).toEqual([entry, 1]);
  });

  it('find the Turkish word for a flight in any case form', () => {
    for (const word of ['uçuş', 'ucus', 'uçuşlar'])
      expect(synonyms().get(tokenize(word)[0] ?? '')).toContain('flight');
  });
});
