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

  it.each([40, 60, 80])('never splits a bundled fact id at %i columns', (columns) => {
    const r = runKzt(['timeline'], { tty: true, columns, env: { NO_COLOR: '1' } });
    // At 60 columns "ozal-visit-first-international-agreement" once came out as "…-agre" / "ement".
    const ids = (JSON.parse(runKzt(['timeline', '--json']).stdout) as Array<{ id: string }>).map((f) => f.id);
    for (const id of ids) expect(r.stdout, id).toMatch(new RegExp(`(^| )${id}$`, 'm'));
    // No line is wider than the terminal, unless it is an id alone that is itself wider.
    for (const line of r.stdout.split('\n'))
      if (textWidth(line) > columns) expect(ids).toContain(line.trim());
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

describe('kzt timeline order, limits and queries', () => {
  it('orders with --sort date (the default) or -date, --reverse being short for -date', () => {
    const ids = (...args: string[]) => jsonIds(runKzt(['timeline', '--json', ...args], { data }).stdout);
    const forward = ids();
    expect(ids('--sort', 'date')).toEqual(forward);
    expect(ids('--sort', '-date')).toEqual([...forward].reverse());
    expect(ids('--reverse')).toEqual([...forward].reverse());
    expect(runKzt(['timeline', '--reverse', '--sort', 'date'], { data }).code).toBe(2);
  });

  it('says how many facts a --limit left out', () => {
    const r = runKzt(['timeline', '--limit', '2'], { data });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    // The fixture has ten facts, one of them undated.
    expect(r.stderr).toBe('kzt: showing 2 of 9 facts\n');
  });

  it('has nothing to search for in a query of stopwords', () => {
    expect(runKzt(['timeline', 'the', '--json'], { data })).toEqual({
      code: 1,
      stdout: '[]\n',
      stderr: 'kzt: nothing to search for in "the": it has only common words or punctuation\n',
    });
  });
});

describe('kzt anniversaries --upcoming and this year', () => {
  // The fixture's anniversaries in 2027: 1 Jan, Mar (month only), 2 Mar, 12 Oct (two), and "in 2027"; in 2028
  // none is round (36th, 6th).
  const on = (day: string) => new Date(`${day}T12:00:00`);
  const upcoming = (day: string, ...args: string[]) =>
    runKzt(['anniversaries', '--upcoming', '--json', ...args], { data, now: on(day) });

  it('lists those still ahead from today, a month or year still counting while any of it is ahead', () => {
    const r = upcoming('2027-03-02');
    expect(jsonIds(r.stdout)).toEqual(['a-month', 'b-day', 'a-same-start', 'e-interval', 'c-year']);
    const dates = (JSON.parse(r.stdout) as Array<{ anniversary: { date: string } }>).map(
      (a) => a.anniversary.date,
    );
    expect(dates).toEqual(['2027-03', '2027-03-02', '2027-10-12', '2027-10-12', '2027']);
  });

  it('looks --days ahead, today included, and exits 1 when none falls in them', () => {
    expect(jsonIds(upcoming('2027-03-02', '--days', '1').stdout)).toEqual(['a-month', 'b-day', 'c-year']);
    expect(
      jsonIds(runKzt(['anniversaries', '--days', '1', '--json'], { data, now: on('2027-03-03') }).stdout),
    ).toEqual(['a-month', 'c-year']);
    expect(runKzt(['anniversaries', '--upcoming', '--days', '30'], { data, now: on('2030-11-01') })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'kzt: no round anniversaries in the next 30 days\n',
    });
  });

  it('refuses a year together with --upcoming, and a --days that is not a whole number of 1 or more', () => {
    expect(runKzt(['anniversaries', '2027', '--upcoming'], { data })).toMatchObject({ code: 2, stdout: '' });
    expect(runKzt(['anniversaries', '--days', '0'], { data })).toMatchObject({ code: 2, stdout: '' });
  });

  it('marks the anniversaries of this year that are past, on a terminal', () => {
    const r = runKzt(['anniversaries'], {
      data,
      tty: true,
      columns: 80,
      now: on('2027-03-10'),
      env: { NO_COLOR: '1' },
    });
    const lines = r.stdout.split('\n');
    const today = lines.findIndex((l) => l.includes('── today, 10 Mar 2027: 2 past, 4 ahead ──'));
    expect(today).toBeGreaterThan(0);
    expect(lines.slice(0, today).join('\n')).toContain('2 Mar 2027');
    // "Mar 2027" is not over on 10 March: it stays ahead.
    expect(lines.slice(today).join('\n')).toContain('Mar 2027     ? 35th');
    expect(lines.slice(today).join('\n')).toContain('12 Oct 2027');
    // Another year's list has no today line.
    expect(
      runKzt(['anniversaries', '2028'], { data, tty: true, now: on('2027-03-10') }).stdout,
    ).not.toContain('today');
  });
});

describe('kzt timeline --json', () => {
  it('is in one language: texts and notes only when --fields names them', () => {
    const plain = JSON.parse(
      runKzt(['timeline', '--from', '1992', '--to', '1992', '--json']).stdout,
    ) as Array<Record<string, unknown>>;
    expect(plain.length).toBeGreaterThan(3);
    expect(plain.every((f) => !('texts' in f) && !('notes' in f) && f.lang === 'en')).toBe(true);
    const asked = JSON.parse(
      runKzt(['timeline', '--from', '1992', '--to', '1992', '--fields', 'id,texts', '--json']).stdout,
    ) as Array<{ texts: Record<string, string | null> }>;
    expect(asked.map((f) => Object.keys(f.texts))).toEqual(plain.map(() => ['en', 'tr', 'ru', 'kk']));
  });
});
