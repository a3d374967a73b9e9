import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATED } from '../lib/language.js';
import type { TextSource } from '../model/FactStore.js';
import type { DataSet } from '../model/types.js';
import { SearchIndex } from '../search/SearchIndex.js';
import { decodeText } from './decodeText.js';
import { KEYWORDS, QUESTIONS, loadBundled, withFactLists } from './loadBundled.js';
import { lazyTexts, textsPath } from './loadTexts.js';

/** The bundled data for a run, with its search index when the build made one. */
export interface Bundled {
  data: DataSet;
  index?: SearchIndex;
  /** The translations of the bundled facts, one language read when first asked for. */
  texts: TextSource;
  /**
   * What the bundled data (and index) are, for cache keys: the parts to hash, read only when asked (most runs never
   * need them, and the user-data loader, which does, hashes them: node:crypto is not loaded at every start).
   */
  fingerprint(): Array<string | Uint8Array>;
}

/** A file's bytes, or none when it cannot be read: for fingerprints. */
function readOrEmpty(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

/** The bytes of every language's texts file (empty when absent), for fingerprints. */
function textsBytes(dir: string, prebuilt: boolean): Buffer[] {
  return TRANSLATED.map((lang) => readOrEmpty(textsPath(dir, lang, prebuilt)));
}

/**
 * File names of the prebuilt bundled data in dist/: the facts, their index, the registers of sources and entities,
 * and the figures (each language's texts are beside them, texts-<lang>.json).
 */
export const PREBUILT = {
  data: 'bundled.json',
  index: 'bundled.idx',
  registers: 'registers.json',
  figures: 'figures.json',
} as const;

/** The figure collections of a data set. */
export type Figures = Required<Pick<DataSet, 'series' | 'targets'>>;

/** The registers of a data set. */
export type Registers = Pick<DataSet, 'sources' | 'entities'>;

/**
 * Gives `data` the properties `keys`, all read by `read` on first use of any of them. The figures are half the
 * bundled data and the registers a third; a search or a timeline prints neither, so it does not parse them.
 */
function withLazy<K extends keyof DataSet>(
  data: Partial<DataSet>,
  keys: readonly K[],
  read: () => Pick<DataSet, K>,
): void {
  let part: Pick<DataSet, K> | undefined;
  for (const key of keys) {
    Object.defineProperty(data, key, {
      get: () => (part ??= read())[key],
      enumerable: true,
      configurable: true,
    });
  }
}

/** A prebuilt part of the bundled data, or `fallback`'s (the data files) when the build's copy is missing or damaged. */
function readPart<T>(
  distDir: string,
  name: string,
  valid: (part: Partial<T>) => boolean,
  fallback: () => T,
): T {
  try {
    const bytes = readFileSync(join(distDir, name));
    const part = JSON.parse(decodeText(bytes, `dist/${name}`)) as Partial<T>;
    if (valid(part)) return part as T;
  } catch {
    // A damaged build: the data files are still there.
  }
  return fallback();
}

/**
 * Loads the prebuilt bundled data, or undefined when there is none (running from sources). It was checked when it
 * was built, so starting kzt costs one JSON.parse and a few array views, not a check and an indexing pass. The
 * registers and the figures are read when first asked for, from the build or else from `fallback` (the data files).
 */
export function loadPrebuilt(distDir: string, fallback: () => DataSet): Bundled | undefined {
  let bytes: Buffer;
  let indexBytes: Buffer;
  try {
    bytes = readFileSync(join(distDir, PREBUILT.data));
    indexBytes = readFileSync(join(distDir, PREBUILT.index));
  } catch {
    return undefined;
  }
  try {
    // The index is part of the installed package, as the code is: its structure is checked here and each term's
    // postings when a query first reads them (IndexFormatError, never a read out of bounds), but it is not read
    // whole at every start (reading every posting cost 25 ms, a checksum 8 ms of a 130 ms start).
    const data = JSON.parse(decodeText(bytes, `dist/${PREBUILT.data}`)) as Partial<DataSet>;
    const index = SearchIndex.decode(indexBytes).index;
    if (!Array.isArray(data.facts) || index.docCount !== data.facts.length) return undefined;
    withLazy(data, ['sources', 'entities'], () =>
      readPart<Registers>(
        distDir,
        PREBUILT.registers,
        (r) => Array.isArray(r.sources) && Array.isArray(r.entities),
        fallback,
      ),
    );
    withLazy(data, ['series', 'targets'], () =>
      readPart<Figures>(
        distDir,
        PREBUILT.figures,
        (f) => Array.isArray(f.series) && Array.isArray(f.targets),
        () => ({ series: fallback().series ?? [], targets: fallback().targets ?? [] }),
      ),
    );
    return {
      data: data as DataSet,
      index,
      texts: lazyTexts(distDir, true),
      // The index holds every language's words, so the translations are part of what a cache depends on; the
      // index itself too: built by this kzt's tokenizer, it changes when indexing changes, so a cache entry of an
      // older build is not taken for this one's.
      fingerprint: () => [
        bytes,
        readOrEmpty(join(distDir, PREBUILT.registers)),
        indexBytes,
        ...textsBytes(distDir, true),
      ],
    };
  } catch {
    // A damaged or stale build: the data files themselves are still there to load.
    return undefined;
  }
}

/** The bundled data: prebuilt when the build left it in `distDir`, else read and checked from `dataDir`. */
export function bundledData(dataDir: string, distDir: string | undefined): Bundled {
  let files: DataSet | undefined;
  const fromFiles = (): DataSet => (files ??= loadBundled(dataDir));
  const prebuilt = distDir === undefined ? undefined : loadPrebuilt(distDir, fromFiles);
  if (prebuilt) {
    // The index holds the keywords' and questions' words; a user's data, indexed with the bundled facts, reads them.
    withFactLists(prebuilt.data, dataDir);
    return prebuilt;
  }
  const read: string[] = [];
  const data = loadBundled(dataDir, (text) => read.push(text));
  return {
    data,
    texts: lazyTexts(dataDir, false),
    fingerprint: () => [
      ...read,
      readOrEmpty(join(dataDir, KEYWORDS)),
      readOrEmpty(join(dataDir, QUESTIONS)),
      ...textsBytes(dataDir, false),
    ],
  };
}
