import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citeCommand, type CiteOptions } from '../../src/commands/cite.js';
import type { DataSet } from '../../src/model/types.js';
import { runKzt } from '../helpers/fakeContext.js';
import { parseCommand } from '../helpers/parseCommand.js';

const data = JSON.parse(readFileSync(new URL('../fixtures/cite.json', import.meta.url), 'utf8')) as DataSet;
const NEWS = 'trtworld-12788560';
const PAGE = 'mfa-tr-relations';
const NEWS_URL = 'https://www.trtworld.com:443/article/12788560';
const PAGE_URL = 'http://www.mfa.gov.tr/relations-between-turkey-and-kazakhstan.en.mfa';

function cite(...argv: string[]) {
  return runKzt(['cite', ...argv], { data });
}

// The expected references are written by hand from each style's rules for the two fixture sources: a news report
// with an author and a day-precise date, and an undated official page whose title is kzt's [description]. Where
// kzt chose how to cite a description (README, "Citations"), the expectation follows that choice.
describe('kzt cite: the bibliography styles', () => {
  it('APA 7: author, (year, month day), sentence-case title, newspaper, URL; a description in square brackets, n.d.', () => {
    const r = cite(NEWS, PAGE);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `Dogan, M. (2022, May 11). Türkiye to produce Anka drones in Kazakhstan. TRT World. ${NEWS_URL}\n` +
        `[Turkish MFA page on relations between Türkiye and Kazakhstan]. (n.d.). Ministry of Foreign Affairs of Türkiye. ${PAGE_URL}\n`,
    );
  });

  it('MLA 9: Family, Given. “Title in Title Case.” Container, day month year, URL.', () => {
    expect(cite(NEWS, PAGE, '--style', 'mla').stdout).toBe(
      `Dogan, Melda. “Türkiye to Produce Anka Drones in Kazakhstan.” TRT World, 11 May 2022, ${NEWS_URL}.\n` +
        `“[Turkish MFA page on relations between Türkiye and Kazakhstan].” Ministry of Foreign Affairs of Türkiye, ${PAGE_URL}.\n`,
    );
  });

  it('Chicago 17 bibliography: the site owner as author, a description without quotation marks, n.d.', () => {
    expect(cite(NEWS, PAGE, '--style', 'chicago').stdout).toBe(
      `Dogan, Melda. “Türkiye to Produce Anka Drones in Kazakhstan.” TRT World, May 11, 2022. ${NEWS_URL}.\n` +
        `Ministry of Foreign Affairs of Türkiye. Turkish MFA page on relations between Türkiye and Kazakhstan, n.d. ${PAGE_URL}.\n`,
    );
  });

  it('Harvard (Cite Them Right): British quotation marks, (no date), "Available at:"', () => {
    expect(cite(NEWS, PAGE, '--style', 'harvard').stdout).toBe(
      `Dogan, M. (2022) ‘Türkiye to produce Anka drones in Kazakhstan’, TRT World, 11 May. Available at: ${NEWS_URL}.\n` +
        `[Turkish MFA page on relations between Türkiye and Kazakhstan] (no date) Ministry of Foreign Affairs of Türkiye. Available at: ${PAGE_URL}.\n`,
    );
  });

  // IEEE writes an online article's URL after "[Online]. Available:", and a web page's as "Site. URL (accessed
  // date)." (its reference guide's form for websites); kzt has no access date, so the URL ends the page's entry.
  it('IEEE: numbered in the order cited, initials first, abbreviated month, a web page ending in its URL', () => {
    expect(cite(NEWS, PAGE, '--style', 'ieee').stdout).toBe(
      `[1] M. Dogan, “Türkiye to produce Anka drones in Kazakhstan,” TRT World, May 11, 2022. [Online]. Available: ${NEWS_URL}\n` +
        `[2] “[Turkish MFA page on relations between Türkiye and Kazakhstan],” Ministry of Foreign Affairs of Türkiye. ${PAGE_URL}\n`,
    );
  });

  it("writes the style's words in Turkish or Russian; Kazakh falls back to Russian", () => {
    const tr = cite(NEWS, PAGE, '--locale', 'tr').stdout;
    expect(tr).toContain('Dogan, M. (2022, Mayıs 11).');
    expect(tr).toContain('(t.y.)');
    const ru = cite(NEWS, PAGE, '--locale', 'ru').stdout;
    expect(ru).toContain('(б. д.)');
    expect(cite(NEWS, PAGE, '--locale', 'kk').stdout).toBe(ru);
  });
});

