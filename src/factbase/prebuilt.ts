import { createHash } from 'node:crypto';
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
  /** A hash of the bundled data (and index), for cache keys (computed only when asked: most runs never need it). */
  fingerprint(): string;
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

/** A SHA-256 of some parts, each ended by a zero byte so that no two lists of parts hash alike. */
function fingerprintOf(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
}

/**
 * File names of the prebuilt bundled data in dist/: facts and registers, their index, and the figures (each
 * language's texts are beside them, texts-<lang>.json).
 */
export const PREBUILT = { data: 'bundled.json', index: 'bundled.idx', figures: 'figures.json' } as const;

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
    const data = JSON.parse(decodeText(bytes, `dist/${PREBUILT.data}`)) as DataSet;
    const index = SearchIndex.decode(indexBytes).index.verify();
    if (index.docCount !== data.facts.length) return undefined;
    return {
      data: withLazyFigures(data, () => readFigures(distDir, fallback)),
      index,
      texts: lazyTexts(distDir, true),
      // The index holds every language's words, so the translations are part of what a cache depends on; the
      // index itself too: built by this kzt's tokenizer, it changes when indexing changes, so a cache entry of an
      // older build is not taken for this one's.
      fingerprint: () => fingerprintOf([bytes, indexBytes, ...textsBytes(distDir, true)]),
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
  const hash = createHash('sha256');
  const data = loadBundled(dataDir, (text) => hash.update(text));
  const digest = hash.digest('hex');
  return {
    data,
    texts: lazyTexts(dataDir, false),
    fingerprint: () => fingerprintOf([digest, ...textsBytes(dataDir, false)]),
  };
}
