import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model/types.js';
import { bundledData, runKzt } from '../helpers/fakeContext.js';

const ID = 'diplomatic-relations-established';
// An independent oracle: the texts as written in data/facts.json and data/texts/, copied here by hand.
const TEXTS = {
  en: 'Kazakhstan and Türkiye established diplomatic relations on 2 March 1992.',
  tr: "Kazakistan ile Türkiye arasında diplomatik ilişkiler 2 Mart 1992'de kuruldu.",
  ru: 'Дипломатические отношения между Казахстаном и Турцией были установлены 2 марта 1992 года.',
  kk: 'Қазақстан мен Түркия 1992 жылғы 2 наурызда дипломатиялық қатынастар орнатты.',
};
const json = (argv: string[], env: Record<string, string> = {}) => {
  const r = runKzt(argv, { env });
  expect([r.code, r.stderr]).toEqual([0, '']);
  return JSON.parse(r.stdout) as {
    text: string;
    lang: string;
    texts: Record<string, string | null>;
    note?: string;
  };
};

describe('choosing the language', () => {
  it('prints the text in the language --lang names, before or after the command, and says which', () => {
    for (const lang of ['tr', 'ru', 'kk'] as const) {
      expect(json(['facts', 'show', ID, '--lang', lang, '--json'])).toMatchObject({
        text: TEXTS[lang],
        lang,
      });
      expect(json(['--lang', lang, 'facts', 'show', ID, '--json'])).toMatchObject({
        text: TEXTS[lang],
        lang,
      });
    }
  });

  it('takes KZT_LANG, then the locale, then English; the flag wins over both', () => {
    expect(json(['facts', 'show', ID, '--json'], { KZT_LANG: 'ru' }).lang).toBe('ru');
    expect(json(['facts', 'show', ID, '--json'], { LANG: 'tr_TR.UTF-8' }).lang).toBe('tr');
    expect(json(['facts', 'show', ID, '--json'], { LC_ALL: 'kk_KZ.UTF-8', LANG: 'tr_TR.UTF-8' }).lang).toBe(
      'kk',
    );
    expect(json(['facts', 'show', ID, '--json'], { LANG: 'tr_TR.UTF-8', KZT_LANG: 'en' }).lang).toBe('en');
    expect(json(['facts', 'show', ID, '--json', '--lang', 'kk'], { KZT_LANG: 'ru' }).lang).toBe('kk');
    expect(json(['facts', 'show', ID, '--json']).lang).toBe('en');
  });

  it('speaks English, quietly, in a locale kzt does not speak', () => {
    const r = runKzt(['facts', 'show', ID, '--json'], { env: { LANG: 'de_DE.UTF-8' } });
    expect([r.code, r.stderr, (JSON.parse(r.stdout) as { lang: string }).lang]).toEqual([0, '', 'en']);
  });

  it('calls an unknown --lang or KZT_LANG a usage error, before reading any data', () => {
    expect(runKzt(['facts', 'show', ID, '--lang', 'de'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "kzt: option '--lang <lang>' argument 'de' is invalid. Allowed choices are en, tr, ru, kk.\n",
    });
    expect(runKzt(['facts', 'list'], { env: { KZT_LANG: 'de' } })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kzt: KZT_LANG "de" is not a language kzt speaks (want one of en, tr, ru, kk)\n',
    });
  });
});

describe('JSON in four languages', () => {
  it('always holds every language in texts, null where a fact has no translation yet', () => {
    expect(json(['facts', 'show', ID, '--json', '--lang', 'tr']).texts).toEqual(TEXTS);
    // A fact with no translation (one of the user's, here) falls back to English and says so.
    const data = bundledData();
    const mine = {
      ...data,
      facts: [{ ...(data.facts[0] as Fact), id: 'my-own-fact', text: 'A fact of my own.' }],
    };
    const r = runKzt(['facts', 'show', 'my-own-fact', '--json', '--lang', 'kk'], { data: mine });
    expect(JSON.parse(r.stdout)).toMatchObject({
      text: 'A fact of my own.',
      lang: 'en',
      texts: { en: 'A fact of my own.', tr: null, ru: null, kk: null },
    });
  });

  it('gives the note in the language too, and every language of it in notes', () => {
    const r = json(['facts', 'show', ID, '--json', '--lang', 'ru']) as {
      note?: string;
      notes?: Record<string, string>;
    };
    expect(r.note).toBe(r.notes?.ru);
    expect(r.notes?.en).toMatch(/^The article gives only March 1992/);
  });

  it('lets --fields pick lang and texts in every format', () => {
    const r = runKzt(['facts', 'show', ID, '--lang', 'tr', '--fields', 'id,lang,texts', '--json']);
    expect(JSON.parse(r.stdout)).toEqual({ id: ID, lang: 'tr', texts: TEXTS });
    const plain = runKzt(['facts', 'show', ID, '--lang', 'kk', '--fields', 'lang,text']);
    expect(plain.stdout).toBe(`kk\t${TEXTS.kk}\n`);
  });

  it('reads its own export back: the English text stays English, the translations come along', () => {
    const exported = runKzt(['facts', 'list', '--json', '--lang', 'tr', '--tag', 'diplomacy']).stdout;
    const r = runKzt(
      ['--no-bundled', '--data', '-', '--no-cache', 'facts', 'show', ID, '--json', '--lang', 'ru'],
      {
        stdin: exported,
      },
    );
    expect(JSON.parse(r.stdout)).toMatchObject({ text: TEXTS.ru, lang: 'ru', texts: TEXTS });
    const en = runKzt(['--no-bundled', '--data', '-', '--no-cache', 'facts', 'show', ID, '--json'], {
      stdin: exported,
    });
    expect(JSON.parse(en.stdout)).toMatchObject({ text: TEXTS.en, lang: 'en' });
  });
});

