import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isTerminal } from '../../src/io/isTerminal.js';

describe('isTerminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzt-tty-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const onFd = (path: string, flags: string, check: (fd: number) => void) => {
    const fd = openSync(path, flags);
    try {
      check(fd);
    } finally {
      closeSync(fd);
    }
  };

  it('says no for a regular file', () => {
    onFd(join(dir, 'out.txt'), 'w', (fd) => expect(isTerminal(fd)).toBe(false));
  });

  it.runIf(process.platform !== 'win32')('says no for the null device, a character device', () => {
    onFd('/dev/null', 'w', (fd) => expect(isTerminal(fd)).toBe(false));
  });

  it('says no for a closed descriptor instead of throwing', () => {
    const fd = openSync(join(dir, 'closed.txt'), 'w');
    closeSync(fd);
    expect(isTerminal(fd)).toBe(false);
  });
});
