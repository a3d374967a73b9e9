import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { Ajv } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { figuresCommand, type FiguresOptions } from '../../src/commands/figures.js';
import type { DataSet } from '../../src/model/types.js';
import { parseCommand } from '../helpers/parseCommand.js';
import { runKzt } from '../helpers/fakeContext.js';

const data = JSON.parse(
  readFileSync(new URL('../fixtures/figures.json', import.meta.url), 'utf8'),
) as DataSet;
const ajv = new Ajv({ allErrors: true });
ajv.addSchema(
  JSON.parse(readFileSync(new URL('../../docs/kzt-output.schema.json', import.meta.url), 'utf8')) as object,
  'out',
);
const ESC = '\u001b';
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');
const BAR = /[█░▒▓▚▞]/;

// The width oracle, written down by hand rather than taken from the code under test: wide East Asian letters
// and pictographs take two columns, combining marks and zero-width characters none, everything else one (box
// drawing, block elements, dashes and the Latin, Turkish and Cyrillic letters kzt prints).
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
function columnsOf(line: string): number {
  let w = 0;
  for (const { segment } of segmenter.segment(line.replace(SGR, ''))) {
    if (/^[\p{M}\u200b-\u200d\u2060\ufeff]+$/u.test(segment)) continue;
    w += WIDE.test(segment) ? 2 : 1;
  }
  return w;
}
const widest = (text: string) => Math.max(...text.split('\n').map(columnsOf));

