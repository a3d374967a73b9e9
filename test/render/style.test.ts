import { describe, expect, it } from 'vitest';
import { decideColor } from '../../src/render/style.js';

describe('decideColor', () => {
  it.each([
    // flag, env, isTTY → colour
    ['always', { NO_COLOR: '1' }, false, true],
    ['never', { FORCE_COLOR: '1' }, true, false],
    ['auto', { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    ['auto', { NO_COLOR: '' }, true, true],
    ['auto', { FORCE_COLOR: '1' }, false, true],
    ['auto', { FORCE_COLOR: '0' }, true, false],
    ['auto', { FORCE_COLOR: '1', TERM: 'dumb' }, false, true],
    ['auto', { TERM: 'dumb' }, true, false],
    ['auto', {}, true, true],
    ['auto', {}, false, false],
  ] as const)('--color %s with %j, tty %s → %s', (flag, env, tty, expected) => {
    expect(decideColor(flag, env, tty)).toBe(expected);
  });
});
