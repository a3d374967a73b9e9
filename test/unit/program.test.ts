import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli.js';
import type { Runners } from '../../src/program.js';
import { fakeContext } from '../helpers/fakeContext.js';

/** Runs argv through the real command tree with stub runners; returns what each stub received. */
function parse(argv: string[]) {
  const stub = () => vi.fn(() => 0 as const);
  const runners: Runners = {
    search: stub(),
    show: stub(),
    list: stub(),
    timeline: stub(),
    anniversaries: stub(),
  };
  const { ctx, out, err } = fakeContext();
  const code = run(argv, ctx, runners);
  const calls = Object.fromEntries(
    Object.entries(runners).map(([name, fn]) => [
      name,
      (fn as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0] as unknown),
    ]),
  );
  return { code, calls, stdout: out(), stderr: err() };
}

describe('argv → options', () => {
  it.each([
    [
      ['facts', 'search', 'strategic', 'partnership'],
      'search',
      { query: 'strategic partnership', limit: 10, json: false },
    ],
    [
      ['facts', 'search', 'erdogan', '--limit', '3', '--json'],
      'search',
      { query: 'erdogan', limit: 3, json: true },
    ],
    [['facts', 'search', '-n', '2', 'x'], 'search', { query: 'x', limit: 2 }],
    [
      ['facts', 'search', 'x', '--entity', 'a', '--entity', 'b', '--tag', 't'],
      'search',
      { entity: ['a', 'b'], tag: ['t'] },
    ],
    [['facts', 'show', 'some-id'], 'show', { id: 'some-id', json: false }],
    [['facts', 'show', '--json', 'some-id'], 'show', { id: 'some-id', json: true }],
    [
      ['facts', 'list', '--from', '2009', '--to', '2010-05'],
      'list',
      { from: '2009', to: '2010-05', json: false },
    ],
    [['--color', 'never', 'facts', 'list'], 'list', { json: false }],
  ])('%j → %s %j', (argv, runner, expected) => {
    const r = parse(argv);
    expect(r.code).toBe(0);
    expect(r.calls[runner]).toEqual([expect.objectContaining(expected)]);
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

  it('prints help with pasteable examples, exit 0', () => {
    for (const argv of [
      ['--help'],
      ['facts', 'search', '--help'],
      ['facts', 'show', '--help'],
      ['facts', 'list', '--help'],
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
