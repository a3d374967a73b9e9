import { describe, expect, it } from 'vitest';
import { visitsCommand } from '../../src/commands/visits.js';
import { bundledData, runKzt } from '../helpers/fakeContext.js';
import { parseCommand } from '../helpers/parseCommand.js';

// The oracle: the visits read straight from the data files, not through kzt.
const visits = bundledData().facts.filter((f) => f.kind === 'visit');
const ids = (stdout: string) => (JSON.parse(stdout) as Array<{ id: string }>).map((f) => f.id);

describe('kzt visits: argv → options', () => {
  it('takes people (repeatable, comma lists), a host and the usual filters', () => {
    expect(
      parseCommand(visitsCommand, ['--by', 'erdogan,gul', '--host', 'Türkiye', '--from', '2019']).options,
    ).toMatchObject({
      by: ['erdogan', 'gul'],
      host: 'Türkiye',
      filter: { from: '2019-01-01' },
      output: { format: 'plain' },
    });
  });
});

describe('kzt visits', () => {
  it('lists every visit, in date order, each with who travelled and the host country', () => {
    const r = runKzt(['visits', '--json']);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout) as Array<{
      id: string;
      date: string;
      visit: { by: string[]; host: string };
    }>;
    expect(got.map((v) => v.id).sort()).toEqual(visits.map((v) => v.id).sort());
    // The first day each date covers: "2007-12" starts on 2007-12-01, "1995" on 1995-01-01.
    const starts = got.map((v) => `${v.date.split('/')[0] ?? ''}-01-01`.slice(0, 10));
    expect(starts).toEqual([...starts].sort());
  });

  it('finds Erdoğan’s visits to Kazakhstan by id, and only those', () => {
    const want = visits
      .filter((v) => v.visit?.by.includes('erdogan') && v.visit.host === 'kazakhstan')
      .map((v) => v.id);
    expect(want.length).toBeGreaterThanOrEqual(6);
    expect(
      ids(runKzt(['visits', '--by', 'erdogan', '--host', 'kazakhstan', '--json']).stdout).sort(),
    ).toEqual(want.sort());
  });

  it('takes names in any script and language: Токаев to Türkiye since 2019', () => {
    const want = visits
      .filter(
        (v) => v.visit?.by.includes('tokayev') && v.visit.host === 'turkiye' && (v.date ?? '') >= '2019',
      )
      .map((v) => v.id);
    expect(want.length).toBeGreaterThanOrEqual(4);
    const r = runKzt(['visits', '--by', 'Токаев', '--host', 'Türkiye', '--from', '2019', '--json']);
    expect(ids(r.stdout).sort()).toEqual(want.sort());
  });

  it('says who went where on a terminal, within the width', () => {
    const r = runKzt(['visits', '--by', 'erdogan', '--host', 'kazakhstan'], {
      tty: true,
      columns: 80,
      env: { NO_COLOR: '1' },
    });
    expect(r.stdout).toContain('Recep Tayyip Erdoğan → Astana');
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it.each([
    [['visits', '--by', 'nobody-at-all'], 'kzt: unknown person "nobody-at-all"'],
    [['visits', '--host', 'ankara'], 'kzt: --host "ankara" is neither Kazakhstan nor Türkiye'],
    [['visits', '--from', 'soon'], 'kzt: --from "soon" is not a date'],
  ])('%j is a usage error', (argv, message) => {
    const r = runKzt(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(message)).toBe(true);
  });

  it('exits 1 with a message when no visit matches', () => {
    const r = runKzt(['visits', '--by', 'erdogan', '--to', '1995']);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'kzt: no visits match\n' });
  });
});
