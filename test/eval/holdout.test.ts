import { describe, expect, it } from 'vitest';
import { lazyTexts } from '../../src/factbase/loadTexts.js';
import { bundledData, DATA_DIR } from '../helpers/fakeContext.js';
import { loadQueries } from './evaluate.js';
import { asHoldout, checkDrafts, drawFacts, holdoutFacts, type DraftQuery } from './holdout.js';

describe('writing a blind holdout (npm run holdout)', () => {
  const data = bundledData();

  it('draws the same facts for the same seed, other facts for another, never one twice', () => {
    const ids = (seed: number) => drawFacts(data.facts, 36, seed).map((f) => f.id);
    expect(ids(4401)).toEqual(ids(4401));
    expect(ids(4401)).not.toEqual(ids(4502));
    expect(new Set(ids(4401)).size).toBe(36);
    expect(drawFacts(['a', 'b'], 36, 1).sort()).toEqual(['a', 'b']);
  });

  it("shows the writer every language's text and the entities' names, and nothing of the eval", () => {
    const texts = lazyTexts(DATA_DIR, false);
    const entities = new Map(data.entities.map((e) => [e.id, e]));
    const fact = data.facts.find((f) => f.id === 'diplomatic-relations-established');
    const [shown] = holdoutFacts(
      fact ? [fact] : [],
      (lang, id) => texts(lang).get(id),
      (id) => entities.get(id),
    );
    expect(Object.keys(shown?.text ?? {}).sort()).toEqual(['en', 'kk', 'ru', 'tr']);
    expect(shown?.text.ru).toContain('1992');
    expect(shown?.entities.find((e) => e.id === 'turkiye')?.names.tr).toBe('Türkiye');
    const allowed = ['date', 'entities', 'id', 'kind', 'note', 'text'];
    expect(Object.keys(shown ?? {}).filter((k) => !allowed.includes(k))).toEqual([]);
    expect(Object.keys(shown?.note ?? {}).sort()).toEqual(fact?.note ? ['en', 'kk', 'ru', 'tr'] : []);
  });

  it('finds repeats, unknown facts and mismatched categories, and the facts of a date query’s day', () => {
    const drafts: DraftQuery[] = [
      {
        query: 'strategic partnership',
        lang: 'en',
        category: 'keyword',
        expect: ['strategic-partnership-treaty-2009'],
      },
      { query: 'Mersin consul', lang: 'en', category: 'keyword', expect: ['no-such-fact'] },
      {
        query: 'Mersin consul ',
        lang: 'en',
        category: 'keyword',
        expect: ['mersin-honorary-consulate-2015'],
      },
      { query: 'tenge lira rate', lang: 'en', category: 'nothing', expect: ['trade-2024-and-targets'] },
      {
        query: '2 March 1992 relations',
        lang: 'en',
        category: 'date',
        expect: ['diplomatic-relations-established'],
      },
    ];
    const findings = checkDrafts(drafts, loadQueries(), data.facts);
    const at = (i: number) => findings.filter((f) => f.index === i).map((f) => [f.blocking, f.message]);
    // "strategic partnership" is the eval's first query; the third repeats the second but for a space
    expect(at(0)).toEqual([[true, 'repeats a query: strategic partnership']]);
    expect(at(1)).toEqual([[true, 'expects no-such-fact, which is no fact']]);
    expect(at(2)).toEqual([[true, 'repeats a query: Mersin consul ']]);
    expect(at(3)).toEqual([[true, 'category nothing with 1 expected']]);
    // the protocol was signed on the day relations were established: a fact to consider, not a fault
    expect(at(4)).toEqual([[false, expect.stringContaining('cetin-visit-kazakhstan-1992')]]);
  });

  it('adds drafts as a holdout set, with a note last', () => {
    expect(
      asHoldout(
        [{ query: 'q', lang: 'tr', category: 'date', expect: ['x'], note: 'widened before scoring' }],
        'holdout-53',
      ),
    ).toEqual([
      {
        query: 'q',
        lang: 'tr',
        category: 'date',
        expect: ['x'],
        holdout: true,
        set: 'holdout-53',
        note: 'widened before scoring',
      },
    ]);
  });

  it('holds no query twice, word for word, across the tuned sets and every holdout', () => {
    const seen = new Map<string, number>();
    for (const q of loadQueries()) seen.set(q.query.trim(), (seen.get(q.query.trim()) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });
});
