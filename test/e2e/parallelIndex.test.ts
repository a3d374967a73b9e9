import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARALLEL_BYTES } from '../../src/factbase/loadUserData.js';
import { runKzt } from '../helpers/fakeContext.js';
import { tempFiles } from '../helpers/userFiles.js';

const BIN = fileURLToPath(new URL('../../bin/kzt.cjs', import.meta.url));

/**
 * A first run over a big file indexes it in two threads (the built kzt only: the second thread runs
 * dist/kzt-data.cjs); the tests' in-process runs index in one. Both must find the same facts with the same scores.
 */
describe('a big data file indexed by two threads', () => {
  const files = tempFiles('kzt-parallel-');
  // Exports of the bundled facts in English and in Turkish (the English then in `texts`), copied under new ids
  // until the file is big enough for a second thread: facts with all four languages, read both ways.
  const copies = (lang: string) => {
    const r = runKzt(['--lang', lang, 'facts', 'list', '--json']);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  };
  const [en, tr] = [copies('en'), copies('tr')];
  const facts = [0, 1, 2, 3, 4, 5].flatMap((n) =>
    (n % 2 ? tr : en).map((f) => ({ ...f, id: `copy-${n}-${String(f.id)}` })),
  );
  const big = files.file('big.json', JSON.stringify(facts));
  const spawned = (query: string, cache: string) => {
    const r = spawnSync(
      process.execPath,
      [BIN, '--no-bundled', '--data', big, 'facts', 'search', query, '--json', '--all'],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cache } },
    );
    return { code: r.status, stdout: r.stdout };
  };

  it('is big enough to be indexed by two threads', () => {
    expect(statSync(big).size).toBeGreaterThanOrEqual(PARALLEL_BYTES);
  });

  [
    'diplomatik ilişkiler ne zaman kuruldu',
    'установление дипломатических отношений',
    'strategic partnership Erdoğan',
  ].forEach((query, n) => {
    it(`finds for "${query}" what one thread finds, on the first run and from the cache`, () => {
      const one = runKzt([
        '--no-bundled',
        '--no-cache',
        '--data',
        big,
        'facts',
        'search',
        query,
        '--json',
        '--all',
      ]);
      expect(one.code).toBe(0);
      expect((JSON.parse(one.stdout) as unknown[]).length).toBeGreaterThan(6);
      // A cache of its own: the first run is a first run.
      const cache = join(files.dir, `cache-${n}`);
      const first = spawned(query, cache);
      expect(first.code).toBe(0);
      expect(first.stdout).toBe(one.stdout);
      const cached = spawned(query, cache);
      expect(cached.stdout).toBe(one.stdout);
    });
  });
});
