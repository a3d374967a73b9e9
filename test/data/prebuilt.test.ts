import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPrebuilt, PREBUILT } from '../../src/factbase/prebuilt.js';
import { FactBase } from '../../src/factbase/FactBase.js';
import { SearchIndex } from '../../src/search/SearchIndex.js';
import { bundledData } from '../helpers/fakeContext.js';

const dir = mkdtempSync(join(tmpdir(), 'kzt-prebuilt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = bundledData();
const index = SearchIndex.build(data.facts, (id) => new FactBase(data).entity(id));

describe('loadPrebuilt', () => {
  it('loads the data and its index as the build wrote them', () => {
    writeFileSync(join(dir, PREBUILT.data), JSON.stringify(data));
    writeFileSync(join(dir, PREBUILT.index), index.encode());
    const prebuilt = loadPrebuilt(dir);
    expect(prebuilt?.data.facts.length).toBe(data.facts.length);
    expect(new FactBase(data, prebuilt?.index).search('erdogan').length).toBeGreaterThan(0);
  });

  it('gives up, so that kzt loads the data files, when the build is missing, damaged or stale', () => {
    expect(loadPrebuilt(join(dir, 'nowhere'))).toBeUndefined();
    writeFileSync(join(dir, PREBUILT.index), 'garbage');
    expect(loadPrebuilt(dir)).toBeUndefined();
    writeFileSync(join(dir, PREBUILT.index), index.encode());
    writeFileSync(join(dir, PREBUILT.data), JSON.stringify({ ...data, facts: data.facts.slice(1) }));
    expect(loadPrebuilt(dir)).toBeUndefined();
  });
});
