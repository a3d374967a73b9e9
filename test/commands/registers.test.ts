import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { entitiesListCommand, type EntitiesOptions } from '../../src/commands/entities/list.js';
import { sourcesListCommand, type SourcesOptions } from '../../src/commands/sources/list.js';
import { ENTITY_TYPES, type DataSet } from '../../src/model/types.js';
import { textWidth } from '../../src/render/textWidth.js';
import { runKzt } from '../helpers/fakeContext.js';
import { parseCommand } from '../helpers/parseCommand.js';

const data = JSON.parse(readFileSync(new URL('../fixtures/cite.json', import.meta.url), 'utf8')) as DataSet;
const schema = JSON.parse(
  readFileSync(new URL('../../docs/kzt-output.schema.json', import.meta.url), 'utf8'),
) as object;
const dataSchema = JSON.parse(
  readFileSync(new URL('../../data/kzt.schema.json', import.meta.url), 'utf8'),
) as {
  definitions: { entity: { properties: { type: { enum: string[] } } } };
};
const ajv = new Ajv({ allErrors: true });
ajv.addSchema(schema, 'out');
const ESC = '\u001b';
const PAGE_TITLE = '[Turkish MFA page on relations between Türkiye and Kazakhstan]';

function kzt(argv: string[], tty = false) {
  return runKzt(argv, { data, tty, columns: 80, env: { NO_COLOR: '1' } });
}

/** Whether a command's JSON is valid by its definition in docs/kzt-output.schema.json: the errors, if any. */
function schemaErrors(name: string, value: unknown): unknown {
  return ajv.validate(`out#/definitions/${name}`, value) ? [] : ajv.errors;
}

function json<T>(argv: string[]): T {
  const r = kzt([...argv, '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('kzt sources', () => {
  it('in a pipe: one source a line, id, date, publisher and title, in file order', () => {
    const r = kzt(['sources']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'trtworld-12788560\t2022-05-11\tTRT World\tTürkiye to produce Anka drones in Kazakhstan\n' +
        `mfa-tr-relations\t\tMinistry of Foreign Affairs of Türkiye\t${PAGE_TITLE}\n` +
        'uncited-law\t1991-12\tAdilet legal information system of Kazakhstan\t[Text of a law]\n',
    );
    expect(r.stderr).toBe('');
  });

  it('on a terminal: a table with every field of the register that fits the width, and a hint', () => {
    // 120 columns: room for the longest URL (69 columns) whole beside the other columns.
    const r = runKzt(['sources'], { data, tty: true, columns: 120, env: { NO_COLOR: '1' } });
    const lines = r.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map(textWidth))).toBeLessThanOrEqual(120);
    for (const text of [
      'Date',
      'Source',
      'Facts',
      '11 May 2022',
      'undated',
      'TRT World · news-report',
      'Dec 1991',
    ])
      expect(r.stdout).toContain(text);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stderr).toBe('kzt: 3 sources; `kzt sources show <id>` lists the facts that cite one\n');
  });

  it('on a terminal too narrow for its URLs beside the other columns: stacked, each URL whole', () => {
    const r = kzt(['sources'], true);
    expect(r.stdout).toContain('\n  http://www.mfa.gov.tr/relations-between-turkey-and-kazakhstan.en.mfa\n');
    expect(Math.max(...r.stdout.trimEnd().split('\n').map(textWidth))).toBeLessThanOrEqual(80);
  });

  it('JSON: every field, the authors as a list, and how many facts cite each; valid by the schema', () => {
    const list = json<Array<Record<string, unknown>>>(['sources']);
    expect(schemaErrors('sources', list)).toEqual([]);
    expect(list[0]).toEqual({
      id: 'trtworld-12788560',
      title: 'Türkiye to produce Anka drones in Kazakhstan',
      publisher: 'TRT World',
      author: ['Melda Dogan'],
      date: '2022-05-11',
      kind: 'news-report',
      url: 'https://www.trtworld.com:443/article/12788560',
      factCount: 2,
    });
    expect(list.map((s) => [s.id, s.factCount, s.author])).toEqual([
      ['trtworld-12788560', 2, ['Melda Dogan']],
      ['mfa-tr-relations', 2, []],
      ['uncited-law', 0, ['Jane Roe', 'Doe, John']],
    ]);
  });

  it('finds by words of the title, publisher, author or id, folded; filters by publisher and year', () => {
    const ids = (argv: string[]) =>
      kzt(argv)
        .stdout.split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    expect(ids(['sources', 'TURKIYE', 'anka'])).toEqual(['trtworld-12788560']);
    expect(ids(['sources', 'dogan'])).toEqual(['trtworld-12788560']);
    expect(ids(['sources', '--publisher', 'ministry of FOREIGN'])).toEqual(['mfa-tr-relations']);
    expect(ids(['sources', '--publisher', 'TRT', '--publisher', 'adilet'])).toEqual([
      'trtworld-12788560',
      'uncited-law',
    ]);
    expect(ids(['sources', '--from', '1990', '--to', '2000'])).toEqual(['uncited-law']);
    expect(ids(['sources', '--from', '2022'])).toEqual(['trtworld-12788560']);
  });

  it('nothing found is exit 1 with a line on stderr ([] in JSON); an unknown publisher is a usage error', () => {
    const none = kzt(['sources', 'penguin']);
    expect([none.code, none.stdout, none.stderr]).toEqual([1, '', 'kzt: no sources match\n']);
    expect(kzt(['sources', 'penguin', '--json']).stdout).toBe('[]\n');
    const bad = kzt(['sources', '--publisher', 'TRT Wrold']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('kzt: no publisher "TRT Wrold" in the register (did you mean TRT World?)\n');
  });

  it('CSV: a header and the register, authors joined with "; "', () => {
    const rows = parseCsv(kzt(['sources', '--format', 'csv']).stdout) as string[][];
    expect(rows[0]).toEqual(['id', 'title', 'publisher', 'author', 'date', 'kind', 'url', 'factCount']);
    expect(rows[3]?.slice(0, 5)).toEqual([
      'uncited-law',
      '[Text of a law]',
      'Adilet legal information system of Kazakhstan',
      'Jane Roe; Doe, John',
      '1991-12',
    ]);
  });

  it('parses its flags before any data is read', () => {
    const p = parseCommand<SourcesOptions>(sourcesListCommand, [
      'daily',
      'sabah',
      '--from',
      '2022',
      '--publisher',
      'A, B',
    ]);
    expect(p.options).toMatchObject({ query: 'daily sabah', publishers: ['A, B'], from: '2022-01-01' });
    const bad = parseCommand<SourcesOptions>(sourcesListCommand, ['--from', 'last year']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('kzt: --from "last year" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)\n');
  });
});

