import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkKeywords } from '../../src/factbase/checkKeywords.js';
import { loadBundled } from '../../src/factbase/loadBundled.js';
import { fold } from '../../src/lib/fold.js';
import { LANGUAGES } from '../../src/lib/language.js';
import { rawWords, termOf } from '../../src/search/languageTerms.js';
import { DATA_DIR } from '../helpers/fakeContext.js';

const read = (name: string): unknown => JSON.parse(readFileSync(`${DATA_DIR}/${name}`, 'utf8'));
const file = read('keywords.json') as { facts: Record<string, Record<string, string[]>> };
const data = loadBundled(DATA_DIR);
const texts = Object.fromEntries(
  ['tr', 'ru', 'kk'].map((lang) => [
    lang,
    (read(`texts/${lang}.json`) as { facts: Record<string, { text: string }> }).facts,
  ]),
);

describe('the search keywords (data/keywords.json)', () => {
  it('follow their schema and the loader takes them', () => {
    const validate = new Ajv({ allErrors: true }).compile(read('keywords.schema.json') as object);
    expect(validate(file) ? [] : validate.errors).toEqual([]);
    expect(Object.keys(data.keywords ?? {}).length).toBe(data.facts.length);
  });

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
        const text = lang === 'en' ? fact.text : (texts[lang]?.[fact.id]?.text ?? '');
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
    const problems = (facts: unknown) => checkKeywords({ facts }, ids).problems;
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
    expect(checkKeywords([], ids).problems).toEqual([
      'want an object with a "facts" object of keywords by fact id',
    ]);
  });

  it('a damaged keywords file is a data error naming it when the facts are indexed; a missing one, no keywords', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzt-keywords-'));
    try {
      cpSync(DATA_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'keywords.json'), '{"facts": {');
      // Read on first use: a run that indexes no bundled fact never reads them.
      const damaged = loadBundled(dir);
      expect(() => damaged.keywords).toThrow(/^data\/keywords\.json:1: invalid JSON/);
      writeFileSync(
        join(dir, 'keywords.json'),
        JSON.stringify({ facts: { 'no-such-fact': { en: ['award'] } } }),
      );
      expect(() => loadBundled(dir).keywords).toThrow(
        'data/keywords.json: keywords of unknown fact "no-such-fact"',
      );
      rmSync(join(dir, 'keywords.json'));
      expect(loadBundled(dir).keywords).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
