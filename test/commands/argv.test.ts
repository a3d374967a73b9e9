import { describe, expect, it } from 'vitest';
import { anniversariesCommand } from '../../src/commands/anniversaries.js';
import { listCommand } from '../../src/commands/facts/list.js';
import { searchCommand } from '../../src/commands/facts/search.js';
import { showCommand } from '../../src/commands/facts/show.js';
import { timelineCommand } from '../../src/commands/timeline.js';
import { parseCommand } from '../helpers/parseCommand.js';
import { runKzt } from '../helpers/fakeContext.js';

const NO_FILTER = { tags: [], entities: [], kinds: [], statuses: [] };
const VALID =
  'id, text, lang, texts, date, kind, tags, entities, sources, status, note, notes, visit, series, origin';

describe('facts search: argv → options', () => {
  it.each([
    [
      ['strategic', 'partnership'],
      { query: 'strategic partnership', limit: 10, output: { format: 'plain' }, filter: NO_FILTER },
    ],
    [['erdogan', '--limit', '3', '--json'], { query: 'erdogan', limit: 3, output: { format: 'json' } }],
    [['-n', '2', 'x'], { query: 'x', limit: 2 }],
    [
      ['x', '--entity', 'a', '--entity', 'b', '--tag', 't'],
      { filter: { ...NO_FILTER, entities: ['a', 'b'], tags: ['t'] } },
    ],
    [['x', '--kind', 'visit,agreement'], { filter: { ...NO_FILTER, kinds: ['visit', 'agreement'] } }],
    [
      ['x', '--format', 'csv', '--fields', 'id, date,score'],
      { output: { format: 'csv', fields: ['id', 'date', 'score'] } },
    ],
  ])('%j', (argv, expected) => {
    const r = parseCommand(searchCommand, argv);
    expect(r.code).toBe(0);
    expect(r.options).toEqual(expect.objectContaining(expected));
  });
});

describe('facts show, list, timeline, anniversaries: argv → options', () => {
  it('show', () => {
    expect(parseCommand(showCommand, ['some-id']).options).toEqual({
      id: 'some-id',
      output: { format: 'plain' },
    });
    expect(parseCommand(showCommand, ['--json', 'some-id']).options).toEqual({
      id: 'some-id',
      output: { format: 'json' },
    });
  });
  it('list', () => {
    expect(parseCommand(listCommand, ['--from', '2009', '--to', '2010-05']).options).toEqual({
      sort: 'date',
      filter: { ...NO_FILTER, from: '2009-01-01', to: '2010-05-31' },
      output: { format: 'plain' },
    });
    expect(parseCommand(listCommand, ['--sort', '-date']).options?.sort).toBe('-date');
    expect(parseCommand(listCommand, ['--format', 'json', '--json']).options?.output).toEqual({
      format: 'json',
    });
    expect(parseCommand(listCommand, ['--kind', 'other']).options?.filter.kinds).toEqual(['other']);
    expect(parseCommand(listCommand, ['--status', 'disputed']).options?.filter.statuses).toEqual([
      'disputed',
    ]);
  });
  it('timeline', () => {
    expect(parseCommand(timelineCommand, []).options).toEqual(
      expect.objectContaining({ query: undefined, reverse: false, output: { format: 'plain' } }),
    );
    expect(parseCommand(timelineCommand, ['hlscc', 'meeting', '--reverse', '-n', '3']).options).toEqual(
      expect.objectContaining({ query: 'hlscc meeting', reverse: true, limit: 3 }),
    );
  });
  it('anniversaries', () => {
    expect(parseCommand(anniversariesCommand, []).options).toEqual(
      expect.objectContaining({ year: undefined, output: { format: 'plain' } }),
    );
    expect(
      parseCommand(anniversariesCommand, ['2027', '--format', 'ndjson', '--fields', 'id,years']).options,
    ).toEqual(expect.objectContaining({ year: 2027, output: { format: 'ndjson', fields: ['id', 'years'] } }));
  });
  it('defaults to a table on a terminal and plain lines in a pipe', () => {
    expect(parseCommand(listCommand, [], true).options?.output).toEqual({ format: 'table' });
    expect(parseCommand(listCommand, [], false).options?.output).toEqual({ format: 'plain' });
  });
});

