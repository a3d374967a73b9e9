import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDataFile } from '../../src/factbase/checkDataFile.js';
import { readFailure } from '../../src/factbase/readTextFile.js';
import { parseSize } from '../../src/factbase/readInput.js';
import { runKzt } from '../helpers/fakeContext.js';
import { tempFiles, userFact } from '../helpers/userFiles.js';

const { dir, file } = tempFiles('kzt-user-');
const env = { XDG_CACHE_HOME: join(dir, 'cache') };
const fact = userFact;
const ids = (stdout: string) => (JSON.parse(stdout) as Array<{ id: string }>).map((f) => f.id);

describe('bad data files: one clear line, the right exit code, no stack trace', () => {
  const cases: Array<[string, () => string, number, RegExp]> = [
    ['a missing file', () => join(dir, 'nope.json'), 66, /nope\.json: cannot read: no such file$/],
    ['a directory', () => dir, 66, /: cannot read: is a directory, not a file$/],
    ['an empty file', () => file('empty.json', ''), 65, /empty\.json:1:1: the file is empty/],
    [
      'invalid JSON',
      () => file('syntax.json', '[\n  {"id": "a",\n    "text": "x" oops\n]\n'),
      65,
      /syntax\.json:3:17: invalid JSON: /,
    ],
    [
      'invalid UTF-8',
      () => file('utf8.json', Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d])),
      65,
      /utf8\.json:1:3: invalid UTF-8 \(byte 2\)$/,
    ],
    [
      'duplicate keys',
      () => file('dupkey.json', '[{"id": "a", "id": "b"}]'),
      65,
      /dupkey\.json:1:14: duplicate key "id" in one object$/,
    ],
    [
      'a schema error',
      () => file('schema.json', JSON.stringify([fact('x', { text: null })], null, 2)),
      65,
      /schema\.json:4:13: "text" must be string/,
    ],
    ['/dev/zero', () => '/dev/zero', 66, /\/dev\/zero: cannot read: not a regular file/],
  ];
  it.each(cases)('%s', (_name, path, code, message) => {
    const r = runKzt(['--data', path(), 'facts', 'list'], { env });
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kzt: [^\n]+\n$/);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it('refuses a FIFO without opening it (no hang)', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(runKzt(['--data', fifo, 'facts', 'list'], { env })).toMatchObject({ code: 66, stdout: '' });
  });

  it('refuses a file over the size limit before reading it, with the limit settable', () => {
    const path = file('big.json', JSON.stringify([fact('big-one')]));
    const r = runKzt(['--max-size', '100', '--data', path, 'facts', 'list'], { env });
    expect(r.code).toBe(66);
    expect(r.stderr).toMatch(/\d+ bytes is over the 100 bytes size limit \(see --max-size\)/);
    expect(runKzt(['--data', path, 'facts', 'list'], { env: { ...env, KZT_MAX_SIZE: '100' } }).code).toBe(66);
    expect(runKzt(['--data', path, 'facts', 'list'], { env: { ...env, KZT_MAX_SIZE: '1M' } }).code).toBe(0);
    expect(runKzt(['--max-size', 'lots', 'facts', 'list'], { env })).toMatchObject({ code: 2 });
  });

  it('names permission problems', () => {
    expect(readFailure(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
  });

  it('accepts a UTF-8 byte order mark', () => {
    const path = file('bom.json', `\ufeff${JSON.stringify([fact('with-bom')])}`);
    expect(ids(runKzt(['--data', path, '--no-bundled', 'facts', 'list', '--json'], { env }).stdout)).toEqual([
      'with-bom',
    ]);
  });

  it('parses sizes', () => {
    expect([parseSize('100'), parseSize('2k'), parseSize('1.5M'), parseSize('1G'), parseSize('x')]).toEqual([
      100,
      2048,
      1572864,
      1024 ** 3,
      undefined,
    ]);
  });
});

