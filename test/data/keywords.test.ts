import { describe, expect, it } from 'vitest';
import { checkFactLists, KEYWORD_LISTS } from '../../src/factbase/checkFactLists.js';
import { loadBundled } from '../../src/factbase/loadBundled.js';
import { fold } from '../../src/lib/fold.js';
import { LANGUAGES } from '../../src/lib/language.js';
import { rawWords, termOf } from '../../src/search/languageTerms.js';
import { readLists, translations } from '../helpers/dataFiles.js';
import { DATA_DIR } from '../helpers/fakeContext.js';

const file = { facts: readLists('keywords.json') };
const data = loadBundled(DATA_DIR);

describe('the search keywords (data/keywords.json)', () => {
  it('give every fact keywords in all four languages, each in its own script', () => {
    for (const fact of data.facts) {
      const own = file.facts[fact.id];
      expect([fact.id, Object.keys(own ?? {}).sort()]).toEqual([fact.id, [...LANGUAGES].sort()]);
      for (const k of [...(own?.en ?? []), ...(own?.tr ?? [])])
        expect([fact.id, k]).toEqual([fact.id, expect.stringMatching(/^[\p{Script=Latin}' -]+$/u)]);
      for (const k of [...(own?.ru ?? []), ...(own?.kk ?? [])])
        expect([fact.id, k]).toEqual([fact.id, expect.stringMatching(/^[\p{Script=Cyrillic}' -]+$/u)]);
    }
  });

  it('name no entity: a keyword never adds a person, a place or an organisation', () => {
    const names = new Set(
      data.entities.flatMap((e) =>
        [e.name, ...Object.values(e.names ?? {}), ...e.aliases].map((n) => fold(n)),
      ),
    );
    const named = Object.entries(file.facts).flatMap(([id, byLang]) =>
      Object.values(byLang)
        .flat()
        .filter((k) => names.has(fold(k)))
        .map((k) => `${id}: ${k}`),
    );
    expect(named).toEqual([]);
  });

  it("add words: no keyword is only words of the fact's own text in its language", () => {
    const repeated: string[] = [];
    for (const fact of data.facts) {
      for (const [lang, list] of Object.entries(file.facts[fact.id] ?? {})) {
        const text = lang === 'en' ? fact.text : (translations[lang]?.[fact.id]?.text ?? '');
        const own = new Set(rawWords(text, lang as 'en').map((w) => termOf(w, lang as 'en')));
        for (const k of list) {
          if (rawWords(k, lang as 'en').every((w) => own.has(termOf(w, lang as 'en'))))
            repeated.push(`${fact.id} ${lang}: ${k}`);
        }
      }
    }
    expect(repeated).toEqual([]);
  });

  it('are checked when loaded: unknown facts, languages and keywords that are not words are refused', () => {
    const ids = new Set(['a-fact']);
    const problems = (facts: unknown) => checkFactLists({ facts }, ids, KEYWORD_LISTS).problems;
    expect(problems({ 'a-fact': { en: ['award', 'honour'] } })).toEqual([]);
    expect(problems({ 'no-fact': { en: ['award'] } })).toEqual(['keywords of unknown fact "no-fact"']);
    expect(problems({ 'a-fact': { de: ['Preis'] } })).toEqual([
      'fact "a-fact", de: not a language of kzt (want en, tr, ru, kk)',
    ]);
    expect(problems({ 'a-fact': { en: [] } })).toEqual([
      'fact "a-fact", en: want a list of 1 to 12 keywords',
    ]);
    for (const bad of ['1992', 'four word long keyword', ' award', '', 'a\u0007b'])
      expect(problems({ 'a-fact': { en: [bad] } })).toEqual([
        `fact "a-fact", en: "${bad}" is not a keyword (1 to 3 words of letters)`,
      ]);
    expect(checkFactLists([], ids, KEYWORD_LISTS).problems).toEqual([
      'want an object with a "facts" object of keywords by fact id',
    ]);
  });
});
