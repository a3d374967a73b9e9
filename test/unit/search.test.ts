import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactStore } from '../../src/model/FactStore.js';
import type { DataSet } from '../../src/model/types.js';
import { SearchIndex } from '../../src/search/SearchIndex.js';
import { parseQuery } from '../../src/search/parseQuery.js';

const mini = JSON.parse(readFileSync(new URL('../fixtures/mini.json', import.meta.url), 'utf8')) as DataSet;
const store = new FactStore(mini);
const ids = (query: string, filter?: (doc: number) => boolean) =>
  store.searcher.search(query, { filter }).map((h) => store.factAt(h.doc).id);

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
    const hits = store.searcher.search('visit ankara');
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('applies a filter before ranking', () => {
    const visit2022 = store.facts.findIndex((f) => f.id === 'visit-2022');
    expect(ids('visit', (doc) => doc === visit2022)).toEqual(['visit-2022']);
  });

  it('suggests vocabulary words when nothing matched', () => {
    expect(store.searcher.suggest('embasys')).toContain('embassy');
  });
});

describe('SearchIndex', () => {
  it('survives a JSON round trip unchanged', () => {
    const built = SearchIndex.build(mini.facts, (id) => mini.entities.find((e) => e.id === id));
    const restored = SearchIndex.fromJSON(
      JSON.parse(JSON.stringify(built.toJSON())) as ReturnType<typeof built.toJSON>,
    );
    expect(restored.toJSON()).toEqual(built.toJSON());
    expect(restored.idf('ankara')).toBeLessThan(restored.idf('embassy'));
  });
});