describe('the human views in four languages', () => {
  it('writes the fact page with the language’s labels, dates, text, note and entity names', () => {
    const page = (lang: string) => runKzt(['facts', 'show', ID, '--lang', lang, '--format', 'table']).stdout;
    expect(page('tr')).toContain(
      '  Tarih      2 Mart 1992 (1992-03-02)\n  Tür        olay\n  Durum      doğrulanmış\n',
    );
    expect(page('tr')).toContain('Kazakistan (kazakhstan):');
    expect(page('ru')).toContain('  Дата        2 марта 1992 г. (1992-03-02)\n');
    expect(page('ru')).toContain('Казахстан (kazakhstan):');
    expect(page('kk')).toContain('  Күні       1992 жылғы 2 наурыз (1992-03-02)\n');
    expect(page('kk')).toContain(TEXTS.kk.slice(0, 40));
    expect(page('en')).toContain('  Date      2 Mar 1992 (1992-03-02)\n');
  });

  it('writes table headings, dates and the timeline legend in the language', () => {
    const table = runKzt(['facts', 'list', '--tag', 'diplomacy', '--lang', 'ru', '--format', 'table'], {
      columns: 100,
    }).stdout;
    expect(table).toMatch(/│ Дата +│ +│ Факт +│/);
    expect(table).toContain('2 марта 1992 г.');
    const timeline = runKzt(
      ['timeline', '--from', '1992-03', '--to', '1992-03', '--lang', 'tr', '--format', 'table'],
      {
        columns: 100,
      },
    ).stdout;
    expect(timeline).toContain('  2 Mart 1992 ');
    expect(timeline).toContain('  Mart 1992 ');
    expect(timeline).toContain('! tartışmalı   ? tek kaynak\n');
    const visits = runKzt(
      [
        'visits',
        '--by',
        'tokayev',
        '--from',
        '2022-05',
        '--to',
        '2022-05',
        '--lang',
        'ru',
        '--format',
        'table',
      ],
      { columns: 100 },
    ).stdout;
    expect(visits).toContain('10–11 мая 2022 г.');
    expect(visits).toContain('Касым-Жомарт Токаев → Анкара (государственный визит):');
    const kk = runKzt(['anniversaries', '2027', '--lang', 'kk', '--format', 'table'], {
      columns: 100,
    }).stdout;
    expect(kk).toContain('2027 жылғы мерейтойлар');
    expect(kk).toContain('2027 жылғы 2 наурыз');
  });
});

describe('search in four languages', () => {
  const top = (query: string, limit = 3) =>
    (
      JSON.parse(
        runKzt(['facts', 'search', query, '--json', '--limit', String(limit)]).stdout || '[]',
      ) as Array<{
        id: string;
      }>
    ).map((f) => f.id);

  it('finds a fact from a question in Turkish, Russian or Kazakh, inflected', () => {
    // Among the first three: with every fact translated, a fact that mentions the relations in passing can tie.
    expect(top('diplomatik ilişkiler ne zaman kuruldu')).toContain(ID);
    // The Russian text says "установили" (the verb), which Snowball stems apart from the noun "установление".
    expect(top('установление дипломатических отношений', 5)).toContain(ID);
    expect(top('дипломатиялық қатынастар')).toContain(ID);
    expect(top("Kazakistan'ın bağımsızlığını tanıyan ilk ülke")).toContain('turkiye-recognises-kazakhstan');
  });

  it('finds the facts of a day or a month typed in any language', () => {
    // The facts dated 2 March 1992 in data/facts.json, by hand.
    const day = [
      'cetin-visit-kazakhstan-1992',
      ID,
      'relations-77-days-after-independence',
      'visa-waiver-1992',
    ];
    for (const q of ['2 March 1992', '2 Mart 1992', '2 марта 1992', '1992 жылғы 2 наурыз', '1992-03-02'])
      expect([q, top(q, 10).sort()]).toEqual([q, day]);
    expect(top('22 октября 2009').sort()).toEqual([
      'nazarbayev-visit-turkiye-2009-10',
      'strategic-partnership-treaty-2009',
    ]);
    expect(top('16 Aralık 1991').sort()).toEqual([
      'kazakhstan-independence-declared',
      'turkiye-recognises-kazakhstan',
    ]);
  });
});

describe('an edited export read back', () => {
  it('takes the edited text in its language, over the copy in texts', () => {
    const exported = JSON.parse(runKzt(['facts', 'show', ID, '--json']).stdout) as Record<string, unknown>;
    const edited = { ...exported, id: 'my-edited-fact', text: 'My own wording of the fact.' };
    const r = runKzt(
      ['--no-bundled', '--no-cache', '--data', '-', 'facts', 'show', 'my-edited-fact', '--json'],
      {
        stdin: JSON.stringify([edited]),
      },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      text: 'My own wording of the fact.',
      texts: { en: 'My own wording of the fact.' },
    });
  });
});
