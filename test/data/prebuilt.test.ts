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

describe('loadPrebuilt', () => {
  it('loads the data and its index as the build wrote them', () => {
    writeFileSync(join(dir, PREBUILT.data), JSON.stringify(data));
    writeFileSync(join(dir, PREBUILT.index), index.encode());
    const prebuilt = loadPrebuilt(dir, none);
    expect(prebuilt?.data.facts.length).toBe(data.facts.length);
    expect(new FactBase(data, prebuilt?.index).search('erdogan').length).toBeGreaterThan(0);
  });

  it('gives up, so that kzt loads the data files, when the build is missing, damaged or stale', () => {
    expect(loadPrebuilt(join(dir, 'nowhere'), none)).toBeUndefined();
    writeFileSync(join(dir, PREBUILT.index), 'garbage');
    expect(loadPrebuilt(dir, none)).toBeUndefined();
    writeFileSync(join(dir, PREBUILT.index), index.encode());
    writeFileSync(join(dir, PREBUILT.data), JSON.stringify({ ...data, facts: data.facts.slice(1) }));
    expect(loadPrebuilt(dir, none)).toBeUndefined();
  });

  it('reads the figures only when they are asked for, from the build or else the data files', () => {
    writeFileSync(join(dir, PREBUILT.data), JSON.stringify(factsAndRegisters));
    writeFileSync(join(dir, PREBUILT.index), index.encode());
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
