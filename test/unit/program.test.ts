import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli.js';
import { ANNIVERSARY_FIELDS, FACT_FIELDS, SEARCH_FIELDS } from '../../src/export/fields.js';
import type { Runners } from '../../src/program.js';
import { fakeContext } from '../helpers/fakeContext.js';

/** Runs argv through the real command tree with stub runners; returns what each stub received. */
function parse(argv: string[], tty = false) {
  const stub = () => vi.fn(() => 0 as const);
  const runners: Runners = {
    search: stub(),
    show: stub(),
    list: stub(),
    timeline: stub(),
    anniversaries: stub(),
    validate: stub(),
    info: stub(),
    completion: stub(),
    complete: stub(),
  };
  const { ctx, out, err } = fakeContext({ tty });
  const code = run(argv, ctx, runners);
  const calls = Object.fromEntries(
    Object.entries(runners).map(([name, fn]) => [
      name,
      (fn as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0] as unknown),
    ]),
  );
  return { code, calls, stdout: out(), stderr: err() };
}

const VALID = 'id, text, date, kind, tags, entities, sources, status, note, origin';

describe('argv → options', () => {
  it.each([
    [
      ['facts', 'search', 'strategic', 'partnership'],
      'search',
      { query: 'strategic partnership', limit: 10, output: { format: 'plain' } },
    ],
    [
      ['facts', 'search', 'erdogan', '--limit', '3', '--json'],
      'search',
      { query: 'erdogan', limit: 3, output: { format: 'json' } },
    ],
    [['facts', 'search', '-n', '2', 'x'], 'search', { query: 'x', limit: 2 }],
    [
      ['facts', 'search', 'x', '--entity', 'a', '--entity', 'b', '--tag', 't'],
      'search',
      { entity: ['a', 'b'], tag: ['t'] },
    ],
    [
      ['facts', 'search', 'x', '--format', 'csv', '--fields', 'id, date,score'],
      'search',
      { output: { format: 'csv', fields: ['id', 'date', 'score'] } },
    ],
    [['facts', 'show', 'some-id'], 'show', { id: 'some-id', output: { format: 'plain' } }],
    [['facts', 'show', '--json', 'some-id'], 'show', { id: 'some-id', output: { format: 'json' } }],
    [
      ['facts', 'list', '--from', '2009', '--to', '2010-05'],
      'list',
      { from: '2009', to: '2010-05', output: { format: 'plain' } },
    ],
    [['facts', 'list', '--format', 'json', '--json'], 'list', { output: { format: 'json' } }],
    [['--color', 'never', 'facts', 'list', '--kind', 'visit'], 'list', { kind: ['visit'] }],
    [['timeline'], 'timeline', { query: undefined, reverse: false, output: { format: 'plain' } }],
    [
      ['timeline', 'hlscc', 'meeting', '--reverse', '-n', '3'],
      'timeline',
      { query: 'hlscc meeting', reverse: true, limit: 3 },
    ],
    [['anniversaries'], 'anniversaries', { year: undefined, output: { format: 'plain' } }],
    [
      ['anniversaries', '2027', '--format', 'ndjson', '--fields', 'id,years'],
      'anniversaries',
      { year: 2027, output: { format: 'ndjson', fields: ['id', 'years'] } },
    ],
  ])('%j → %s %j', (argv, runner, expected) => {
    const r = parse(argv);
    expect(r.code).toBe(0);
    expect(r.calls[runner]).toEqual([expect.objectContaining(expected)]);
  });

  it('defaults to a table on a terminal and plain lines in a pipe', () => {
    expect(parse(['facts', 'list'], true).calls.list).toEqual([
      expect.objectContaining({ output: { format: 'table' } }),
    ]);
    expect(parse(['facts', 'list'], false).calls.list).toEqual([
      expect.objectContaining({ output: { format: 'plain' } }),
    ]);
  });

  it.each([
    [['facts', 'search'], "kzt: missing required argument 'query'\n"],
    [['facts', 'show'], "kzt: missing required argument 'id'\n"],
    [['facts', 'show', 'a', 'b'], "kzt: too many arguments for 'show'. Expected 1 argument but got 2.\n"],
    [
      ['facts', 'search', 'x', '--limit', '0'],
      "kzt: option '-n, --limit <n>' argument '0' is invalid. want a whole number of 1 or more.\n",
    ],
    [
      ['facts', 'search', 'x', '--limit', 'ten'],
      "kzt: option '-n, --limit <n>' argument 'ten' is invalid. want a whole number of 1 or more.\n",
    ],
    [['facts', '--no-such-option'], "kzt: unknown option '--no-such-option'\n"],
    [['facts', 'serch', 'x'], "kzt: unknown command 'serch' (Did you mean search?)\n"],
    [
      ['facts', 'list', '--json', '--format', 'csv'],
      'kzt: --json and --format csv contradict each other; use one\n',
    ],
    [
      ['facts', 'list', '--format', 'xml'],
      "kzt: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, plain, json, ndjson, csv, tsv, md.\n",
    ],
    [['facts', 'list', '--fields', 'id,nosuch'], `kzt: unknown field "nosuch" (valid fields: ${VALID})\n`],
    [['facts', 'list', '--fields', 'score'], `kzt: unknown field "score" (valid fields: ${VALID})\n`],
    [
      ['facts', 'list', '--fields', ''],
      `kzt: --fields "" has an empty field name (valid fields: ${VALID})\n`,
    ],
    [
      ['anniversaries', 'next'],
      "kzt: command-argument value 'next' is invalid for argument 'year'. want a four-digit year, such as 2027.\n",
    ],
    [
      ['--color', 'sometimes', 'facts', 'list'],
      "kzt: option '--color <when>' argument 'sometimes' is invalid. Allowed choices are auto, always, never.\n",
    ],
  ])('%j is a usage error: exit 2, one line', (argv, message) => {
    const r = parse(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
    expect(r.stdout).toBe('');
    expect(Object.values(r.calls).flat()).toEqual([]);
  });

  it('pins the field list of each command', () => {
    expect(FACT_FIELDS).toEqual([
      'id',
      'text',
      'date',
      'kind',
      'tags',
      'entities',
      'sources',
      'status',
      'note',
      'origin',
    ]);
    expect(SEARCH_FIELDS).toEqual([...FACT_FIELDS, 'score']);
    expect(ANNIVERSARY_FIELDS).toEqual([...FACT_FIELDS, 'anniversary', 'years', 'anniversaryDate']);
  });

  it('prints help with pasteable examples, exit 0', () => {
    for (const argv of [
      ['--help'],
      ['facts', 'search', '--help'],
      ['facts', 'show', '--help'],
      ['facts', 'list', '--help'],
      ['timeline', '--help'],
      ['anniversaries', '--help'],
    ]) {
      const r = parse(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:\n {2}\$ kzt /);
    }
  });

  it('prints the version, exit 0', () => {
    expect(parse(['--version'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/),
    });
  });

  it('treats a missing subcommand as a usage error that shows help on stderr', () => {
    const r = parse(['facts']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: kzt facts');
  });
});
