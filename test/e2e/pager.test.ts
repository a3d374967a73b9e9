import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/kzt.cjs', import.meta.url));
const ON_TERMINAL = fileURLToPath(new URL('../helpers/onTerminal.py', import.meta.url));
const python = spawnSync('python3', ['--version']).status === 0;

/** The built kzt in a pseudo-terminal 80 columns wide (a real terminal for stdout), with a stand-in pager. */
function onTerminal(args: string[], env: Record<string, string>) {
  const r = spawnSync('python3', [ON_TERMINAL, '80', process.execPath, BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
  });
  return { code: r.status, text: r.stdout.replace(/\r/g, '') };
}

describe('the pager, for real (needs python3 for a pseudo-terminal)', () => {
  it.runIf(python)('pages a terminal through KZT_PAGER, with stderr after it; never with --no-pager', () => {
    const pager = { KZT_PAGER: 'sed s/^/PAGED:/' };
    const paged = onTerminal(['facts', 'search', 'erdogan', '-n', '2'], pager);
    expect(paged.code).toBe(0);
    const lines = paged.text.trimEnd().split('\n');
    const table = lines.filter((l) => l.startsWith('PAGED:'));
    expect(table.length).toBeGreaterThan(4);
    // The table went through the pager; the legend and the count (stderr) come after it, unpaged.
    // (The legend shows only when a listed fact is disputed or single-source.)
    expect(lines.slice(0, table.length)).toEqual(table);
    const after = lines.slice(table.length);
    expect(after.at(-1)).toMatch(/^kzt: showing 2 of \d+ matches/);
    expect(after.slice(0, -1).every((l) => l === '! disputed   ? single source')).toBe(true);
    expect(onTerminal(['--no-pager', 'facts', 'search', 'erdogan', '-n', '2'], pager).text).not.toContain(
      'PAGED:',
    );
  });

  it.runIf(python)('writes the output itself when the pager cannot be started', () => {
    const r = onTerminal(['facts', 'show', 'trade-2021'], { KZT_PAGER: 'no-such-pager-zz' });
    expect(r.code).toBe(0);
    expect(r.text).toContain('trade-2021');
  });

  it('never pages a pipe', () => {
    const r = spawnSync(process.execPath, [BIN, 'timeline'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', KZT_PAGER: 'sed s/^/PAGED:/' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('PAGED:');
  });
});
