import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSet } from '../model/types.js';
import { SearchIndex } from '../search/SearchIndex.js';

/** The bundled data as the build leaves it: checked, in one file, with its search index beside it. */
export interface Prebuilt {
  data: DataSet;
  index: SearchIndex;
}

/** File names of the prebuilt bundled data in dist/. */
export const PREBUILT = { data: 'bundled.json', index: 'bundled.idx' } as const;

/**
 * Loads the prebuilt bundled data, or undefined when there is none (running from sources). It was checked when it
 * was built, so starting kzt costs one JSON.parse and a few array views, not a check and an indexing pass.
 */
export function loadPrebuilt(distDir: string): Prebuilt | undefined {
  let text: string;
  let bytes: Buffer;
  try {
    text = readFileSync(join(distDir, PREBUILT.data), 'utf8');
    bytes = readFileSync(join(distDir, PREBUILT.index));
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as DataSet;
    const { index } = SearchIndex.decode(bytes);
    return index.docCount === data.facts.length ? { data, index } : undefined;
  } catch {
    // A damaged or stale build: the data files themselves are still there to load.
    return undefined;
  }
}
