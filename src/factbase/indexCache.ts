import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndexFormatError, SearchIndex } from '../search/SearchIndex.js';

/** How many index files the cache keeps; older ones are removed when a new one is written. */
const KEEP = 8;

/** The cache directory: $XDG_CACHE_HOME/kzt, else ~/.cache/kzt; none without either variable. */
export function cacheDirectory(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
  return base ? join(base, 'kzt') : undefined;
}

/**
 * The cached index for `key`, or undefined when there is none or it cannot be trusted: unreadable, truncated,
 * not written by this kzt, or written for other inputs. A cache is only ever a shortcut, never a source of truth.
 */
export function readCachedIndex(dir: string, key: string): SearchIndex | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, `${key}.idx`));
  } catch {
    return undefined;
  }
  try {
    const { index, meta } = SearchIndex.decode(bytes);
    return meta.key === key ? index : undefined;
  } catch (error) {
    if (error instanceof IndexFormatError || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Saves an index under `key` (atomically: a temporary file renamed into place); failures are ignored. */
export function writeCachedIndex(dir: string, key: string, index: SearchIndex): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${key}.idx`);
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temp, index.encode({ key }));
    renameSync(temp, file);
    const old = readdirSync(dir)
      .filter((f) => f.endsWith('.idx'))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP);
    for (const { f } of old) rmSync(join(dir, f), { force: true });
  } catch {
    // A read-only or full cache directory only costs speed.
  }
}
