import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../src/factbase/checkTexts.js';
import type { TextsFile } from '../../src/factbase/loadTexts.js';
import { TRANSLATED } from '../../src/lib/language.js';
import type { Fact } from '../../src/model/types.js';
import { DATA_DIR } from '../helpers/fakeContext.js';

// The translations in data/texts/, however many facts they cover so far: every test runs over what is there.
const facts = (JSON.parse(readFileSync(join(DATA_DIR, 'facts.json'), 'utf8')) as { facts: Fact[] }).facts;
const english = new Map(facts.map((f) => [f.id, f]));
const files = TRANSLATED.flatMap((lang) => {
  const path = join(DATA_DIR, 'texts', `${lang}.json`);
  return existsSync(path) ? [{ lang, file: JSON.parse(readFileSync(path, 'utf8')) as TextsFile }] : [];
});
const entries = files.flatMap(({ lang, file }) =>
  Object.entries(file.facts).map(([id, t]) => ({ lang, id, ...t, en: english.get(id) })),
);
const byLang = (lang: string) => entries.filter((e) => e.lang === lang);

/** Share of a text's letters that are Cyrillic. */
const cyrillic = (s: string) =>
  [...s].filter((c) => /\p{Script=Cyrillic}/u.test(c)).length /
  Math.max(1, [...s].filter((c) => /\p{L}/u.test(c)).length);
/** Numbers of a text, with thousands separators and decimal marks inside them dropped ("4,000" is 4000). */
const numbers = (s: string) =>
  new Set(s.replace(/(?<=\d)[ \u00a0\u202f.,’'](?=\d)/g, '').match(/\d+/g) ?? []);

describe('the translations in data/texts/', () => {
  const schema = new Ajv({ allErrors: true }).compile(
    JSON.parse(readFileSync(join(DATA_DIR, 'texts', 'texts.schema.json'), 'utf8')) as object,
  );

  it('exist for every language, each valid, pointing to its schema, and about facts that exist', () => {
    expect(files.map((f) => f.lang)).toEqual(TRANSLATED);
    for (const { lang, file } of files) {
      expect([lang, schema(file) ? [] : schema.errors]).toEqual([lang, []]);
      expect((file as TextsFile & { $schema?: string }).$schema).toBe('./texts.schema.json');
      expect([lang, checkTexts(file, lang, facts)]).toEqual([lang, []]);
    }
  });

  it('give every fact they list a text that is not empty, and a note exactly where the English has one', () => {
    for (const e of entries) {
      expect([e.lang, e.id, e.text.trim().length > 0]).toEqual([e.lang, e.id, true]);
      expect([e.lang, e.id, e.note === undefined]).toEqual([e.lang, e.id, e.en?.note === undefined]);
      if (e.note !== undefined)
        expect([e.lang, e.id, e.note.trim().length > 0]).toEqual([e.lang, e.id, true]);
    }
  });

  it('write Turkish with Turkish letters', () => {
    for (const e of byLang('tr')) expect([e.id, /[çğıöşüÇĞİÖŞÜ]/.test(e.text)]).toEqual([e.id, true]);
  });

  it('write Russian and Kazakh in Cyrillic', () => {
    for (const e of [...byLang('ru'), ...byLang('kk')])
      expect([e.lang, e.id, cyrillic(e.text) > 0.6]).toEqual([e.lang, e.id, true]);
  });

  it('write Kazakh with Kazakh letters, never as the Russian text, and Russian without them', () => {
    const russian = new Map(byLang('ru').map((e) => [e.id, e.text]));
    for (const e of byLang('kk')) {
      expect([e.id, /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(e.text)]).toEqual([e.id, true]);
      expect([e.id, e.text === russian.get(e.id)]).toEqual([e.id, false]);
    }
    for (const e of byLang('ru')) expect([e.id, /[әғқңөұүһӘҒҚҢӨҰҮҺ]/.test(e.text)]).toEqual([e.id, false]);
  });

  it('keep every number and year of the English text and note', () => {
    for (const e of entries) {
      const missing = (en: string | undefined, tr: string | undefined) =>
        [...numbers(en ?? '')].filter((n) => !numbers(tr ?? '').has(n));
      expect([e.lang, e.id, missing(e.en?.text, e.text), missing(e.en?.note, e.note)]).toEqual([
        e.lang,
        e.id,
        [],
        [],
      ]);
    }
  });

  it('catch a translation that drops a number or names a fact that does not exist', () => {
    const broken: TextsFile = { lang: 'tr', facts: { 'no-such-fact': { text: 'x' } } };
    expect(checkTexts(broken, 'tr', facts)).toEqual(['"no-such-fact" is not a fact in data/facts.json']);
    expect(numbers('2 Mart 1992; 4,000 şirket')).toEqual(new Set(['2', '1992', '4000']));
  });
});