describe('kzt validate', () => {
  it('prints every problem as file:line:col: message and exits 65', () => {
    const path = file(
      'many.json',
      JSON.stringify(
        { facts: [fact('Bad Id', { kind: 'rumour', extra: 1 }), fact('ok', { entities: ['nobody'] })] },
        null,
        1,
      ),
    );
    const r = runKzt(['validate', path], { env });
    expect(r.code).toBe(65);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${path}:4:10: "id" must be a kebab-case id (a-z, 0-9 and single hyphens)`,
      `${path}:7:12: "kind" must be one of "event", "agreement", "visit", "statement", "quote", "figure", "other"`,
      `${path}:21:4: unknown property "extra"`,
      'kzt: 1 of 1 file has problems',
    ]);
  });

  it('reports a fact without a status as that, and nothing about a note', () => {
    const noStatus: Record<string, unknown> = fact('no-status');
    delete noStatus.status;
    const r = runKzt(['validate', file('no-status.json', JSON.stringify([noStatus]))], { env });
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/:1:2: missing property "status"\n/);
    expect(r.stderr).not.toContain('note');
  });

  it('reports integrity problems once the schema holds', () => {
    const path = file(
      'refs.json',
      JSON.stringify([fact('a', { entities: ['nobody'], date: '2023-02-29' })], null, 1),
    );
    const r = runKzt(['validate', path], { env });
    expect(r.stderr).toBe(
      `${path}:5:11: "2023-02-29" is not a day of the calendar\n${path}:11:4: unknown entity "nobody"\nkzt: 1 of 1 file has problems\n`,
    );
  });

  it('exits 0 for valid files, 66 when one cannot be read, and checks the rest', () => {
    const good = file('good.json', JSON.stringify([fact('good-one')]));
    expect(runKzt(['validate', good], { env })).toEqual({
      code: 0,
      stdout: '',
      stderr: 'kzt: the file is valid\n',
    });
    const r = runKzt(['validate', join(dir, 'missing.json'), good], { env });
    expect(r.code).toBe(66);
    expect(r.stderr).toBe(
      `${join(dir, 'missing.json')}: cannot read: no such file\nkzt: 1 of 2 files has problems\n`,
    );
  });

  it('reads standard input with -', () => {
    expect(runKzt(['validate', '-'], { env, stdin: JSON.stringify([fact('from-stdin')]) }).code).toBe(0);
  });
});

describe('loading user data', () => {
  it('adds user facts to the bundled ones, with their origin in JSON and in show', () => {
    const path = file('mine.json', JSON.stringify([fact('my-fact')]));
    const all = runKzt(['--data', path, 'facts', 'list', '--json'], { env });
    expect(ids(all.stdout)).toContain('diplomatic-relations-established');
    expect(ids(all.stdout)).toContain('my-fact');
    expect(
      JSON.parse(runKzt(['facts', 'show', 'my-fact', '--json', '--data', path], { env }).stdout),
    ).toMatchObject({
      origin: path,
    });
    expect(
      runKzt(['facts', 'show', 'my-fact', '--data', path], {
        env: { ...env, NO_COLOR: '1' },
        tty: true,
        columns: 200,
      }).stdout,
    ).toContain(`Origin    ${path}`);
  });

  it('takes --data before or after the subcommand, KZT_DATA as a path list, and - for stdin', () => {
    const a = file('a.json', JSON.stringify([fact('from-a')]));
    const b = file('b.json', JSON.stringify([fact('from-b')]));
    const list = (args: string[], extra: Record<string, string> = {}, stdin?: string) =>
      ids(runKzt([...args, '--no-bundled', '--json'], { env: { ...env, ...extra }, stdin }).stdout);
    expect(list(['--data', a, 'facts', 'list', '--data', b])).toEqual(['from-a', 'from-b']);
    expect(list(['facts', 'list'], { KZT_DATA: `${a}:${b}` })).toEqual(['from-a', 'from-b']);
    expect(list(['--data', '-', 'facts', 'list'], {}, JSON.stringify([fact('from-stdin')]))).toEqual([
      'from-stdin',
    ]);
  });

  it('round-trips: what facts list --json prints loads back as a data file', () => {
    const exported = JSON.parse(runKzt(['facts', 'list', '--json']).stdout) as Array<Record<string, unknown>>;
    const renamed = exported.map((f) => ({ ...f, id: `copy-${String(f.id)}` }));
    const path = file('export.json', JSON.stringify(renamed));
    const r = runKzt(
      ['--data', path, '--no-bundled', 'facts', 'show', 'copy-diplomatic-relations-established', '--json'],
      { env },
    );
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout) as { sources: Array<{ title: string }> };
    expect(shown.sources[0]?.title).toBe('Kazakh ambassador hails great strides in relations with Türkiye');
    expect(runKzt(['validate', path], { env }).code).toBe(0);
  });

  it('accepts the full form, whose sources and entities later files may cite', () => {
    const full = file(
      'full.json',
      JSON.stringify({
        sources: [{ id: 'my-notes', title: '[My notes]', publisher: 'Me', date: '2026', kind: 'other' }],
        entities: [
          { id: 'someone', name: 'Someone', type: 'person', description: 'A person', aliases: ['Сомеоне'] },
        ],
        facts: [fact('full-fact', { entities: ['someone'], sources: [{ source: 'my-notes' }] })],
      }),
    );
    const later = file('later.json', JSON.stringify([fact('later-fact', { entities: ['someone'] })]));
    const r = runKzt(
      ['--data', full, '--data', later, '--no-bundled', 'facts', 'list', '--entity', 'Сомеоне', '--json'],
      { env },
    );
    expect(ids(r.stdout)).toEqual(['full-fact', 'later-fact']);
  });

  it('makes an id in two places an error that names both, unless --override lets the later one win', () => {
    const first = file('first.json', JSON.stringify([fact('shared'), fact('only-first')]));
    const second = file(
      'second.json',
      JSON.stringify([fact('shared', { text: 'The second version.' })], null, 2),
    );
    const r = runKzt(['--data', first, '--data', second, 'facts', 'list'], { env });
    expect(r).toMatchObject({ code: 65, stdout: '' });
    expect(r.stderr).toBe(
      `kzt: ${second}:3:11: fact id "shared" is already defined in ${first} (--override lets later files win)\n`,
    );
    const bundled = file('clash.json', JSON.stringify([fact('diplomatic-relations-established')]));
    expect(runKzt(['--data', bundled, 'facts', 'list'], { env }).stderr).toMatch(
      /already defined in the bundled data/,
    );
    const o = runKzt(
      ['--override', '--data', first, '--data', second, '--no-bundled', 'facts', 'list', '--json'],
      { env },
    );
    const facts = JSON.parse(o.stdout) as Array<{ id: string; text: string; origin: string }>;
    // Both facts share a date, so the list (in date order) has them by id.
    expect(facts.map((f) => [f.id, f.text, f.origin])).toEqual([
      ['only-first', 'The only-first happened.', first],
      ['shared', 'The second version.', second],
    ]);
  });
});

describe('checkDataFile on any JSON value', () => {
  const known = { sources: new Set(['dailysabah-2022-10-20']), entities: new Set(['kazakhstan']) };
  it('yields data or located problems, and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const checked = checkDataFile(
          { label: 'x.json', bytes: Buffer.from(JSON.stringify(value) ?? 'null') },
          known,
        );
        if (checked.data) expect(checked.problems).toEqual([]);
        else {
          expect(checked.problems.length).toBeGreaterThan(0);
          for (const p of checked.problems) expect(p.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles arbitrary facts-shaped arrays the same way', () => {
    const anyFact = fc.record(
      { id: fc.string(), text: fc.oneof(fc.string(), fc.constant(null)), date: fc.string() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(anyFact), (facts) => {
        const checked = checkDataFile({ label: 'x.json', bytes: Buffer.from(JSON.stringify(facts)) }, known);
        expect(Boolean(checked.data)).toBe(checked.problems.length === 0);
      }),
      { numRuns: 200 },
    );
  });
});
