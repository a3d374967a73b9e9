import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATED } from '../lib/language.js';
import type { TextSource } from '../model/FactStore.js';
import type { DataSet } from '../model/types.js';
import { SearchIndex } from '../search/SearchIndex.js';
import { decodeText } from './decodeText.js';
import { loadBundled } from './loadBundled.js';
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

/** The bytes of every language's texts file (empty when absent), for fingerprints. */
function textsBytes(dir: string, prebuilt: boolean): Buffer[] {
  return TRANSLATED.map((lang) => {
    try {
      return readFileSync(textsPath(dir, lang, prebuilt));
    } catch {
      return Buffer.alloc(0);
    }
  });
}

/**
 * File names of the prebuilt bundled data in dist/: facts and registers, their index, and the figures (each
 * language's texts are beside them, texts-<lang>.json).
 */
export const PREBUILT = {
  data: 'bundled.json',
  index: 'bundled.idx',
  figures: 'figures.json',
} as const;

/** The figure collections of a data set. */
export type Figures = Required<Pick<DataSet, 'series' | 'targets'>>;

/**
 * Gives `data` its series and targets read on first use: they are half the bundled data, and only the figures
 * commands need them, so a search or a timeline does not pay to parse them at start.
 */
function withLazyFigures(data: DataSet, read: () => Figures): DataSet {
  let figures: Figures | undefined;
  const get = (): Figures => (figures ??= read());
  return Object.defineProperties(data, {
    series: { get: () => get().series, enumerable: true, configurable: true },
    targets: { get: () => get().targets, enumerable: true, configurable: true },
  });
}

/** The prebuilt figures, or those of the data files (`fallback`) when the build's copy is missing or damaged. */
function readFigures(distDir: string, fallback: () => Figures): Figures {
  try {
    const bytes = readFileSync(join(distDir, PREBUILT.figures));
    const figures = JSON.parse(decodeText(bytes, `dist/${PREBUILT.figures}`)) as Partial<Figures>;
    if (Array.isArray(figures.series) && Array.isArray(figures.targets)) {
      return { series: figures.series, targets: figures.targets };
    }
  } catch {
    // A damaged build: the data files are still there.
  }
  return fallback();
}

/**
 * Loads the prebuilt bundled data, or undefined when there is none (running from sources). It was checked when it
 * was built, so starting kzt costs one JSON.parse and a few array views, not a check and an indexing pass. The
 * figures are read when first asked for, from the build or else through `fallback`.
 */
export function loadPrebuilt(distDir: string, fallback: () => Figures): Bundled | undefined {
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
    const data = JSON.parse(decodeText(bytes, `dist/${PREBUILT.data}`)) as DataSet;
    const index = SearchIndex.decode(indexBytes).index;
    if (index.docCount !== data.facts.length) return undefined;
    return {
      data: withLazyFigures(data, () => readFigures(distDir, fallback)),
      index,
      texts: lazyTexts(distDir, true),
      // The index holds every language's words, so the translations are part of what a cache depends on; the
      // index itself too: built by this kzt's tokenizer, it changes when indexing changes, so a cache entry of an
      // older build is not taken for this one's.
      fingerprint: () => [bytes, indexBytes, ...textsBytes(distDir, true)],
    };
  } catch {
    // A damaged or stale build: the data files themselves are still there to load.
    return undefined;
  }
}

/** The bundled data: prebuilt when the build left it in `distDir`, else read and checked from `dataDir`. */
export function bundledData(dataDir: string, distDir: string | undefined): Bundled {
  const fromFiles = (): Figures => {
    const data = loadBundled(dataDir);
    return { series: data.series ?? [], targets: data.targets ?? [] };
  };
  const prebuilt = distDir === undefined ? undefined : loadPrebuilt(distDir, fromFiles);
  if (prebuilt) return prebuilt;
  const read: string[] = [];
  const data = loadBundled(dataDir, (text) => read.push(text));
  return {
    data,
    texts: lazyTexts(dataDir, false),
    fingerprint: () => [...read, ...textsBytes(dataDir, false)],
  };
}
