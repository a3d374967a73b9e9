import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadPrebuilt, PREBUILT } from '../../src/factbase/prebuilt.js';
import type { DataSet } from '../../src/model/types.js';
import { FactBase } from '../../src/factbase/FactBase.js';
import { SearchIndex } from '../../src/search/SearchIndex.js';
import { bundledData } from '../helpers/fakeContext.js';

const dir = mkdtempSync(join(tmpdir(), 'kzt-prebuilt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = bundledData();
const index = SearchIndex.build(data.facts, (id) => new FactBase(data).entity(id));
const figures = { series: data.series ?? [], targets: data.targets ?? [] };
const registers = { sources: data.sources, entities: data.entities };
const none = () => ({ sources: [], entities: [], facts: [], series: [], targets: [] });
const writePart = (name: string, part: unknown) => writeFileSync(join(dir, name), JSON.stringify(part));
const writeIndex = (bytes: Buffer | string) => writeFileSync(join(dir, PREBUILT.index), bytes);

describe('loadPrebuilt', () => {
  it('loads the data and its index as the build wrote them', () => {
    writePart(PREBUILT.data, { facts: data.facts });
    writePart(PREBUILT.registers, registers);
    writeIndex(index.encode());
    const prebuilt = loadPrebuilt(dir, none);
    expect(prebuilt?.data.facts.length).toBe(data.facts.length);
    expect(prebuilt?.data.sources.length).toBe(data.sources.length);
    expect(prebuilt?.data.entities.map((e) => e.id)).toEqual(data.entities.map((e) => e.id));
    expect(new FactBase(data, prebuilt?.index).search('erdogan').length).toBeGreaterThan(0);
  });

  it('gives up, so that kzt loads the data files, when the build is missing, damaged or stale', () => {
    expect(loadPrebuilt(join(dir, 'nowhere'), none)).toBeUndefined();
    writeIndex('garbage');
    expect(loadPrebuilt(dir, none)).toBeUndefined();
    writeIndex(index.encode());
    writePart(PREBUILT.data, { facts: data.facts.slice(1) });
    expect(loadPrebuilt(dir, none)).toBeUndefined();
    writePart(PREBUILT.data, { sources: data.sources });
    expect(loadPrebuilt(dir, none)).toBeUndefined();
  });

  it.each([
    ['registers', PREBUILT.registers, registers, (d: DataSet) => d.entities.map((e) => e.id)],
    ['figures', PREBUILT.figures, figures, (d: DataSet) => d.series?.map((s) => s.id)],
  ] as const)(
    'reads the %s only when asked for, from the build or else the data files',
    (_, file, part, ids) => {
      writePart(PREBUILT.data, { facts: data.facts });
      writeIndex(index.encode());
      rmSync(join(dir, file), { force: true });
      const fallback = vi.fn(none);
      const built = loadPrebuilt(dir, fallback);
      // Written after the load and before the first use: it is read then, not at start.
      writePart(file, part);
      expect(built && ids(built.data)).toEqual(ids(data));
      expect(fallback).not.toHaveBeenCalled();
      writeFileSync(join(dir, file), '{"damaged');
      const damaged = loadPrebuilt(dir, () => data);
      expect(damaged?.data.facts.length).toBe(data.facts.length);
      expect(damaged && ids(damaged.data)).toEqual(ids(data));
    },
  );
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

describe('reading the registers only when a run prints them', () => {
  it('a search or a timeline in plain lines or a table reads no source or entity; JSON and CSV do', async () => {
    const { run } = await import('../../src/cli.js');
    const { fakeContext } = await import('../helpers/fakeContext.js');
    const readsFor = (argv: string[], isTTY = false) => {
      const read = new Set<string>();
      const watched = { ...data };
      for (const key of ['sources', 'entities'] as const) {
        Object.defineProperty(watched, key, { get: () => (read.add(key), data[key]), enumerable: true });
      }
      const { ctx } = fakeContext({ tty: isTTY });
      expect(run(argv, { ...ctx, openFactBase: () => new FactBase(watched, index) })).toBe(0);
      return [...read].sort();
    };
    expect(readsFor(['facts', 'search', 'erdogan'])).toEqual([]);
    expect(readsFor(['facts', 'search', 'erdogan'], true)).toEqual([]);
    expect(readsFor(['timeline'])).toEqual([]);
    expect(readsFor(['facts', 'search', 'erdogan', '--json'])).toEqual(['sources']);
    expect(readsFor(['facts', 'search', 'erdogan', '--format', 'csv'])).toEqual(['sources']);
    expect(readsFor(['facts', 'show', 'trade-2021'], true)).toContain('sources');
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