describe('kzt figures: argv → options', () => {
  const parse = (...argv: string[]) => parseCommand<FiguresOptions>(figuresCommand, argv);

  it.each([
    [[], { ids: [], output: { format: 'plain' } }],
    [['trade', 'flights-weekly'], { ids: ['trade', 'flights-weekly'], output: { format: 'plain' } }],
    [['trade-kz', '--from', '2015', '--to', '2020'], { ids: ['trade-kz'], from: 2015, to: 2020 }],
    [['trade-kz', '--format', 'svg'], { output: { format: 'svg' } }],
    [['trade-kz', '--json'], { output: { format: 'json' } }],
    [
      ['trade-kz', '--format', 'csv', '--fields', 'period,value,unit'],
      { output: { format: 'csv', fields: ['period', 'value', 'unit'] } },
    ],
    [
      ['--fields', 'id,count', '--format', 'tsv'],
      { ids: [], output: { format: 'tsv', fields: ['id', 'count'] } },
    ],
  ])('%j', (argv, expected) => {
    const r = parse(...argv);
    expect(r.code).toBe(0);
    expect(r.options).toEqual(expect.objectContaining(expected));
  });

  it('gives a table on a terminal', () => {
    expect(parseCommand<FiguresOptions>(figuresCommand, ['trade-kz'], true).options?.output).toEqual({
      format: 'table',
    });
  });

  it.each([
    [['trade-kz', '--from', '15'], /--from.*want a four-digit year/],
    [['trade-kz', '--from', '2020', '--to', '2010'], /^kzt: --from 2020 is after --to 2010\n$/],
    [['--format', 'svg'], /^kzt: --format svg draws series: name them/],
    [
      ['trade-kz', '--format', 'svg', '--fields', 'value'],
      /^kzt: --fields does not apply to --format svg\n$/,
    ],
    [['trade-kz', '--json', '--format', 'svg'], /^kzt: --json and --format svg contradict each other/],
    [['trade-kz', '--format', 'pdf'], /--format.*pdf.*svg/],
    [['trade-kz', '--fields', 'id,count'], /^kzt: unknown field "id" \(valid fields: series, period, /],
    [['--fields', 'period'], /^kzt: unknown field "period" \(valid fields: id, title, unit, statistics, /],
  ])('%j is a usage error (exit 2) before any data is read', (argv, message) => {
    const r = parse(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(r.options).toBeUndefined();
  });
});

describe('kzt figures: the list of series', () => {
  it('lists every series piped, one per line, the id first', () => {
    const r = runKzt(['figures']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(26);
    expect(lines[0]?.split('\t')).toEqual([
      'trade-kz',
      'kazakhstan',
      'USD million',
      '2010',
      '2025',
      '18',
      'Bilateral trade turnover (Kazakh statistics)',
    ]);
  });

  it('prints a table on a terminal with a hint on stderr, and JSON that matches its schema', () => {
    const t = runKzt(['figures'], { tty: true, columns: 100, env: { NO_COLOR: '1' } });
    // The id keeps a column of its natural width, never split (the title wraps beside it).
    expect(t.stdout).toMatch(/│ trade-kz +│ Bilateral trade turnover +│ Kazakh +│ 2010–2025 │ 18 +│/);
    expect(widest(t.stdout)).toBeLessThanOrEqual(100);
    expect(t.stderr).toBe('kzt: 26 series; `kzt figures <id>` shows one as a table and a chart\n');
    const json = JSON.parse(runKzt(['figures', '--json']).stdout) as unknown;
    expect(ajv.validate('out#/definitions/figures', json) ? [] : ajv.errors).toEqual([]);
  });

  it('narrows to the series with points in --from/--to, counting only those points', () => {
    const list = JSON.parse(runKzt(['figures', '--json', '--from', '2024', '--to', '2024']).stdout) as Array<{
      id: string;
      count: number;
    }>;
    expect(list.find((s) => s.id === 'trade-kz')?.count).toBe(2); // Jan–Apr 2024 and 2024
    expect(list.map((s) => s.id)).not.toContain('trade-tr');
  });
});

describe('kzt figures <series...>: choosing series', () => {
  const json = (...argv: string[]) => runKzt(['figures', ...argv, '--json']);

  it('gives one object for an exact id, with every point sourced and the targets that annotate it', () => {
    const r = json('trade-kz');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as {
      id: string;
      points: Array<{ period: string; sources: Array<{ url: string | null }>; partial?: boolean }>;
      targets: Array<{ id: string }>;
    };
    expect(ajv.validate('out#/definitions/figures <series>', s) ? [] : ajv.errors).toEqual([]);
    expect(s.id).toBe('trade-kz');
    expect(s.points).toHaveLength(18);
    expect(s.points.every((p) => p.sources.length > 0 && p.sources.every((x) => x.url))).toBe(true);
    expect(s.points.find((p) => p.period === '2019-01/2019-09')?.partial).toBe(true);
    expect(s.targets.length).toBe(23);
  });

  it('lets a prefix pick every series it starts, as an array, while an exact id picks only itself', () => {
    const ids = (stdout: string) => (JSON.parse(stdout) as Array<{ id: string }>).map((s) => s.id);
    expect(ids(json('trade').stdout)).toEqual(['trade-kz', 'trade-tr', 'trade-tr-exports', 'trade-stated']);
    expect((JSON.parse(json('trade-tr').stdout) as { id: string }).id).toBe('trade-tr');
    expect(ids(json('trade-kz', 'flights').stdout)).toEqual([
      'trade-kz',
      'flights-weekly',
      'flights-weekly-thy-astana',
    ]);
  });

  it('keeps the points and targets of --from/--to', () => {
    const s = JSON.parse(json('trade-kz', '--from', '2021', '--to', '2022').stdout) as {
      points: Array<{ period: string }>;
      targets: Array<{ announced: string }>;
    };
    expect(s.points.map((p) => p.period)).toEqual(['2021-01/2021-06', '2021', '2022-01/2022-11', '2022']);
    expect(s.targets.every((t) => t.announced >= '2021' && t.announced < '2023')).toBe(true);
  });

  it('says which series it does not know (exit 1), with the closest ids', () => {
    expect(runKzt(['figures', 'trade-kx'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'kzt: no figure series "trade-kx" (did you mean trade-kz, trade-tr?)\n',
    });
    const none = runKzt(['figures', 'trade-kz', '--from', '2030', '--json']);
    expect(none.code).toBe(1);
    expect((JSON.parse(none.stdout) as { points: unknown[] }).points).toEqual([]);
    expect(none.stderr).toBe('kzt: no figures of trade-kz from 2030\n');
  });
});

describe('kzt figures <series...> in a pipe and in machine formats', () => {
  it('prints tab-separated data piped, one point per line, and no chart', () => {
    const r = runKzt(['figures', 'trade-kz', 'trade-tr']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(BAR);
    expect(r.stdout).not.toContain(ESC);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(27);
    expect(lines[0]?.split('\t').slice(0, 7)).toEqual([
      'trade-kz',
      '2010',
      '1851',
      '',
      'USD million',
      'false',
      'disputed',
    ]);
  });

  it('writes CSV that a standard parser reads back: a header and one row per point', () => {
    const r = runKzt(['figures', 'trade-kz', '--format', 'csv']);
    const rows = parseCsv(r.stdout) as string[][];
    const [header, ...body] = rows;
    expect(header).toEqual([
      'series',
      'period',
      'start',
      'end',
      'value',
      'qualifier',
      'unit',
      'exports',
      'imports',
      'partial',
      'lowConfidence',
      'status',
      'sources',
      'note',
      'statistics',
      'title',
    ]);
    expect(body).toHaveLength(18);
    const row = (period: string) => body.find((x) => x[1] === period) ?? [];
    expect(row('2010').slice(0, 13)).toEqual([
      'trade-kz',
      '2010',
      '2010-01-01',
      '2010-12-31',
      '1851',
      '',
      'USD million',
      '1235',
      '616',
      'false',
      'false',
      'disputed',
      'kazgazeta-24753 http://economics.kazgazeta.kz/?p=24753',
    ]);
    expect(row('2019-01/2019-09').slice(2, 4)).toEqual(['2019-01-01', '2019-09-30']);
    expect(row('2019-01/2019-09')[9]).toBe('true');
    expect(row('2014')[5]).toBe('more-than');
    expect(row('2010')[15]).toBe('Bilateral trade turnover (Kazakh statistics)');
  });

  it('gives flat point records with --fields in JSON and NDJSON, that match their schema', () => {
    const flat = JSON.parse(
      runKzt(['figures', 'trade-kz', '--json', '--fields', 'period,value,partial']).stdout,
    ) as object[];
    expect(flat[8]).toEqual({ period: '2019-01/2019-09', value: 2300, partial: true });
    const lines = runKzt(['figures', 'trade', '--format', 'ndjson']).stdout.trimEnd().split('\n');
    for (const line of lines) {
      const record = JSON.parse(line) as object;
      expect(ajv.validate('out#/definitions/pointRecord', record) ? [] : ajv.errors).toEqual([]);
    }
  });
});

describe('kzt figures <series...> on a terminal', () => {
  const show = (columns: number, ...argv: string[]) =>
    runKzt(['figures', ...argv], { tty: true, columns, env: { NO_COLOR: '1' } });

  it.each([60, 80, 160])('fits %i columns, with the chart, table, targets and sources', (columns) => {
    const r = show(columns, 'trade-kz', 'trade-tr');
    expect(r.code).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
    expect(r.stdout).toMatch(/^2010 +█+ 1,851 !$/m);
    expect(r.stdout).toMatch(/^ +░+ 3,280 !$/m); // Turkish statistics for 2010, right under the Kazakh
    expect(r.stdout).toContain('Targets announced (annotations, not data), USD million');
    expect(r.stdout).toMatch(/^Sources$/m);
    expect(r.stdout).toContain('http://economics.kazgazeta.kz/?p=24753');
  });

  it.each([60, 80, 160])('fits %i columns with hostile text and wide letters in the data', (columns) => {
    const r = runKzt(['figures', 'alpha', 'beta'], { tty: true, columns, data, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain('\u202e');
    expect(r.stdout).toContain('^[[2J');
  });

  it('tells two series apart by shape, with a legend, and draws a part year dashed under its own label', () => {
    const lines = show(80, 'trade-kz', 'trade-tr').stdout.split('\n');
    expect(lines).toContain('██ trade-kz   ░░ trade-tr   █ █ part of a year   ! disputed   > more than');
    const partial = lines.find((l) => l.startsWith('Jan–Sep 2019')) ?? '';
    expect(partial).toMatch(/^Jan–Sep 2019 +(█ )+█ 2,300$/);
    // The full-year rows of 2019 are Turkish only: no Kazakh bar stands for the whole year.
    const year = lines.findIndex((l) => l.startsWith('2019 '));
    expect(lines[year]).toMatch(/^2019 +░+ <3,900 !$/);
    expect(lines.filter((l) => /^2019 .*█/.test(l))).toEqual([]);
  });

  it('colours each series differently, and never the text when colour is off', () => {
    const r = runKzt(['figures', 'alpha'], { tty: true, columns: 80, data, env: { FORCE_COLOR: '1' } });
    const bar = (glyph: string) => new RegExp(`(${ESC}\\[[0-9;]*m)${glyph}+${ESC}`).exec(r.stdout)?.[1];
    expect(bar('█')).toBeDefined();
    expect(bar('░')).toBeDefined();
    expect(bar('█')).not.toBe(bar('░'));
  });

  it('marks disputed, partial and low-confidence values in the chart and the table', () => {
    const out = runKzt(['figures', 'alpha', 'beta'], {
      tty: true,
      columns: 100,
      data,
      env: { NO_COLOR: '1' },
    }).stdout;
    expect(out).toMatch(/^Jan–Jun 2020 +█ █ █[ █]* 600$/m);
    expect(out).toMatch(/^2020 +█+ 1,500 !$/m);
    expect(out).toMatch(/^Q1 2018 +▒ [ ▒]*5,000 \*$/m);
    expect(out).toContain('! disputed');
    expect(out).toContain('* low confidence');
    expect(out).toMatch(/│ >2,000\s+│/);
    expect(out).toMatch(/^ {2}10 May 2021 {2}5,000 by 2025 {2}The minister set a goal of 5,000\. \[2\]$/m);
  });

  it('points from a figure fact to its series', () => {
    const page = runKzt(['facts', 'show', 'trade-2023', '--format', 'table'], { env: { NO_COLOR: '1' } });
    expect(page.stdout).toMatch(/Figures +See kzt figures trade-kz\n/);
    const fact = JSON.parse(runKzt(['facts', 'show', 'trade-2023', '--json']).stdout) as { series: string[] };
    expect(fact.series).toEqual(['trade-kz']);
  });
});

describe('kzt figures --format svg', () => {
  const parseSvg = (text: string) => {
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, message) => void errors.push(`${level}: ${message}`),
    }).parseFromString(text, 'image/svg+xml');
    expect(errors).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    return { root: doc.documentElement as Element, texts, doc };
  };

  it('is a standalone SVG for a slide with the title, axes, year labels, legend and a source line', () => {
    const r = runKzt(['figures', 'trade-kz', 'trade-tr', '--format', 'svg']);
    expect(r.code).toBe(0);
    const { root, texts, doc } = parseSvg(r.stdout);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('viewBox')).toBe('0 0 1280 720');
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('Bilateral trade turnover');
    expect(texts).toContain('Bilateral trade turnover');
    expect(texts).toContain('USD million · Kazakh statistics and Turkish statistics');
    for (const year of ['1993', '2010', '2016', '2021', '2025']) expect(texts).toContain(year);
    expect(texts).toContain('trade-kz: Bilateral trade turnover (Kazakh statistics)');
    expect(texts).toContain('trade-tr: Bilateral trade turnover (Turkish statistics)');
    expect(texts).toContain('part of a year (not a full year)');
    expect(texts.some((t) => /^0$/.test(t))).toBe(true); // the value axis starts at zero
    expect(texts).toContain('1,851 !');
    const source = texts.find((t) => t.startsWith('Sources: ')) ?? '';
    expect(source).toContain('Kazakhstanskaya Pravda');
    expect(source).toContain('kzt figures trade-kz trade-tr --format csv');
    expect(texts.find((t) => t.startsWith('Targets announced'))).toMatch(/10,000 \(\d+ times, 2007–2024\)/);
    expect(doc.getElementsByTagName('line').length).toBeGreaterThan(2);
  });

  it('carries no script and no outside reference, and escapes every text', () => {
    const r = runKzt(['figures', 'beta', '--format', 'svg'], { data });
    expect(r.stdout).not.toMatch(/<script|javascript:|href|@import|url\(http/i);
    expect(r.stdout.match(/https?:\/\/[^"\s<]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    const { doc, texts } = parseSvg(r.stdout);
    expect(doc.getElementsByTagName('script').length).toBe(0);
    expect(texts).toContain('beta: Beta ^[[2J visitors <U+202E> 中文 🚀 <script>alert(1)</script> & "x"');
  });

  it('draws one unit on one chart: series of different units are a usage error', () => {
    const r = runKzt(['figures', 'trade-kz', 'flights-weekly', '--format', 'svg']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kzt: --format svg draws series of one unit; these are in USD million, flights per week\n',
    });
  });
});
