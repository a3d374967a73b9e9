import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../src/model/types.js';
import { textWidth } from '../../src/render/textWidth.js';
import { runKzt } from '../helpers/fakeContext.js';

const mini = JSON.parse(readFileSync(new URL('../fixtures/mini.json', import.meta.url), 'utf8')) as DataSet;
const ESC = '\u001b';

describe('kzt facts search', () => {
  it('prints a table on a terminal, with a hint on stderr', () => {
    const r = runKzt(['facts', 'search', 'tokayev', 'visit'], {
      tty: true,
      columns: 70,
      data: mini,
      env: { NO_COLOR: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "┌───┬────────────────┬──────────────────────────────────┬────────────┐
      │ # │ Date           │ Fact                             │ Id         │
      ├───┼────────────────┼──────────────────────────────────┼────────────┤
      │ 1 │ 10–11 May 2022 │ Tokayev paid a state visit to    │ visit-2022 │
      │   │                │ Ankara.                          │            │
      └───┴────────────────┴──────────────────────────────────┴────────────┘
      "
    `);
    expect(r.stderr).toBe("kzt: 1 match; `kzt facts show <id>` gives a fact's sources\n");
  });

  it('prints tab-separated lines when piped: id, score, ISO date, text', () => {
    const r = runKzt(['facts', 'search', 'tokayev', 'visit'], { data: mini });
    expect(r.stdout.split('\n')[0]?.split('\t')).toEqual([
      'visit-2022',
      expect.stringMatching(/^0\.\d{3}|1\.000$/),
      '2022-05-10/2022-05-11',
      'Tokayev paid a state visit to Ankara.',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(ESC);
  });

  it('fits every line in the terminal width, coloured or not', () => {
    for (const columns of [40, 60, 80, 200]) {
      for (const color of ['always', 'never']) {
        const r = runKzt(['--color', color, 'facts', 'search', 'embassy', 'ankara'], { tty: true, columns });
        const widths = r.stdout.trimEnd().split('\n').map(textWidth);
        expect(Math.max(...widths), `${columns} columns, colour ${color}`).toBeLessThanOrEqual(columns);
      }
    }
  });

  it('colours and highlights only when colour is on', () => {
    const on = runKzt(['facts', 'search', 'embassy'], { tty: true, data: mini });
    expect(on.stdout).toContain(`${ESC}[1m${ESC}[4membassy`);
    const off = runKzt(['facts', 'search', 'embassy'], { tty: true, data: mini, env: { NO_COLOR: '1' } });
    expect(off.stdout).not.toContain(ESC);
  });

  it('prints JSON: fact objects with sources embedded and a score in 0..1', () => {
    const r = runKzt(['facts', 'search', 'strategic', 'partnership', '--json'], { data: mini });
    const facts = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(r.code).toBe(0);
    expect(facts[0]).toEqual({
      id: 'partnership-treaty',
      text: 'A strategic partnership treaty was signed.',
      lang: 'en',
      texts: { en: 'A strategic partnership treaty was signed.', tr: null, ru: null, kk: null },
      date: '2009-10-22',
      kind: 'agreement',
      tags: ['strategic-partnership'],
      entities: [],
      sources: [
        {
          source: 'src-a',
          locator: 'https://example.org/a',
          title: '[Source A]',
          publisher: 'Publisher A',
          date: '2020-01-01',
          url: 'https://example.org/a',
          kind: 'news-report',
        },
      ],
      status: 'single-source',
      score: expect.any(Number),
    });
  });

  it('indents JSON for a terminal and keeps it compact for a pipe', () => {
    expect(runKzt(['facts', 'search', 'embassy', '--json'], { tty: true, data: mini }).stdout).toMatch(
      /^\[\n {2}\{/,
    );
    expect(runKzt(['facts', 'search', 'embassy', '--json'], { data: mini }).stdout).toMatch(/^\[\{"id"/);
  });

  it('exits 1 with [] and a hint on stderr when nothing matches', () => {
    const r = runKzt(['facts', 'search', 'penguin', '--json'], { data: mini });
    expect(r).toEqual({ code: 1, stdout: '[]\n', stderr: 'kzt: no facts match "penguin"\n' });
    const typo = runKzt(['facts', 'search', 'embasys', 'qqq'], { data: mini });
    expect(typo.code).toBe(1);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('did you mean embassy');
  });

  it('respects --limit and the filters', () => {
    expect(runKzt(['facts', 'search', 'erdogan', '--json', '-n', '2']).stdout).toSatisfy(
      (s: string) => (JSON.parse(s) as unknown[]).length === 2,
    );
    const r = runKzt(['facts', 'search', 'visit', '--from', '2020', '--json'], { data: mini });
    expect((JSON.parse(r.stdout) as Array<{ id: string }>).map((f) => f.id)).toEqual(['visit-2022']);
  });

  it('finds the bundled strategic partnership facts first', () => {
    const r = runKzt(['facts', 'search', 'strategic', 'partnership', '--json']);
    const top = (JSON.parse(r.stdout) as Array<{ id: string }>).slice(0, 2).map((f) => f.id);
    expect(top.sort()).toEqual(['enhanced-strategic-partnership-2022', 'strategic-partnership-treaty-2009']);
  });
});

describe('kzt facts show', () => {
  it('shows the whole fact with entities and sources', () => {
    const r = runKzt(['facts', 'show', 'undated-remark'], {
      tty: true,
      columns: 60,
      data: mini,
      env: { NO_COLOR: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "undated-remark
        Relations were called brotherly.

        Date      undated
        Kind      statement
        Status    disputed
        Note      Claimed by A, denied by B.
        Tags      diplomacy

      Entities
        Recep Tayyip Erdoğan (erdogan): President of Türkiye

      Sources
        1. [Source B] (Publisher B, official-page)
      "
    `);
  });

  it('cites the paragraph and URL of each source', () => {
    const r = runKzt(['facts', 'show', 'sapiyev-second-homeland'], {
      tty: true,
      columns: 200,
      env: { NO_COLOR: '1' },
    });
    expect(r.stdout).toContain('at ¶6');
    expect(r.stdout).toContain('https://www.dailysabah.com/politics/diplomacy/kazakh-ambassador-hails-great');
  });

  it('prints one JSON object with --json', () => {
    const r = runKzt(['facts', 'show', 'visit-2015', '--json'], { data: mini });
    expect(JSON.parse(r.stdout)).toMatchObject({
      id: 'visit-2015',
      sources: [{ source: 'src-a' }, { source: 'src-b' }],
    });
  });

  it('suggests the closest ids for an unknown one and exits 1', () => {
    const r = runKzt(['facts', 'show', 'visit-2016'], { data: mini });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kzt: no fact with id "visit-2016" \(did you mean visit-2015.*\?\)\n$/);
  });
});

describe('kzt facts list', () => {
  it('lists every fact in file order when piped', () => {
    const r = runKzt(['facts', 'list'], { data: mini });
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t')[0]),
    ).toEqual(mini.facts.map((f) => f.id));
  });

  it('filters by tag, entity alias in any script, and inclusive dates', () => {
    const ids = (...args: string[]) =>
      (
        JSON.parse(runKzt(['facts', 'list', '--json', ...args], { data: mini }).stdout) as Array<{
          id: string;
        }>
      ).map((f) => f.id);
    expect(ids('--tag', 'visit')).toEqual(['visit-2015', 'visit-2022']);
    expect(ids('--entity', 'Эрдоган')).toEqual(['visit-2015', 'undated-remark']);
    expect(ids('--entity', 'erdogan', '--entity', 'ankara')).toEqual(['visit-2015']);
    expect(ids('--from', '1992-10-31', '--to', '2009')).toEqual(['embassy-opened', 'partnership-treaty']);
    expect(ids('--from', '2022-05-11')).toEqual(['visit-2022']);
  });

  it('rejects unknown entities, unknown tags and bad dates as usage errors', () => {
    const entity = runKzt(['facts', 'list', '--entity', 'erdgan'], { data: mini });
    expect(entity).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kzt: unknown entity "erdgan" (did you mean erdogan?)\n',
    });
    expect(runKzt(['facts', 'list', '--tag', 'visits'], { data: mini }).stderr).toBe(
      'kzt: unknown tag "visits" (did you mean visit?)\n',
    );
    expect(runKzt(['facts', 'list', '--from', '2009-13'], { data: mini })).toMatchObject({ code: 2 });
    expect(runKzt(['facts', 'list', '--from', '2010', '--to', '2009'], { data: mini }).stderr).toBe(
      'kzt: --from 2010 is after --to 2009\n',
    );
  });

  it('exits 1 when the filters leave nothing', () => {
    const r = runKzt(['facts', 'list', '--tag', 'embassy', '--from', '2000', '--json'], { data: mini });
    expect(r).toEqual({ code: 1, stdout: '[]\n', stderr: 'kzt: no facts match the filters\n' });
  });
});

describe('kzt facts show in a pipe', () => {
  it('prints one plain line with the status and the sources, and the page with --format table', () => {
    const r = runKzt(['facts', 'show', 'visit-2015'], { data: mini });
    expect(r.stdout).toBe(
      'visit-2015\t2015-04-16\tcorroborated\tThe president paid a visit to Ankara.\tsrc-a https://example.org/a; src-b\n',
    );
    expect(runKzt(['facts', 'show', 'visit-2015', '--format', 'table'], { data: mini }).stdout).toContain(
      'Sources\n',
    );
  });
});
