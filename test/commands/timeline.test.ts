import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../src/model/types.js';
import { textWidth } from '../../src/render/textWidth.js';
import { runKzt } from '../helpers/fakeContext.js';

const data = JSON.parse(
  readFileSync(new URL('../fixtures/timeline.json', import.meta.url), 'utf8'),
) as DataSet;
const ESC = '\u001b';
const jsonIds = (stdout: string) => (JSON.parse(stdout) as Array<{ id: string }>).map((f) => f.id);

describe('kzt timeline rendering', () => {
  it.each([40, 60, 80, 200])(
    'at %i columns on a terminal fits the width and reads at a glance',
    (columns) => {
      const r = runKzt(['timeline'], { tty: true, columns, data, env: { NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(Math.max(...r.stdout.split('\n').map(textWidth))).toBeLessThanOrEqual(columns);
      expect(r.stdout).toMatchSnapshot();
    },
  );

  it('colours years, dates and markers on a terminal, and fits the width with colour on', () => {
    const r = runKzt(['timeline'], { tty: true, columns: 60, data });
    const coloured = (text: string) => new RegExp(`${ESC}\\[[0-9;]*m${text}${ESC}`);
    expect(r.stdout).toMatch(coloured('1992')); // the year heading
    expect(r.stdout).toMatch(coloured('2 Mar 1992')); // a date
    expect(r.stdout).toMatch(coloured('!')); // the disputed marker
    expect(Math.max(...r.stdout.split('\n').map(textWidth))).toBeLessThanOrEqual(60);
  });

  it('shows no escape code with --color never or NO_COLOR, and keeps hostile text off the terminal', () => {
    for (const opts of [{ env: { NO_COLOR: '1' } }, { env: {} }]) {
      const argv = opts.env.NO_COLOR ? ['timeline'] : ['--color', 'never', 'timeline'];
      const r = runKzt(argv, { tty: true, columns: 80, data, ...opts });
      expect(r.stdout).not.toContain(ESC);
      expect(r.stdout).not.toContain('\u202e');
      expect(r.stdout).not.toContain('\u0007');
      expect(r.stdout).toContain('Evil ^[[2J text <U+202E> reversed ^G bell');
    }
  });

  it('prints plain tab-separated lines when piped', () => {
    const r = runKzt(['timeline'], { data });
    expect(r.stdout).toMatchSnapshot();
    expect(r.stdout).not.toContain(ESC);
  });

  it('explains the markers in a one-line legend', () => {
    const r = runKzt(['timeline'], { tty: true, data, env: { NO_COLOR: '1' } });
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('! disputed   ? single source');
  });
});

describe('kzt timeline filters', () => {
  const timeline = (...args: string[]) => runKzt(['timeline', '--json', ...args], { data });

  it('gives the same facts, in timeline order, as JSON', () => {
    expect(jsonIds(timeline().stdout)).toEqual([
      'c-year',
      'd-first-of-year',
      'a-month',
      'b-day',
      'leap',
      'hostile',
      'said',
      'a-same-start',
      'e-interval',
    ]);
  });

  it('keeps partial dates that overlap --from/--to, inclusive at both ends', () => {
    expect(jsonIds(timeline('--from', '1992-03-02', '--to', '1992-03-02').stdout)).toEqual([
      'c-year',
      'a-month',
      'b-day',
    ]);
    expect(jsonIds(timeline('--from', '2022-10-13').stdout)).toEqual(['e-interval']);
    expect(jsonIds(timeline('--to', '1992-01-01').stdout)).toEqual(['c-year', 'd-first-of-year']);
    expect(jsonIds(timeline('--from', '1992-04', '--to', '2004-02').stdout)).toEqual(['c-year', 'leap']);
  });

  it('takes an entity by id or alias in any script', () => {
    for (const name of ['erdogan', 'Erdoğan', 'Эрдоган']) {
      expect(jsonIds(timeline('--entity', name).stdout)).toEqual(['a-same-start', 'e-interval']);
    }
  });

  it('filters by --tag and --kind, reverses and limits', () => {
    expect(jsonIds(timeline('--tag', 't').stdout)).toEqual(['a-month', 'b-day']);
    expect(jsonIds(timeline('--kind', 'visit', '--kind', 'agreement').stdout)).toEqual([
      'c-year',
      'a-same-start',
      'e-interval',
    ]);
    expect(jsonIds(timeline('--reverse', '--limit', '2').stdout)).toEqual(['e-interval', 'a-same-start']);
  });

  it('keeps the facts matching a query, still in date order', () => {
    expect(jsonIds(runKzt(['timeline', 'talks', '--json'], { data }).stdout)).toEqual([
      'a-same-start',
      'e-interval',
    ]);
  });

  it('exits 1 with [] when nothing is left, and 2 for a bad kind', () => {
    expect(timeline('--from', '2030')).toEqual({
      code: 1,
      stdout: '[]\n',
      stderr: 'kzt: no dated facts match\n',
    });
    expect(timeline('--kind', 'party')).toMatchObject({ code: 2, stdout: '' });
  });

  it('puts the bundled diplomatic relations in 1992 and Erdoğan facts under any spelling of his name', () => {
    const all = runKzt(['timeline', '--json']);
    const dates = (JSON.parse(all.stdout) as Array<{ date: string }>).map((f) => f.date);
    expect(dates).toContain('1992-03-02');
    expect(dates).toEqual([...dates].sort((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4))));
    expect(
      jsonIds(runKzt(['timeline', '--entity', 'Эрдоган', '--json']).stdout).length,
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('kzt anniversaries', () => {
  it('defaults to the current year of the injected clock', () => {
    const r = runKzt(['anniversaries', '--json'], { data, now: new Date('2027-06-01T12:00:00Z') });
    expect(jsonIds(r.stdout)).toEqual([
      'd-first-of-year',
      'a-month',
      'b-day',
      'a-same-start',
      'e-interval',
      'c-year',
    ]);
  });

  it('adds anniversary {years, date} to each fact in JSON', () => {
    const r = runKzt(['anniversaries', '2027', '--json'], { data });
    expect((JSON.parse(r.stdout) as Array<Record<string, unknown>>)[2]).toMatchObject({
      id: 'b-day',
      anniversary: { years: 35, date: '2027-03-02' },
    });
  });

  it('lists the 35th anniversary of diplomatic relations on 2 Mar 2027 in the bundled data', () => {
    const r = runKzt(['anniversaries', '2027'], { tty: true, columns: 100, env: { NO_COLOR: '1' } });
    expect(r.stdout).toMatch(/2 Mar 2027 +35th: Kazakhstan and Türkiye established diplomatic relations/);
  });

  it('says "Mar 2027" and "in 2027" for partial dates, on a terminal', () => {
    const r = runKzt(['anniversaries', '2027'], { tty: true, columns: 80, data, env: { NO_COLOR: '1' } });
    expect(r.stdout).toMatchSnapshot();
  });

  it('prints id, anniversary date and number, date and text when piped', () => {
    const r = runKzt(['anniversaries', '2027'], { data });
    expect(r.stdout.split('\n')[1]).toBe('a-month\t2027-03\t35\t1992-03\tSome time in March 1992.');
  });

  it('filters with --entity and --from/--to on the events themselves', () => {
    expect(
      jsonIds(runKzt(['anniversaries', '2027', '--json', '--entity', 'Erdogan'], { data }).stdout),
    ).toEqual(['a-same-start', 'e-interval']);
    expect(jsonIds(runKzt(['anniversaries', '2027', '--json', '--to', '1992-02'], { data }).stdout)).toEqual([
      'd-first-of-year',
      'c-year',
    ]);
  });

  it('exits 1 for a year before the first event, and 2 for a bad year', () => {
    expect(runKzt(['anniversaries', '1980', '--json'], { data })).toEqual({
      code: 1,
      stdout: '[]\n',
      stderr: 'kzt: no round anniversaries in 1980\n',
    });
    expect(runKzt(['anniversaries', '27'], { data })).toMatchObject({ code: 2, stdout: '' });
  });
});
