import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadPrebuilt, PREBUILT } from '../../src/factbase/prebuilt.js';
import { FactBase } from '../../src/factbase/FactBase.js';
import { SearchIndex } from '../../src/search/SearchIndex.js';
import { bundledData } from '../helpers/fakeContext.js';

const dir = mkdtempSync(join(tmpdir(), 'kzt-prebuilt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = bundledData();
const index = SearchIndex.build(data.facts, (id) => new FactBase(data).entity(id));
const figures = { series: data.series ?? [], targets: data.targets ?? [] };
const none = () => ({ series: [], targets: [] });
const factsAndRegisters = { sources: data.sources, entities: data.entities, facts: data.facts };
const writeIndex = (bytes: Buffer | string) => writeFileSync(join(dir, PREBUILT.index), bytes);

describe('loadPrebuilt', () => {
  it('loads the data and its index as the build wrote them', () => {
    writeFileSync(join(dir, PREBUILT.data), JSON.stringify(data));
    writeIndex(index.encode());
    const prebuilt = loadPrebuilt(dir, none);
    expect(prebuilt?.data.facts.length).toBe(data.facts.length);
    expect(new FactBase(data, prebuilt?.index).search('erdogan').length).toBeGreaterThan(0);
  });

  it('gives up, so that kzt loads the data files, when the build is missing, damaged or stale', () => {
    expect(loadPrebuilt(join(dir, 'nowhere'), none)).toBeUndefined();
    writeIndex('garbage');
    expect(loadPrebuilt(dir, none)).toBeUndefined();
    writeIndex(index.encode());
    writeFileSync(join(dir, PREBUILT.data), JSON.stringify({ ...data, facts: data.facts.slice(1) }));
    expect(loadPrebuilt(dir, none)).toBeUndefined();
  });

  it('reads the figures only when they are asked for, from the build or else the data files', () => {
    writeFileSync(join(dir, PREBUILT.data), JSON.stringify(factsAndRegisters));
    writeIndex(index.encode());
    rmSync(join(dir, PREBUILT.figures), { force: true });
    const fallback = vi.fn(none);
    const built = loadPrebuilt(dir, fallback);
    // Written after the load and before the first use: it is read then, not at start.
    writeFileSync(join(dir, PREBUILT.figures), JSON.stringify(figures));
    expect(new FactBase(built?.data ?? data).series.map((s) => s.id)).toEqual(
      figures.series.map((s) => s.id),
    );
    expect(fallback).not.toHaveBeenCalled();
    writeFileSync(join(dir, PREBUILT.figures), '{"damaged');
    const damaged = loadPrebuilt(dir, () => figures);
    expect(damaged?.data.facts.length).toBe(data.facts.length);
    expect(damaged?.data.targets?.length).toBe(figures.targets.length);
  });
});

describe('reading only the language a run prints', () => {
  it('reads one language for the human views and plain lines, every language only for JSON', async () => {
    const { FactBase } = await import('../../src/factbase/FactBase.js');
    const { lazyTexts } = await import('../../src/factbase/loadTexts.js');
    const { run } = await import('../../src/cli.js');
    const { fakeContext, bundledData, DATA_DIR } = await import('../helpers/fakeContext.js');
    const texts = lazyTexts(DATA_DIR, false);
    // As a built kzt has it: the index made at build time over every language.
    const index = new FactBase(bundledData(), undefined, texts).searchIndex();
    const readsFor = (argv: string[]) => {
      const asked = new Set<string>();
      const { ctx } = fakeContext({ env: { KZT_LANG: 'tr' } });
      const fb = new FactBase(bundledData(), index, (lang) => (asked.add(lang), texts(lang)));
      run(argv, { ...ctx, openFactBase: () => fb });
      return [...asked].sort();
    };
    expect(readsFor(['facts', 'list', '--format', 'table'])).toEqual(['tr']);
    expect(readsFor(['facts', 'search', 'ankara'])).toEqual(['tr']);
    expect(readsFor(['timeline', '--format', 'table'])).toEqual(['tr']);
    expect(readsFor(['facts', 'list', '--json'])).toEqual(['kk', 'ru', 'tr']);
  });
});

describe('a damaged prebuilt index', () => {
  it('ends a search with one clear line (exit 70) or answers within the facts, never a crash', async () => {
    const { run } = await import('../../src/cli.js');
    const { fakeContext } = await import('../helpers/fakeContext.js');
    const bytes = index.encode();
    const outcomes = new Set<string>();
    // Bytes spread over the whole index, each flipped alone: the structure is checked at load, a term's postings
    // when a query reads them.
    for (let k = 0; k < 400; k++) {
      const at = Math.floor((bytes.length * k) / 400);
      const damaged = Buffer.from(bytes);
      damaged[at] = (damaged[at] ?? 0) ^ (1 << (k % 8));
      let decoded: SearchIndex;
      try {
        decoded = SearchIndex.decode(damaged).index;
      } catch {
        outcomes.add('refused at load');
        continue;
      }
      const { ctx, err } = fakeContext();
      const code = run(
        [
          'facts',
          'search',
          'kazakhstan turkiye erdogan visit embassy trade astana ankara agreement president',
          '--json',
        ],
        {
          ...ctx,
          openFactBase: () => new FactBase(data, decoded),
        },
      );
      expect([0, 1, 70]).toContain(code);
      if (code === 70) {
        expect(err()).toMatch(/^kzt: kzt's built search index is damaged \(.*\): reinstall kzt/);
        expect(err().trimEnd().split('\n')).toHaveLength(1);
        outcomes.add('damaged');
      } else outcomes.add('answered');
    }
    expect([...outcomes].sort()).toEqual(['answered', 'damaged', 'refused at load']);
  });
});
