import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/factbase/checkIntegrity.js';
import type { DataSet, Series, Target } from '../../src/model/types.js';
import { DATA_DIR, runKzt } from '../helpers/fakeContext.js';

const read = (name: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8'));
const figures = read('figures.json') as { series: Series[]; targets: Target[] };
const sourceIds = new Set((read('sources.json') as DataSet).sources.map((s) => s.id));
const entityIds = new Set((read('entities.json') as DataSet).entities.map((e) => e.id));
const byId = new Map(figures.series.map((s) => [s.id, s]));
const point = (series: string, period: string) => byId.get(series)?.points.find((p) => p.period === period);

const dir = mkdtempSync(join(tmpdir(), 'kzt-figures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { XDG_CACHE_HOME: join(dir, 'cache') };
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

describe('data/figures.json', () => {
  it('is valid against the schema, and a series or target missing a required field is not', () => {
    const validate = new Ajv({ allErrors: true }).compile(read('kzt.schema.json') as object);
    expect(validate(figures) ? [] : validate.errors).toEqual([]);
    const [first] = figures.series;
    const broken = [
      { series: [{ ...first, unit: undefined }] },
      { series: [{ ...first, points: [{ ...first?.points[0], period: 'in 2019' }] }] },
      { series: [{ ...first, points: [{ ...first?.points[0], period: '2019-Q5' }] }] },
      { series: [{ ...first, points: [{ ...first?.points[0], sources: [] }] }] },
      { series: [{ ...first, statistics: 'both' }] },
      { targets: [{ ...figures.targets[0], series: undefined }] },
    ];
    for (const b of broken) expect(validate(JSON.parse(JSON.stringify(b))), JSON.stringify(b)).toBe(false);
  });

  it('holds the series of figures.md: trade by Kazakh and by Turkish statistics apart, and the others', () => {
    expect(figures.series.length).toBeGreaterThanOrEqual(12);
    expect(byId.get('trade-kz')?.statistics).toBe('kazakhstan');
    expect(byId.get('trade-tr')?.statistics).toBe('turkiye');
    for (const prefix of ['investment', 'companies', 'contractors', 'visitors', 'students', 'flights'])
      expect(
        figures.series.some((s) => s.id.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('cites a source of the register for every point and every target, with who announced each target', () => {
    const unsourced: string[] = [];
    for (const s of figures.series)
      for (const p of s.points) {
        if (p.sources.length === 0 || p.sources.some((r) => !sourceIds.has(r.source)))
          unsourced.push(`${s.id} ${p.period}`);
      }
    for (const t of figures.targets)
      if (t.sources.length === 0 || t.sources.some((r) => !sourceIds.has(r.source))) unsourced.push(t.id);
    expect(unsourced).toEqual([]);
    expect(figures.targets.flatMap((t) => t.by).filter((e) => !entityIds.has(e))).toEqual([]);
  });

  it('has one point per period in each series, and every period a real one', () => {
    const form = /^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]))?(\/\d{4}(-(\d{2}(-\d{2})?|Q[1-4]))?)?$/;
    for (const s of figures.series) {
      const periods = s.points.map((p) => p.period);
      expect(new Set(periods).size, s.id).toBe(periods.length);
      for (const p of periods) expect(p, s.id).toMatch(form);
    }
  });

  it('flags every part-year value of a yearly series as partial, and no whole year', () => {
    const yearly = ['trade-kz', 'trade-tr', 'investment-tr-in-kz-flow', 'visitors-kz-to-tr'];
    for (const id of yearly)
      for (const p of byId.get(id)?.points ?? []) {
        const wholeYears = /^\d{4}(\/\d{4})?$/.test(p.period);
        expect(p.partial === true, `${id} ${p.period}`).toBe(!wholeYears);
      }
    // The part-year rows of figures.md, read from its tables by hand.
    for (const [s, period] of [
      ['trade-kz', '2019-01/2019-09'],
      ['trade-kz', '2021-01/2021-06'],
      ['trade-kz', '2022-01/2022-11'],
      ['trade-kz', '2024-01/2024-04'],
      ['trade-tr', '2005-01/2005-09'],
      ['visitors-kz-to-tr', '2021-Q1'],
      ['tourists-tr-to-kz-accommodation', '2024-01/2024-06'],
    ] as const)
      expect(point(s, period)?.partial, `${s} ${period}`).toBe(true);
  });

  it('matches the rows of figures.md it was taken from (a hand-checked sample)', () => {
    const rows: Array<[string, string, number, string | undefined]> = [
      ['trade-kz', '2010', 1851, undefined], // TK01
      ['trade-kz', '2014', 3500, 'more-than'], // TK05
      ['trade-kz', '2015', 2000, 'about'], // TK06
      ['trade-kz', '2021', 4100, undefined], // TK15
      ['trade-kz', '2023', 6000, undefined], // TK20
      ['trade-tr', '2010', 3280, undefined], // TT04
      ['trade-tr', '2019', 3900, 'almost'], // TT08
      ['trade-tr', '2021', 5300, 'more-than'], // TT09
      ['trade-stated', '2019-05', 3000, 'about'], // TS15
      ['investment-tr-in-kz', '2022-10', 4350, undefined], // IT17
      ['investment-tr-in-kz-flow', '2020', 362.4, undefined], // IT12
      ['companies-tr-in-kz', '2019-11', 4200, 'more-than'], // CO08
      ['contractors-tr-in-kz-tr', '2019', 23500, undefined], // CT07
      ['visitors-kz-to-tr', '2018', 426900, undefined], // TO01
      ['students-kz-in-tr', '2018/2019', 2191, undefined], // ST05
      ['flights-weekly', '2023-09', 93, undefined], // FL09
    ];
    for (const [s, period, value, qualifier] of rows) {
      const p = point(s, period);
      expect(p?.value, `${s} ${period}`).toBe(value);
      expect(p?.qualifier, `${s} ${period}`).toBe(qualifier);
    }
    expect(point('trade-kz', '2021')).toMatchObject({ exports: 3000, imports: 1100 });
    expect(point('trade-tr', '2016')).toMatchObject({ exports: 625, imports: 1330 });
  });

  it('keeps both statistics where they disagree about a year, each point saying so in its note', () => {
    for (const year of ['2010', '2019', '2021']) {
      expect(point('trade-tr', year)?.status, year).toBe('disputed');
      expect(point('trade-tr', year)?.note, year).toMatch(/Kazakh/);
    }
    for (const year of ['2010', '2021', '2025']) {
      expect(point('trade-kz', year)?.status, year).toBe('disputed');
      expect(point('trade-kz', year)?.note, year).toMatch(/Turkish|4\.9|6\.5/);
    }
  });

  it('keeps a low-confidence point only where no other series of its kind has a figure for that period', () => {
    const low = figures.series.flatMap((s) => s.points.filter((p) => p.lowConfidence).map((p) => ({ s, p })));
    expect(low.length).toBeGreaterThan(0);
    for (const { s, p } of low) {
      const kind = s.id.split('-')[0] ?? '';
      const others = figures.series.filter((o) => o !== s && o.id.startsWith(kind));
      expect(
        others.filter((o) => o.points.some((q) => q.period === p.period)).map((o) => o.id),
        `${s.id} ${p.period}`,
      ).toEqual([]);
    }
  });

  it('makes targets annotations of the turnover series, never points', () => {
    for (const t of figures.targets) {
      expect(
        t.series.every((id) => byId.has(id)),
        t.id,
      ).toBe(true);
      expect(t.series).not.toContain('trade-tr-exports');
    }
  });

  it('points the figure facts about trade and companies to their series', () => {
    const facts = (read('facts.json') as DataSet).facts;
    const links = Object.fromEntries(facts.filter((f) => f.series).map((f) => [f.id, f.series]));
    expect(links).toMatchObject({
      'trade-2021': ['trade-kz', 'trade-tr'],
      'trade-2023': ['trade-kz'],
      'trade-2025': ['trade-kz'],
      'turkish-companies-in-kazakhstan-2025': ['companies-tr-in-kz'],
    });
    expect(links['trade-2012']).toContain('trade-tr');
  });
});

describe('integrity rules for figures', () => {
  const base: DataSet = {
    sources: [{ id: 'src', title: 'T', publisher: 'P', date: '2020', kind: 'other' }],
    entities: [{ id: 'someone', name: 'Someone', type: 'person', description: 'x', aliases: [] }],
    facts: [],
  };
  const pt = (period: string, extra: Record<string, unknown> = {}) => ({
    period,
    value: 1,
    sources: [{ source: 'src' }],
    status: 'single-source' as const,
    ...extra,
  });
  const series = (points: unknown[]): Series =>
    ({ id: 's', title: { en: 'S' }, unit: 'u', statistics: 'other', points }) as Series;
  const messages = (data: Partial<DataSet>) => checkIntegrity({ ...base, ...data }).map((p) => p.message);

  it('accepts every period form and rejects dates that do not exist and ranges that run backwards', () => {
    expect(
      messages({
        series: [
          series(
            [
              '2019',
              '2019-02',
              '2019-02-28',
              '2019-Q4',
              '2019-01/2019-09',
              '2011/2013',
              '2021-Q1/2021-Q2',
            ].map((p) => pt(p)),
          ),
        ],
      }),
    ).toEqual([]);
    expect(messages({ series: [series([pt('2019-02-30')])] })).toEqual([
      '"2019-02-30" is not a day of the calendar',
    ]);
    expect(messages({ series: [series([pt('2019-09/2019-01')])] })).toEqual([
      'period "2019-09/2019-01" ends before it starts',
    ]);
  });

  it('allows one point per period in a series', () => {
    expect(messages({ series: [series([pt('2019'), pt('2020'), pt('2019')])] })).toEqual([
      'series "s" has two points for 2019 (points 1 and 3)',
    ]);
  });

  it('resolves every source, entity and series a point, target or fact names', () => {
    const target = {
      id: 't',
      announced: '2020-02',
      by: ['nobody'],
      value: 5,
      unit: 'u',
      text: 'x',
      sources: [{ source: 'missing' }],
      series: ['nope'],
    };
    const fact = {
      id: 'f',
      text: 'x',
      date: '2020',
      kind: 'figure' as const,
      tags: [],
      entities: [],
      sources: [{ source: 'src' }],
      status: 'single-source' as const,
      series: ['absent'],
    };
    expect(
      messages({
        series: [series([pt('2019', { sources: [{ source: 'gone' }] })])],
        targets: [target],
        facts: [fact],
      }),
    ).toEqual([
      // The registers are checked first (each fact is then checked as it is read), so the fact's comes last.
      'unknown source "gone"',
      'unknown source "missing"',
      'unknown entity "nobody"',
      'unknown series "nope"',
      'unknown series "absent"',
    ]);
  });

  it('needs a note on a disputed point', () => {
    expect(messages({ series: [series([pt('2019', { status: 'disputed' })])] })).toEqual([
      'disputed point 2019 of "s" needs a note saying who gives which figure',
    ]);
  });
});

describe('figures in user files', () => {
  const mine = {
    series: [
      {
        id: 'my-exports',
        title: { en: 'My exports' },
        unit: 'USD million',
        statistics: 'other',
        points: [
          {
            period: '2020',
            value: 10,
            sources: [{ source: 'dailysabah-2022-10-20' }],
            status: 'single-source',
          },
          {
            period: '2021-Q1',
            value: 4,
            partial: true,
            sources: [{ source: 'dailysabah-2022-10-20' }],
            status: 'single-source',
          },
        ],
      },
    ],
    targets: [
      {
        id: 'my-target',
        announced: '2021-05',
        by: ['erdogan'],
        value: 20,
        unit: 'USD million',
        text: 'A target.',
        sources: [{ source: 'dailysabah-2022-10-20' }],
        series: ['my-exports'],
      },
    ],
  };

  it('loads series and targets from a file and shows them with the bundled ones', () => {
    const path = file('mine.json', mine);
    expect(runKzt(['validate', path], { env })).toMatchObject({
      code: 0,
      stderr: 'kzt: the file is valid\n',
    });
    const r = runKzt(['--data', path, 'figures', 'my-exports', '--json'], { env });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      points: Array<{ period: string }>;
      targets: Array<{ id: string }>;
    };
    expect(json.points.map((p) => p.period)).toEqual(['2020', '2021-Q1']);
    expect(json.targets.map((t) => t.id)).toEqual(['my-target']);
    const list = JSON.parse(runKzt(['--data', path, 'figures', '--json'], { env }).stdout) as Array<{
      id: string;
    }>;
    expect(list.map((s) => s.id)).toContain('trade-kz');
    expect(list.map((s) => s.id)).toContain('my-exports');
  });

  it('reports a bad point at its line and column, in validate and when loading (exit 65)', () => {
    const bad = structuredClone(mine);
    const second = bad.series[0]?.points[1];
    if (second) second.period = '2021-Q7';
    const path = file('bad-period.json', bad);
    const v = runKzt(['validate', path], { env });
    expect(v.code).toBe(65);
    expect(v.stderr).toMatch(
      /bad-period\.json:22:21: "period" must be a period: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or START\/END\n/,
    );
    const twice = structuredClone(mine);
    const [series] = twice.series;
    const [first] = series?.points ?? [];
    if (series && first) series.points.push({ ...first });
    const r = runKzt(['--data', file('twice.json', twice), 'figures'], { env });
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(
      /twice\.json:\d+:\d+: series "my-exports" has two points for 2020 \(points 1 and 3\)\n$/,
    );
  });

  it('refuses a series id that the bundled data already has, unless --override', () => {
    const clash = { series: [{ ...mine.series[0], id: 'trade-kz' }] };
    const path = file('clash.json', clash);
    const r = runKzt(['--data', path, 'figures'], { env });
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/series id "trade-kz" is already defined in the bundled data/);
    const over = runKzt(['--override', '--data', path, 'figures', 'trade-kz', '--json'], { env });
    expect((JSON.parse(over.stdout) as { title: { en: string } }).title.en).toBe('My exports');
  });
});
