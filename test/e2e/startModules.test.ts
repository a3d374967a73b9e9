import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/kzt.cjs', import.meta.url));
const PRELOAD = new URL('../helpers/builtinsLoaded.mjs', import.meta.url).href;
const ON_TERMINAL = fileURLToPath(new URL('../helpers/onTerminal.py', import.meta.url));
const python = spawnSync('python3', ['--version']).status === 0;

// Start-up is measured by `npm run bench:start`, never timed here. What a test can hold without a clock is the work a
// start does not do: a search whose output goes to a pipe, a file or /dev/null asks no terminal question, so it never
// loads node:tty, nor net and the stream modules that come with it.
describe('what a start loads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzt-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const builtins = join(dir, 'builtins.txt');
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', KZT_TEST_BUILTINS: builtins };
  const loaded = () => readFileSync(builtins, 'utf8').split('\n');
  const search = ['--import', PRELOAD, BIN, 'facts', 'search', 'erdogan'];

  it.each([
    ['a pipe', 'pipe'],
    ['a file', join(dir, 'out.txt')],
    ['/dev/null', '/dev/null'],
  ])('output to %s loads neither tty nor net', (_, target) => {
    const fd = target === 'pipe' ? 'pipe' : openSync(target, 'w');
    try {
      const r = spawnSync(process.execPath, search, { env, stdio: ['ignore', fd, 'pipe'] });
      expect(r.status).toBe(0);
    } finally {
      if (typeof fd === 'number') closeSync(fd);
    }
    expect(loaded()).not.toContain('NativeModule tty');
    expect(loaded()).not.toContain('NativeModule net');
    expect(loaded()).toContain('NativeModule vm');
  });

  it.runIf(python)('output to a terminal asks tty, and prints the table', () => {
    const r = spawnSync('python3', [ON_TERMINAL, '80', process.execPath, ...search, '-n', '1'], {
      encoding: 'utf8',
      env: { ...env, KZT_PAGER: 'cat' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('│');
    expect(loaded()).toContain('NativeModule tty');
  });
});
