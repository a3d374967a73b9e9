import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { SearchIndex } from '../../src/search/SearchIndex.js';
import { runKzt } from '../helpers/fakeContext.js';

const dir = mkdtempSync(join(tmpdir(), 'kzt-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

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

/** A fresh data file and cache directory, and a search over them that counts index builds. */
function setup(name: string) {
  const data = join(dir, `${name}.json`);
  const cacheHome = join(dir, `${name}-cache`);
  const search = (query: string, ...flags: string[]) => {
    const build = vi.spyOn(SearchIndex, 'build');
    const r = runKzt(['--data', data, '--no-bundled', ...flags, 'facts', 'search', query, '--json'], {
      env: { XDG_CACHE_HOME: cacheHome },
    });
    const builds = build.mock.calls.length;
    build.mockRestore();
    return {
      ids: r.code === 0 ? (JSON.parse(r.stdout) as Array<{ id: string }>).map((f) => f.id) : [],
      builds,
      code: r.code,
    };
  };
  const cacheFiles = () => (existsSync(join(cacheHome, 'kzt')) ? readdirSync(join(cacheHome, 'kzt')) : []);
  return { data, cacheHome, search, cacheFiles };
}

describe('the search index cache', () => {
  it('is written on the first run and used, without indexing again, on the next', () => {
    const { data, search, cacheFiles } = setup('warm');
    writeFileSync(data, JSON.stringify([fact('camel-caravan', 'A camel caravan crossed the steppe.')]));
    expect(search('caravan')).toEqual({ ids: ['camel-caravan'], builds: 1, code: 0 });
    expect(cacheFiles()).toHaveLength(1);
    expect(search('caravan')).toEqual({ ids: ['camel-caravan'], builds: 0, code: 0 });
  });

  it('follows the file: change it and the results change', () => {
    const { data, search } = setup('change');
    writeFileSync(data, JSON.stringify([fact('camel-caravan', 'A camel caravan crossed the steppe.')]));
    expect(search('caravan').ids).toEqual(['camel-caravan']);
    writeFileSync(data, JSON.stringify([fact('horse-caravan', 'A horse caravan crossed the steppe.')]));
    expect(search('caravan')).toEqual({ ids: ['horse-caravan'], builds: 1, code: 0 });
    expect(search('camel').ids).toEqual([]);
  });

  it('ignores and rebuilds a corrupt cache file, never trusting it', () => {
    const { data, cacheHome, search, cacheFiles } = setup('corrupt');
    writeFileSync(data, JSON.stringify([fact('camel-caravan', 'A camel caravan crossed the steppe.')]));
    search('caravan');
    const [name] = cacheFiles();
    for (const garbage of ['', 'KZTIDX2\nnot really', JSON.stringify({ terms: [] })]) {
      writeFileSync(join(cacheHome, 'kzt', name ?? ''), garbage);
      expect(search('caravan')).toEqual({ ids: ['camel-caravan'], builds: 1, code: 0 });
      expect(search('caravan').builds).toBe(0); // rewritten, and good again
    }
  });

  it('is neither read nor written with --no-cache', () => {
    const { data, search, cacheFiles } = setup('nocache');
    writeFileSync(data, JSON.stringify([fact('camel-caravan', 'A camel caravan crossed the steppe.')]));
    expect(search('caravan', '--no-cache').builds).toBe(1);
    expect(search('caravan', '--no-cache').builds).toBe(1);
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
});