describe('kzt sources show', () => {
  it('JSON: the source and every fact that cites it, in date order, undated last', () => {
    const page = json<{ id: string; facts: Array<{ id: string }> }>(['sources', 'show', 'mfa-tr-relations']);
    expect(schemaErrors('sources show', page)).toEqual([]);
    expect(page.facts.map((f) => f.id)).toEqual(['anka-drones-2022', 'relations-page']);
    const news = json<{ facts: Array<{ id: string }> }>(['sources', 'show', 'trtworld-12788560']);
    expect(news.facts.map((f) => f.id)).toEqual(['tokayev-visit-2022', 'anka-drones-2022']);
  });

  it('on a terminal: a page saying the title is a description, then the facts with their paragraphs', () => {
    const r = kzt(['sources', 'show', 'mfa-tr-relations'], true);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'mfa-tr-relations',
      `  ${PAGE_TITLE}`,
      "  (a description by kzt: the document's own title is not recorded)",
    ]);
    expect(r.stdout).toContain('  Publisher Ministry of Foreign Affairs of Türkiye\n  Date      undated\n');
    expect(r.stdout).toContain('Cited by 2 facts');
    expect(kzt(['sources', 'show', 'trtworld-12788560'], true).stdout).toMatch(
      /11 May 2022 {4,} ¶1 Türkiye and/,
    );
  });

  it('in a pipe: one line with the ids of the facts citing it', () => {
    expect(kzt(['sources', 'show', 'mfa-tr-relations']).stdout).toBe(
      `mfa-tr-relations\t\tMinistry of Foreign Affairs of Türkiye\t${PAGE_TITLE}\tanka-drones-2022; relations-page\n`,
    );
  });

  it('an unknown id exits 1 with the closest ids', () => {
    const r = kzt(['sources', 'show', 'trtworld-1278856']);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe('kzt: no source with id "trtworld-1278856" (did you mean trtworld-12788560?)\n');
  });
});

