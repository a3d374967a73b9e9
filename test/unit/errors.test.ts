import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { loadBundled } from '../../src/factbase/loadBundled.js';
import { FactBase } from '../../src/factbase/FactBase.js';
import { DATA_DIR, fakeContext } from '../helpers/fakeContext.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the bundled data directory with one file replaced (or removed when content is undefined). */
function dataWith(file: string, content: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'kzt-data-'));
  dirs.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  if (content === undefined) rmSync(join(dir, file));
  else writeFileSync(join(dir, file), content);
  return dir;
}

/** Runs `kzt facts list` over a data directory. */
function listWith(dir: string, env: Record<string, string> = {}) {
  const { ctx, out, err } = fakeContext({ env });
  const code = run(['facts', 'list'], { ...ctx, openFactBase: () => new FactBase(loadBundled(dir)) });
  return { code, stdout: out(), stderr: err() };
}

describe('bad bundled data', () => {
  it('a missing file is exit 66, naming the file', () => {
    expect(listWith(dataWith('facts.json', undefined))).toEqual({
      code: 66,
      stdout: '',
      stderr: 'kzt: data/facts.json: cannot read: no such file\n',
    });
  });

  it('invalid JSON is exit 65, with the line', () => {
    const r = listWith(dataWith('facts.json', '{\n  "facts": [\n    {"id": "a",}\n  ]\n}\n'));
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/^kzt: data\/facts\.json:3: invalid JSON: .+\n$/);
  });

  it('a broken reference is exit 65, saying which', () => {
    const facts = JSON.stringify({
      facts: [
        {
          id: 'x',
          text: 'T.',
          date: '2020',
          kind: 'event',
          tags: [],
          entities: ['nobody'],
          sources: [{ source: 'dailysabah-2022-10-20' }],
          status: 'single-source',
        },
      ],
    });
    expect(listWith(dataWith('facts.json', facts)).stderr).toBe(
      'kzt: data/facts.json: unknown entity "nobody"\n',
    );
  });

  it('an impossible date is exit 65', () => {
    const facts = JSON.stringify({
      facts: [
        {
          id: 'x',
          text: 'T.',
          date: '2023-02-29',
          kind: 'event',
          tags: [],
          entities: [],
          sources: [{ source: 'dailysabah-2022-10-20' }],
          status: 'single-source',
        },
      ],
    });
    const r = listWith(dataWith('facts.json', facts));
    expect(r).toMatchObject({
      code: 65,
      stderr: 'kzt: data/facts.json: "2023-02-29" is not a day of the calendar\n',
    });
  });
});

describe('internal errors', () => {
  const crash = (env: Record<string, string>) => {
    const { ctx, out, err } = fakeContext({ env });
    const code = run(['facts', 'list'], {
      ...ctx,
      openFactBase: () => {
        throw new TypeError('boom');
      },
    });
    return { code, stdout: out(), stderr: err() };
  };

  it('are exit 70 with one line and no stack trace', () => {
    expect(crash({})).toEqual({
      code: 70,
      stdout: '',
      stderr: 'kzt: internal error: boom (set KZT_DEBUG=1 for details)\n',
    });
  });

  it('show the stack with KZT_DEBUG=1', () => {
    expect(crash({ KZT_DEBUG: '1' }).stderr).toMatch(/TypeError: boom\n\s+at /);
  });
});
