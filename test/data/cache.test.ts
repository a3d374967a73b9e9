import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKzt } from '../helpers/fakeContext.js';

const dir = mkdtempSync(join(tmpdir(), 'kzt-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fact = (id: string, text: string) => ({
  id,
  text,
  date: '2021',
  kind: 'event',
  tags: [],
  entities: [],
  sources: [{ source: 'dailysabah-2022-10-20' }],
  status: 'single-source',
});

/**
 * A fresh data file and cache directory, and a search over them that says whether the run wrote the cache file
 * (a write is a rename of a new file into place: a new inode), which is what indexing again looks like from
 * outside.
 */
function setup(name: string) {
  const data = join(dir, `${name}.json`);
  const cacheHome = join(dir, `${name}-cache`);
  const cacheDir = join(cacheHome, 'kzt');
  const cacheFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir) : []);
  const identity = () => cacheFiles().map((f) => `${f}:${statSync(join(cacheDir, f)).ino}`);
  const search = (query: string, ...flags: string[]) => {
    const before = identity();
    const r = runKzt(['--data', data, '--no-bundled', ...flags, 'facts', 'search', query, '--json'], {
      env: { XDG_CACHE_HOME: cacheHome },
    });
    const after = identity();
    return {
      ids: r.code === 0 ? (JSON.parse(r.stdout) as Array<{ id: string }>).map((f) => f.id) : [],
      wrote: after.some((x) => !before.includes(x)),
      code: r.code,
    };
  };
  return { data, cacheHome, cacheDir, search, cacheFiles };
}

describe('the search index cache', () => {
  it('is written on the first run and used, without indexing again, on the next', () => {
    const { data, search, cacheFiles } = setup('warm');
    writeFileSync(data, JSON.stringify([fact('camel-caravan', 'A camel caravan crossed the steppe.')]));
    expect(search('caravan')).toEqual({ ids: ['camel-caravan'], wrote: true, code: 0 });
    expect(cacheFiles()).toHaveLength(1);
    expect(search('caravan')).toEqual({ ids: ['camel-caravan'], wrote: false, code: 0 });
  });

  it('follows the file: change it and the results change', () => {
    const { data, search } = setup('change');
    writeFileSync(data, JSON.stringify([fact('camel-caravan', 'A camel caravan crossed the steppe.')]));
    expect(search('caravan').ids).toEqual(['camel-caravan']);
    writeFileSync(data, JSON.stringify([fact('horse-caravan', 'A horse caravan crossed the steppe.')]));
    expect(search('caravan')).toEqual({ ids: ['horse-caravan'], wrote: true, code: 0 });
    expect(search('camel').ids).toEqual([]);
  });

  it('notices a file rewritten in place at the same size', () => {
    const { data, search } = setup('same-size');
    writeFileSync(data, JSON.stringify([fact('steppe-crossing', 'A camel caravan crossed the steppe.')]));
    expect(search('camel').ids).toEqual(['steppe-crossing']);
    // Same length, written at once: only the contents tell the two apart.
    writeFileSync(data, JSON.stringify([fact('steppe-crossing', 'A horse caravan crossed the steppe.')]));
    expect(search('camel').ids).toEqual([]);
    expect(search('horse').ids).toEqual(['steppe-crossing']);
  });

  it('compares a file changed just before its entry was written by content, then trusts it again', () => {
    const { data, search } = setup('racy');
    writeFileSync(data, JSON.stringify([fact('camel-caravan', 'A camel caravan crossed the steppe.')]));
    // Modified 1.9 s before the first run: within the two seconds in which a timestamp may not show a change.
    const modified = new Date(Date.now() - 1900);
    utimesSync(data, modified, modified);
    expect(search('caravan')).toEqual({ ids: ['camel-caravan'], wrote: true, code: 0 });
    while (Date.now() - modified.getTime() <= 2100)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    // Compared by content, found the same, and the entry written again, dated now...
    expect(search('caravan')).toEqual({ ids: ['camel-caravan'], wrote: true, code: 0 });
    // ...after which the file's identity is trusted again.
    expect(search('caravan')).toEqual({ ids: ['camel-caravan'], wrote: false, code: 0 });
  });

  it('ignores and rebuilds a corrupt cache file, never trusting it', () => {
    const { data, cacheDir, search, cacheFiles } = setup('corrupt');
    writeFileSync(data, JSON.stringify([fact('camel-caravan', 'A camel caravan crossed the steppe.')]));
    search('caravan');
    const [name] = cacheFiles();
    for (const garbage of ['', 'KZTCACHE3\nnot really', JSON.stringify({ terms: [] })]) {
      writeFileSync(join(cacheDir, name ?? ''), garbage, { mode: 0o600 });
      expect(search('caravan')).toEqual({ ids: ['camel-caravan'], wrote: true, code: 0 });
      expect(search('caravan').wrote).toBe(false); // rewritten, and good again
    }
  });

  it('is neither read nor written with --no-cache', () => {
    const { data, search, cacheFiles } = setup('nocache');
    writeFileSync(data, JSON.stringify([fact('camel-caravan', 'A camel caravan crossed the steppe.')]));
    expect(search('caravan', '--no-cache')).toEqual({ ids: ['camel-caravan'], wrote: false, code: 0 });
    expect(cacheFiles()).toEqual([]);
  });

  it('costs only speed when the cache directory cannot be written', () => {
    const { data } = setup('readonly');
    writeFileSync(data, JSON.stringify([fact('camel-caravan', 'A camel caravan crossed the steppe.')]));
    const blocker = join(dir, 'not-a-directory');
    writeFileSync(blocker, 'x');
    const r = runKzt(['--data', data, 'facts', 'search', 'caravan', '--json'], {
      env: { XDG_CACHE_HOME: blocker },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('finds a fact by id, and the ids close to a mistyped one, from the ids kept in the entry', () => {
    const { data, cacheHome } = setup('ids');
    writeFileSync(
      data,
      JSON.stringify([fact('camel-caravan', 'A camel caravan.'), fact('horse-caravan', 'A horse caravan.')]),
    );
    const show = (id: string) =>
      runKzt(['--data', data, '--no-bundled', 'facts', 'show', id, '--json'], {
        env: { XDG_CACHE_HOME: cacheHome },
      });
    for (const run of ['first', 'warm']) {
      expect([run, (JSON.parse(show('horse-caravan').stdout) as { text: string }).text]).toEqual([
        run,
        'A horse caravan.',
      ]);
      expect(show('hrose-caravan').stderr).toMatch(/did you mean horse-caravan/);
    }
  });

  it('keeps no copy of the data: a warm run reads the facts it prints from the file itself', () => {
    const { data, cacheDir, search, cacheFiles } = setup('no-copy');
    const text = 'A distinctively worded sentence about a camel caravan crossing the steppe.';
    writeFileSync(data, JSON.stringify([fact('camel-caravan', text)]));
    search('caravan');
    const [name] = cacheFiles();
    expect(readFileSync(join(cacheDir, name ?? '')).includes(text)).toBe(false);
  });
});
