import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseFact } from '../../src/factbase/checkDataFile.js';
import { startIndexWorker } from '../../src/factbase/indexWorker.js';
import { FactStore } from '../../src/model/FactStore.js';
import type { Fact } from '../../src/model/types.js';
import { indexBuilder } from '../../src/search/indexBuilder.js';
import { encodeIndex } from '../../src/search/indexCodec.js';
import { bundledData, runKzt } from '../helpers/fakeContext.js';

/** The built indexing thread (it exists only in the built CLI: run from sources, kzt indexes in one thread). */
const WORKER = fileURLToPath(new URL('../../dist/kzt-data.cjs', import.meta.url));

/**
 * The second indexing thread itself, not through the CLI, whose first run falls back to one thread when the second
 * fails: its answer must come, and with this thread's part merge into the index one builder makes.
 */
describe('the second indexing thread', () => {
  const data = bundledData();
  const entityOf = (id: string) => data.entities.find((e) => e.id === id);
  const store = new FactStore({ sources: [], entities: [], facts: [] });
  const languages = (fact: Fact) => store.translationsOf(fact);
  // An export in Turkish: each fact's English is in `texts`, as a user's file may hold it.
  const exported = JSON.parse(runKzt(['--lang', 'tr', 'facts', 'list', '--json']).stdout) as unknown[];
  const texts = exported.map((f) => JSON.stringify(f));
  const bytes = Buffer.from(new SharedArrayBuffer(Buffer.byteLength(`[${texts.join(',')}]`)));
  const spans: number[] = [];
  let at = bytes.write('[');
  texts.forEach((text, i) => {
    if (i > 0) at += bytes.write(',', at);
    spans.push(at, (at += bytes.write(text, at)));
  });
  bytes.write(']', at);
  const factAt = (doc: number) => normaliseFact(JSON.parse(texts[doc] ?? '') as Fact, 'export.json');

  it('is built', () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  // `first` facts are this thread's own before the shared ones, as the bundled facts are under --data.
  it.each([0, 40])(
    'answers, and with %i facts of this thread first merges into the one-builder index',
    (first) => {
      const whole = indexBuilder(entityOf, 0, languages);
      texts.forEach((_, doc) => whole.add(factAt(doc)));
      const expected = Buffer.concat(encodeIndex(whole.finish()));

      const parallel = startIndexWorker(WORKER, first, 0);
      expect(parallel).toBeDefined();
      const own = indexBuilder(entityOf, 0, languages);
      for (let doc = 0; doc < first; doc++) own.add(factAt(doc), doc);
      parallel?.entities(data.entities);
      parallel?.spans(bytes, spans.slice(first * 2), first, 'export.json');
      const parts = parallel?.finish(own, texts.length, factAt);
      expect(parts).toBeDefined();
      expect(parts && Buffer.concat(encodeIndex(parts)).equals(expected)).toBe(true);
    },
  );
});