describe('kzt entities', () => {
  it('in a pipe: id, type, name and description, in file order', () => {
    expect(kzt(['entities']).stdout).toBe(
      'kazakhstan\tcountry\tKazakhstan\tRepublic of Kazakhstan\n' +
        'turkiye\tcountry\tTürkiye\tRepublic of Türkiye\n' +
        'tokayev\tperson\tKassym-Jomart Tokayev\tPresident of Kazakhstan (2019– )\n',
    );
  });

  it('JSON: names per language, roles with both dates, how many facts name each; valid by the schema', () => {
    const list = json<Array<Record<string, unknown>>>(['entities']);
    expect(schemaErrors('entities', list)).toEqual([]);
    expect(list[2]).toEqual({
      id: 'tokayev',
      name: 'Kassym-Jomart Tokayev',
      type: 'person',
      description: 'President of Kazakhstan (2019– )',
      names: {
        en: 'Kassym-Jomart Tokayev',
        tr: 'Kasım Cömert Tokayev',
        ru: 'Касым-Жомарт Токаев',
        kk: 'Қасым-Жомарт Тоқаев',
      },
      aliases: ['Tokaev'],
      roles: [
        { role: 'Prime Minister of Kazakhstan', from: '1999-10', to: '2002-01' },
        { role: 'President of Kazakhstan', from: '2019', to: null },
      ],
      factCount: 2,
    });
  });

  it('filters by type (comma-separated: any) and by a name in any script', () => {
    const ids = (argv: string[]) =>
      kzt(argv)
        .stdout.split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    expect(ids(['entities', '--type', 'person'])).toEqual(['tokayev']);
    expect(ids(['entities', '--type', 'person,country'])).toEqual(['kazakhstan', 'turkiye', 'tokayev']);
    expect(ids(['entities', 'Тоқаев'])).toEqual(['tokayev']);
    expect(ids(['entities', 'turkiye'])).toEqual(['turkiye']);
    expect(kzt(['entities', 'penguin']).code).toBe(1);
  });

  it('an unknown type is a usage error naming the types, checked before data is read', () => {
    const p = parseCommand<EntitiesOptions>(entitiesListCommand, ['--type', 'persn']);
    expect(p.code).toBe(2);
    expect(p.stderr).toBe(
      `kzt: unknown type "persn" (did you mean person? want one of ${ENTITY_TYPES.join(', ')})\n`,
    );
    expect(ENTITY_TYPES).toEqual(dataSchema.definitions.entity.properties.type.enum);
  });

  it('CSV writes names as "lang: name" and roles with their dates', () => {
    const rows = parseCsv(
      kzt(['entities', '--format', 'csv', '--fields', 'id,names,roles']).stdout,
    ) as string[][];
    expect(rows[3]).toEqual([
      'tokayev',
      'en: Kassym-Jomart Tokayev; tr: Kasım Cömert Tokayev; ru: Касым-Жомарт Токаев; kk: Қасым-Жомарт Тоқаев',
      'Prime Minister of Kazakhstan (1999-10–2002-01); President of Kazakhstan (2019–)',
    ]);
  });

  it('on a terminal: a table that fits, and a hint', () => {
    const r = kzt(['entities'], true);
    expect(Math.max(...r.stdout.trimEnd().split('\n').map(textWidth))).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('Kassym-Jomart Tokayev');
    expect(r.stderr).toBe(
      'kzt: 3 entities; `kzt entities show <name>` gives one with the facts that name it\n',
    );
  });
});

describe('kzt entities show', () => {
  it('finds an entity by id or by any name or alias, in any language or script', () => {
    for (const name of [
      'tokayev',
      'Касым-Жомарт Токаев',
      'Қасым-Жомарт Тоқаев',
      'Kasım Cömert Tokayev',
      'tokaev',
    ]) {
      const e = json<{ id: string; facts: Array<{ id: string }> }>(['entities', 'show', name]);
      expect(e.id, name).toBe('tokayev');
      expect(e.facts.map((f) => f.id)).toEqual(['tokayev-visit-2022', 'anka-drones-2022']);
    }
    expect(schemaErrors('entities show', json(['entities', 'show', 'turkiye']))).toEqual([]);
  });

  it('on a terminal: names in every language, roles with dates, and the facts in date order', () => {
    const r = kzt(['entities', 'show', 'Токаев'], true);
    expect(r.code).toBe(0);
    for (const line of [
      '  Names     en: Kassym-Jomart Tokayev',
      '            ru: Касым-Жомарт Токаев',
      '            kk: Қасым-Жомарт Тоқаев',
      '  Roles     Prime Minister of Kazakhstan, Oct 1999–Jan 2002',
      '            President of Kazakhstan, from 2019',
    ])
      expect(r.stdout).toContain(`${line}\n`);
    expect(r.stdout.indexOf('tokayev-visit-2022')).toBeLessThan(r.stdout.indexOf('anka-drones-2022'));
  });

  it('an unknown name exits 1 with the closest entities', () => {
    const r = kzt(['entities', 'show', 'Tokayv']);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe('kzt: no entity named "Tokayv" (did you mean tokayev?)\n');
  });
});
