import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSet } from '../model/types.js';
import { SearchIndex } from '../search/SearchIndex.js';
import { decodeText } from './decodeText.js';
import { loadBundled } from './loadBundled.js';

/** The bundled data for a run, with its search index when the build made one. */
export interface Bundled {
  data: DataSet;
  index?: SearchIndex;
  /** A hash of the bundled data, for cache keys (computed only when asked: most runs never need it). */
  fingerprint(): string;
}

/** File names of the prebuilt bundled data in dist/. */
export const PREBUILT = { data: 'bundled.json', index: 'bundled.idx' } as const;

/**
 * Loads the prebuilt bundled data, or undefined when there is none (running from sources). It was checked when it
 * was built, so starting kzt costs one JSON.parse and a few array views, not a check and an indexing pass.
 */
export function loadPrebuilt(distDir: string): Bundled | undefined {
  let bytes: Buffer;
  let indexBytes: Buffer;
  try {
    bytes = readFileSync(join(distDir, PREBUILT.data));
    indexBytes = readFileSync(join(distDir, PREBUILT.index));
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(decodeText(bytes, `dist/${PREBUILT.data}`)) as DataSet;
    const { index } = SearchIndex.decode(indexBytes);
    if (index.docCount !== data.facts.length) return undefined;
    return { data, index, fingerprint: () => createHash('sha256').update(bytes).digest('hex') };
  } catch {
    // A damaged or stale build: the data files themselves are still there to load.
    return undefined;
  }
}

/** The bundled data: prebuilt when the build left it in `distDir`, else read and checked from `dataDir`. */
export function bundledData(dataDir: string, distDir: string | undefined): Bundled {
  const prebuilt = distDir === undefined ? undefined : loadPrebuilt(distDir);
  if (prebuilt) return prebuilt;
  const hash = createHash('sha256');
  const data = loadBundled(dataDir, (text) => hash.update(text));
  const digest = hash.digest('hex');
  return { data, fingerprint: () => digest };
}