/** TeX's accent commands as combining marks, for reading BibTeX's ASCII spellings ({\" u}) back as text. */
const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
};

/** A BibTeX value as plain text: accents applied, dotless i restored, protective braces dropped. */
function texText(value: string): string {
  return value
    .replace(
      /\\([\\"'`^~=.uvHc])\s*\{?(\w)\}?/g,
      (_, accent: string, letter: string) => letter + ACCENTS[accent],
    )
    .replace(/\\i\b\s*/g, 'ı')
    .replace(/--/g, '–')
    .replace(/[{}]/g, '')
    .normalize('NFC');
}

/** BibTeX entries read field by field: type, key and each field's text. */
function readBibtex(text: string): Array<{ type: string; key: string; fields: Record<string, string> }> {
  return [...text.matchAll(/@(\w+)\{([^,]+),\n([\s\S]*?)\n\}/g)].map(
    ([, type = '', key = '', body = '']) => ({
      type,
      key,
      fields: Object.fromEntries(
        [...body.matchAll(/^\s*(\w+) = \{(.*)\},$/gm)].map(([, f = '', v = '']) => [f, texText(v)]),
      ),
    }),
  );
}

/** RIS records as their TY, the other tag lines (in any order, as the format allows) and their closing ER. */
function readRis(text: string): Array<{ first: string; lines: string[]; last: string }> {
  return text
    .split(/\n(?=TY {2}- )/)
    .map((record) => record.trim().split('\n'))
    .map((lines) => ({ first: lines[0] ?? '', lines: lines.slice(1, -1).sort(), last: lines.at(-1) ?? '' }));
}

describe('kzt cite: the data formats', () => {
  it('BibTeX: @article for the news report, @misc for the page, keyed by source id', () => {
    const r = cite(NEWS, PAGE, '--style', 'bibtex');
    expect(r.code).toBe(0);
    expect(readBibtex(r.stdout)).toEqual([
      {
        type: 'article',
        key: NEWS,
        fields: expect.objectContaining({
          author: 'Dogan, Melda',
          title: 'Türkiye to produce Anka drones in Kazakhstan',
          journal: 'TRT World',
          year: '2022',
          url: NEWS_URL,
        }),
      },
      {
        type: 'misc',
        key: PAGE,
        fields: {
          title: '[Turkish MFA page on relations between Türkiye and Kazakhstan]',
          publisher: 'Ministry of Foreign Affairs of Türkiye',
          url: PAGE_URL,
        },
      },
    ]);
  });

  it('RIS: one tag a line, TY first and ER last, URLs unbroken, dates as YYYY/MM/DD/', () => {
    const r = cite(NEWS, PAGE, '--style', 'ris');
    expect(readRis(r.stdout)).toEqual([
      {
        first: 'TY  - NEWS',
        lines: [
          'A1  - Dogan, Melda',
          `ID  - ${NEWS}`,
          'JF  - TRT World',
          'PY  - 2022',
          'T1  - Türkiye to produce Anka drones in Kazakhstan',
          `UR  - ${NEWS_URL}`,
          'Y1  - 2022/05/11/',
        ],
        last: 'ER  -',
      },
      {
        first: 'TY  - ELEC',
        lines: [
          `ID  - ${PAGE}`,
          'T1  - [Turkish MFA page on relations between Türkiye and Kazakhstan]',
          'T2  - Ministry of Foreign Affairs of Türkiye',
          `UR  - ${PAGE_URL}`,
        ],
        last: 'ER  -',
      },
    ]);
  });

  it('CSL-JSON: the items the styles are made from, dates at their precision, no invented access date', () => {
    const r = cite(NEWS, PAGE, '--style', 'csl-json');
    expect(JSON.parse(r.stdout)).toEqual([
      {
        id: NEWS,
        'citation-key': NEWS,
        type: 'article-newspaper',
        title: 'Türkiye to produce Anka drones in Kazakhstan',
        'container-title': 'TRT World',
        author: [{ family: 'Dogan', given: 'Melda' }],
        issued: { 'date-parts': [[2022, 5, 11]] },
        URL: NEWS_URL,
      },
      {
        id: PAGE,
        'citation-key': PAGE,
        type: 'webpage',
        title: '[Turkish MFA page on relations between Türkiye and Kazakhstan]',
        'container-title': 'Ministry of Foreign Affairs of Türkiye',
        URL: PAGE_URL,
      },
    ]);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('types legal texts as legislation with a publisher, dates at month precision, several authors', () => {
    const [item] = JSON.parse(cite('uncited-law', '--style', 'csl-json').stdout) as Array<
      Record<string, unknown>
    >;
    expect(item).toMatchObject({
      type: 'legislation',
      publisher: 'Adilet legal information system of Kazakhstan',
      issued: { 'date-parts': [[1991, 12]] },
      author: [
        { given: 'Jane', family: 'Roe' },
        { given: 'John', family: 'Doe' },
      ],
    });
  });
});

describe('kzt cite: which sources', () => {
  it("cites a fact's sources, each source once however many facts cite it", () => {
    const byFacts = cite('anka-drones-2022', 'relations-page', 'tokayev-visit-2022', '--style', 'csl-json');
    const ids = (JSON.parse(byFacts.stdout) as Array<{ id: string }>).map((i) => i.id);
    expect(ids).toEqual([NEWS, PAGE]);
    expect(cite('anka-drones-2022').stdout).toBe(cite(NEWS, PAGE).stdout);
  });

  it('an unknown id exits 1 with the closest fact and source ids', () => {
    const r = cite('anka-drones-2021');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'kzt: no fact or source with id "anka-drones-2021" (did you mean anka-drones-2022?)\n',
    );
    expect(cite('mfa-tr-relation').stderr).toContain('did you mean mfa-tr-relations?');
  });

  it('an unknown style or locale is a usage error (exit 2) before any data is read', () => {
    const style = parseCommand<CiteOptions>(citeCommand, [NEWS, '--style', 'vancouver']);
    expect(style.code).toBe(2);
    expect(style.stderr).toMatch(/^kzt: option '--style <style>' argument 'vancouver' is invalid/);
    expect(parseCommand<CiteOptions>(citeCommand, [NEWS, '--locale', 'de']).code).toBe(2);
  });

  it('parses ids, style and locale; apa and English by default', () => {
    expect(parseCommand<CiteOptions>(citeCommand, ['a', 'b']).options).toEqual({
      ids: ['a', 'b'],
      style: 'apa',
      language: 'en',
    });
    expect(parseCommand<CiteOptions>(citeCommand, ['a', '--style', 'ris', '--locale', 'kk']).options).toEqual(
      {
        ids: ['a'],
        style: 'ris',
        language: 'kk',
      },
    );
  });

  it('never lets control characters from data reach the terminal', () => {
    const hostile: DataSet = {
      ...data,
      sources: [{ ...data.sources[1]!, id: 'evil', title: 'Evil \u001b]0;pwned\u0007 title \u202e' }],
      facts: [],
    };
    const r = runKzt(['cite', 'evil'], { data: hostile, tty: true });
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/); // eslint-disable-line no-control-regex
    expect(r.stdout).toContain('Evil ^[]0;pwned^G title <U+202E>');
  });
});
