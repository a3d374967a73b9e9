// Red-team defects that need a real kzt process: a file over V8's longest string (RT-13), read by the built CLI
// so that the test runner's own memory stays small.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/kzt.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kzt-redteam-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('RT-13: --max-size above 512 MiB works', () => {
  it('a 600 MB file (sparse, all NUL bytes) under --max-size 2G is read and found invalid (65), not a crash', () => {
    const path = join(dir, 'sparse600.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 600 * 1024 * 1024);
    closeSync(fd);
    for (const args of [
      ['--max-size', '2G', '--no-cache', '--data', path, 'facts', 'list'],
      ['--max-size', '2G', 'validate', path],
    ]) {
      const r = spawnSync(process.execPath, [BIN, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(r.status).toBe(65);
      expect(r.stderr).toMatch(/sparse600\.json:1:1: invalid JSON: expected a value/);
    }
  });
});