describe('usage errors: exit 2, one line, the run function never called, no data read', () => {
  it.each([
    [searchCommand, [], "kzt: missing required argument 'query'\n"],
    [showCommand, [], "kzt: missing required argument 'id'\n"],
    [showCommand, ['a', 'b'], "kzt: too many arguments for 'show'. Expected 1 argument but got 2.\n"],
    [
      searchCommand,
      ['x', '--limit', '0'],
      "kzt: option '-n, --limit <n>' argument '0' is invalid. want a whole number of 1 or more.\n",
    ],
    [
      searchCommand,
      ['x', '--limit', 'ten'],
      "kzt: option '-n, --limit <n>' argument 'ten' is invalid. want a whole number of 1 or more.\n",
    ],
    [
      listCommand,
      ['--json', '--format', 'csv'],
      'kzt: --json and --format csv contradict each other; use one\n',
    ],
    [
      listCommand,
      ['--format', 'xml'],
      "kzt: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, plain, json, ndjson, csv, tsv, md.\n",
    ],
    [listCommand, ['--fields', 'id,nosuch'], `kzt: unknown field "nosuch" (valid fields: ${VALID})\n`],
    [listCommand, ['--fields', 'score'], `kzt: unknown field "score" (valid fields: ${VALID})\n`],
    [listCommand, ['--fields', ''], `kzt: --fields "" has an empty field name (valid fields: ${VALID})\n`],
    [
      listCommand,
      ['--from', '2009-13'],
      'kzt: --from "2009-13" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)\n',
    ],
    [listCommand, ['--from', '2010', '--to', '2009'], 'kzt: --from 2010 is after --to 2009\n'],
    [
      listCommand,
      ['--kind', 'vist'],
      'kzt: unknown kind "vist" (did you mean visit? want one of event, agreement, visit, statement, quote, figure, other)\n',
    ],
    [
      anniversariesCommand,
      ['next'],
      "kzt: command-argument value 'next' is invalid for argument 'year'. want a four-digit year, such as 2027.\n",
    ],
  ] as const)('%#: %j', (make, argv, message) => {
    const r = parseCommand(make as typeof listCommand, [...argv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
    expect(r.stdout).toBe('');
    expect(r.options).toBeUndefined();
  });
});

describe('the program', () => {
  it.each([
    [['facts', '--no-such-option'], "kzt: unknown option '--no-such-option'\n"],
    [['facts', 'serch', 'x'], "kzt: unknown command 'serch' (did you mean kzt search, kzt facts search?)\n"],
    [
      ['list'],
      "kzt: unknown command 'list' (did you mean kzt facts list, kzt sources list, kzt entities list?)\n",
    ],
    [['timelin'], "kzt: unknown command 'timelin' (did you mean kzt timeline?)\n"],
    [['zzqx'], "kzt: unknown command 'zzqx'; `kzt --help` lists the commands\n"],
    [['facts', 'list', '--srt', 'date'], "kzt: unknown option '--srt' (did you mean --sort?)\n"],
    [
      ['--color', 'sometimes', 'facts', 'list'],
      "kzt: option '--color <when>' argument 'sometimes' is invalid. Allowed choices are auto, always, never.\n",
    ],
    [
      ['--max-size', 'lots', 'completion', 'bash'],
      "kzt: option '--max-size <size>' argument 'lots' is invalid. want bytes or a number with K, M or G, such as 100M.\n",
    ],
  ])('%j is a usage error', (argv, message) => {
    const r = runKzt(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
    expect(r.stdout).toBe('');
  });

  it('checks KZT_MAX_SIZE before any command runs', () => {
    const r = runKzt(['completion', 'bash'], { env: { KZT_MAX_SIZE: 'lots' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kzt: KZT_MAX_SIZE "lots" is not a size (want bytes or a number with K, M or G)\n');
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
      const r = runKzt(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:\n {2}\$ kzt /);
    }
  });

  it.each([40, 60, 80])(
    'wraps every help at a %i-column terminal, examples continued with a backslash',
    (columns) => {
      for (const argv of [
        [],
        ['facts'],
        ['facts', 'search'],
        ['facts', 'show'],
        ['facts', 'list'],
        ['search'],
        ['timeline'],
        ['anniversaries'],
        ['validate'],
        ['info'],
        ['completion'],
      ]) {
        const r = runKzt([...argv, '--help'], { columns });
        // No line wider than the terminal, except a single word that is itself wider.
        for (const line of r.stdout.split('\n'))
          if (line.length > columns)
            expect([argv, line.trim()]).toEqual([argv, expect.not.stringContaining(' ')]);
      }
      const help = runKzt(['facts', 'search', '--help'], { columns: 60 }).stdout;
      expect(help).toContain(
        '  $ kzt facts search visa --format csv --fields \\\n      id,date,text > visa.csv\n',
      );
    },
  );

  it('prints the version, exit 0', () => {
    expect(runKzt(['--version'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/),
    });
  });

  it('prints its help on stdout with exit 0 when run bare, as the facts group does', () => {
    for (const [argv, usage] of [
      [[], 'Usage: kzt [options] [command]'],
      [['facts'], 'Usage: kzt facts [options] [command]'],
    ] as const) {
      const r = runKzt([...argv]);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout.split('\n')[0]).toBe(usage);
    }
    expect(runKzt([]).stdout).toMatch(
      /\n {2}search \[options\] <query\.\.\.> +short for `kzt facts search`\n/,
    );
  });

  it('keeps `kzt help <command>`', () => {
    expect(runKzt(['help', 'search']).stdout).toMatch(/^Usage: kzt search \[options\] <query\.\.\.>/);
  });
});
