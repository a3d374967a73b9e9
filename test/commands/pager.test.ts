import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { pagerCommand } from '../../src/io/pagerCommand.js';
import { fakeContext, type FakeOptions } from '../helpers/fakeContext.js';

/** Runs kzt in a fake context and says whether it asked for its output to go through a pager. */
function pages(argv: string[], options: FakeOptions): boolean {
  const { ctx, paged } = fakeContext(options);
  run(argv, ctx);
  return paged();
}

describe('the pager', () => {
  it('is asked for on a terminal, never in a pipe, never with --no-pager', () => {
    expect(pages(['timeline'], { tty: true })).toBe(true);
    expect(pages(['facts', 'search', 'erdogan'], { tty: true })).toBe(true);
    expect(pages(['timeline'], { tty: false })).toBe(false);
    expect(pages(['--no-pager', 'timeline'], { tty: true })).toBe(false);
    expect(pages(['timeline', '--no-pager'], { tty: true })).toBe(false);
  });

  it('is not asked for by help', () => {
    expect(pages([], { tty: true })).toBe(false);
    expect(pages(['facts'], { tty: true })).toBe(false);
    expect(pages(['timeline', '--help'], { tty: true })).toBe(false);
  });

  it.each([
    [{}, 'less -FRX'],
    [{ PAGER: 'more' }, 'more'],
    [{ PAGER: 'more', KZT_PAGER: 'most -s' }, 'most -s'],
    [{ PAGER: 'more', KZT_PAGER: '' }, undefined],
    [{ KZT_PAGER: 'cat' }, undefined],
    [{ PAGER: ' cat ' }, undefined],
    [{ PAGER: '' }, undefined],
  ])('with %j runs %j', (env, command) => {
    expect(pagerCommand(env)).toBe(command);
  });
});
