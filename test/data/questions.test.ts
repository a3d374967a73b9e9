import { describe, expect, it } from 'vitest';
import { checkFactLists, QUESTION_LISTS } from '../../src/factbase/checkFactLists.js';
import { loadBundled } from '../../src/factbase/loadBundled.js';
import { LANGUAGES } from '../../src/lib/language.js';
import { readLists, translations } from '../helpers/dataFiles.js';
import { DATA_DIR } from '../helpers/fakeContext.js';

const file = { facts: readLists('questions.json') };
const data = loadBundled(DATA_DIR);

/** Everything a fact says, in every language, with the names and aliases of its entities. */
function factWords(id: string): string {
  const fact = data.facts.find((f) => f.id === id);
  if (!fact) return '';
  const entities = data.entities.filter((e) => fact.entities.includes(e.id));
  return [
    fact.text,
    fact.note ?? '',
    ...Object.values(translations).flatMap((t) => [t[id]?.text ?? '', t[id]?.note ?? '']),
    ...entities.flatMap((e) => [e.name, ...Object.values(e.names ?? {}), ...e.aliases]),
  ].join(' ');
}

/** The English ordinals a text may say a number with ("the seventh meeting" is the "7th" of a question). */
const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
];

/** The numbers a fact states: in its texts and names (3,000 as 3000 too), its date's parts, its ordinals. */
function factNumbers(id: string): Set<string> {
  const words = factWords(id);
  const date = data.facts.find((f) => f.id === id)?.date ?? '';
  const numbers = [...words.matchAll(/\d[\d,. ]*\d|\d/g)].flatMap((m) => [
    ...m[0].split(/[,. ]/),
    m[0].replace(/[,. ]/g, ''),
  ]);
  const ordinals = ORDINALS.flatMap((w, i) =>
    new RegExp(`\\b${w}\\b`, 'i').test(words) ? [String(i + 1)] : [],
  );
  return new Set(
    [...numbers, ...(date.match(/\d+/g) ?? []), ...ordinals].map((n) => n.replace(/^0+(?=\d)/, '')),
  );
}

describe('the questions the facts answer (data/questions.json)', () => {
  it('give every fact questions in all four languages, in its script and its letters', () => {
    for (const fact of data.facts) {
      const own = file.facts[fact.id] ?? {};
      expect([fact.id, Object.keys(own).sort()]).toEqual([fact.id, [...LANGUAGES].sort()]);
      const known = factWords(fact.id).toLowerCase();
      for (const lang of ['en', 'tr'])
        for (const q of own[lang] ?? [])
          expect([fact.id, q]).not.toEqual([fact.id, expect.stringMatching(/\p{Script=Cyrillic}/u)]);
      // Russian and Kazakh are Cyrillic but for the Latin names the fact itself writes (Turkish Airlines, Kcell)
      for (const lang of ['ru', 'kk'])
        for (const q of own[lang] ?? []) {
          const latin = (q.match(/\p{Script=Latin}+/gu) ?? []).filter(
            (w) => !known.includes(w.toLowerCase()),
          );
          expect([fact.id, q, latin]).toEqual([fact.id, q, []]);
        }
      expect([fact.id, (own.tr ?? []).some((q) => /[çğıöşüİ]/u.test(q))]).toEqual([fact.id, true]);
      expect([fact.id, (own.kk ?? []).some((q) => /[әғқңөұүһі]/iu.test(q))]).toEqual([fact.id, true]);
    }
  });

  it('add no fact: every number a question holds is one its fact states', () => {
    const added: string[] = [];
    for (const [id, byLang] of Object.entries(file.facts)) {
      const numbers = factNumbers(id);
      for (const q of Object.values(byLang).flat())
        for (const n of q.match(/\d+/g) ?? [])
          if (!numbers.has(n.replace(/^0+(?=\d)/, ''))) added.push(`${id}: ${n} in ${q}`);
    }
    expect(added).toEqual([]);
  });

  it("are the facts' questions, not their statements: none repeats its fact's text", () => {
    const fold = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    for (const fact of data.facts) {
      const own = [fact.text, ...Object.values(translations).map((t) => t[fact.id]?.text ?? '')].map(fold);
      for (const q of Object.values(file.facts[fact.id] ?? {}).flat()) expect(own).not.toContain(fold(q));
    }
  });

  it('are checked when loaded: unknown facts, languages, too many and malformed questions are refused', () => {
    const ids = new Set(['a-fact']);
    const problems = (facts: unknown) => checkFactLists({ facts }, ids, QUESTION_LISTS).problems;
    expect(problems({ 'a-fact': { en: ['Who signed it?', 'When was the 1992 treaty signed?'] } })).toEqual(
      [],
    );
    expect(problems({ 'no-fact': { en: ['Who?'] } })).toEqual(['questions of unknown fact "no-fact"']);
    expect(problems({ 'a-fact': { de: ['Wer?'] } })).toEqual([
      'fact "a-fact", de: not a language of kzt (want en, tr, ru, kk)',
    ]);
    expect(problems({ 'a-fact': { en: Array.from({ length: 9 }, (_, i) => `Question ${i}?`) } })).toEqual([
      'fact "a-fact", en: want a list of 1 to 8 questions',
    ]);
    for (const bad of [
      '',
      ' Who?',
      'Who\nsigned it?',
      'Who  signed?',
      '1992?',
      'a\u0007b',
      `${'word '.repeat(20)}end?`,
    ])
      expect(problems({ 'a-fact': { en: [bad] } })).toEqual([
        `fact "a-fact", en: "${bad}" is not a question (one line of 1 to 20 words)`,
      ]);
  });
});
