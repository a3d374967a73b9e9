import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** How many entries the cache keeps; older ones are removed when a new one is written. */
const KEEP = 8;
/** The first bytes of every cache file kzt writes (and of the index files of kzt 0.1.0, which it also prunes). */
const MAGIC = 'KZTCACHE3\n';
const OLD_MAGIC = 'KZTIDX2\n';
/** Names of kzt's cache files: the key (a SHA-256) and a suffix; temporary files add a random part. */
const ENTRY = /^[0-9a-f]{64}\.idx$/;
const TEMPORARY = /^[0-9a-f]{64}\.idx\.[0-9a-f]{12}\.tmp$/;
/** A temporary file older than this was left by a run that was killed while writing it. */
const ORPHAN_MS = 10 * 60 * 1000;
/** Nothing larger is read as a cache file (a million facts need about 300 MB). */
const MAX_ENTRY = 2 ** 31 - 1;
const CHECKSUM = 32;

/** What the cache keeps for one set of inputs: named binary parts and a small JSON description. */
export interface CacheEntry {
  meta: Record<string, unknown>;
  parts: Record<string, Uint8Array>;
}

/** An entry to write: each part may come in pieces, written one after the other. */
export interface NewCacheEntry {
  meta: Record<string, unknown>;
  parts: Record<string, Uint8Array | readonly Uint8Array[]>;
}

/** The calling user, when the platform has users (not on Windows). */
function uid(): number | undefined {
  return typeof process.getuid === 'function' ? process.getuid() : undefined;
}

/** Whether a file or directory is this user's alone: owned by them, no access for group or others. */
function isPrivate(stat: Stats): boolean {
  const me = uid();
  return (me === undefined || stat.uid === me) && (stat.mode & 0o077) === 0;
}

/**
 * The cache directory: $XDG_CACHE_HOME/kzt, else ~/.cache/kzt; none without either. A relative XDG_CACHE_HOME
 * is ignored, as the XDG spec says (it would put the cache wherever kzt happens to be run).
 */
export function cacheDirectory(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  const home = env.HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : home && isAbsolute(home) ? join(home, '.cache') : undefined;
  return base ? join(base, 'kzt') : undefined;
}

/** Whether `dir` is a real directory (not a link) of this user's that only they can use. */
function usableDirectory(dir: string): boolean {
  try {
    const stat = lstatSync(dir);
    return stat.isDirectory() && isPrivate(stat);
  } catch {
    return false;
  }
}

/**
 * Makes the cache directory private and returns whether it can be used: created with mode 0700 (its parent too,
 * one level, never a recursive walk: procfs makes that loop forever), or an existing one of this user's set to
 * 0700. Anything else at the path (a link, a device, someone else's directory) means no cache, quickly.
 */
function prepareDirectory(dir: string): boolean {
  for (const path of [join(dir, '..'), dir]) {
    try {
      mkdirSync(path, { mode: 0o700 });
    } catch {
      // It exists (checked below) or cannot be made (then there is no cache).
    }
  }
  let stat: Stats;
  try {
    stat = lstatSync(dir);
  } catch {
    return false;
  }
  const me = uid();
  if (!stat.isDirectory() || (me !== undefined && stat.uid !== me)) return false;
  if ((stat.mode & 0o077) !== 0) {
    try {
      chmodSync(dir, 0o700);
    } catch {
      return false;
    }
  }
  return true;
}

/** Reads a whole file descriptor of a known size. */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const n = readSync(fd, bytes, offset, size - offset, offset);
    if (n === 0) throw new Error('the file shrank while it was read');
    offset += n;
  }
  return bytes;
}

/**
 * The pieces of an entry's file, in order: magic, header length, JSON header, the parts (each 8-aligned), then a
 * SHA-256 of everything before it (added by the writer).
 */
function entryChunks(key: string, entry: NewCacheEntry): Uint8Array[] {
  const parts = Object.entries(entry.parts).map(([name, p]) => [name, Array.isArray(p) ? p : [p]] as const);
  const size = (chunks: readonly Uint8Array[]) => chunks.reduce((n, c) => n + c.byteLength, 0);
  const header = Buffer.from(
    JSON.stringify({ key, meta: entry.meta, parts: parts.map(([name, chunks]) => [name, size(chunks)]) }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const out: Uint8Array[] = [Buffer.from(MAGIC, 'latin1'), length, header];
  let at = MAGIC.length + 4 + header.length;
  const pad = () => {
    const n = (8 - (at % 8)) % 8;
    out.push(Buffer.alloc(n));
    at += n;
  };
  pad();
  for (const [, chunks] of parts) {
    out.push(...chunks);
    at += size(chunks);
    pad();
  }
  return out;
}

/** An entry's parts and meta from its bytes; undefined unless the checksum and the key both match. */
function decodeEntry(bytes: Buffer, key: string): CacheEntry | undefined {
  if (bytes.length < MAGIC.length + 4 + CHECKSUM) return undefined;
  const body = bytes.subarray(0, bytes.length - CHECKSUM);
  if (
    !createHash('sha256')
      .update(body)
      .digest()
      .equals(bytes.subarray(bytes.length - CHECKSUM))
  )
    return undefined;
  if (body.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const headerLength = body.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  const header = JSON.parse(body.toString('utf8', offset, offset + headerLength)) as {
    key?: unknown;
    meta?: unknown;
    parts?: unknown;
  };
  // A file of other inputs (copied, renamed, or from a different run) is not this key's entry.
  if (
    header.key !== key ||
    typeof header.meta !== 'object' ||
    header.meta === null ||
    !Array.isArray(header.parts)
  ) {
    return undefined;
  }
  offset += headerLength;
  offset += (8 - (offset % 8)) % 8;
  const parts: Record<string, Uint8Array> = {};
  for (const item of header.parts as unknown[]) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || !Number.isSafeInteger(item[1]))
      return undefined;
    const size = item[1] as number;
    if (size < 0 || offset + size > body.length) return undefined;
    // Parts start 8-aligned in the file, and the file's buffer is its own allocation: typed arrays can view them.
    parts[item[0]] = body.subarray(offset, offset + size);
    offset += size + ((8 - (size % 8)) % 8);
  }
  if (offset !== body.length) return undefined;
  return { meta: header.meta as Record<string, unknown>, parts };
}

/**
 * The cache entry for `key`, or undefined when there is none or it cannot be trusted: a cache is only ever a
 * shortcut, never a source of truth. It is read only from a private directory of this user's, only from a regular
 * file of theirs (a FIFO, device or link at its name is skipped without being opened for reading: no hang, no
 * endless read), and used only when the checksum of its content and the key of its inputs both match.
 */
export function readCacheEntry(dir: string, key: string): CacheEntry | undefined {
  if (!usableDirectory(dir)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(
      join(dir, `${key}.idx`),
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
    );
    const stat = fstatSync(fd);
    if (!stat.isFile() || !isPrivate(stat) || stat.size > MAX_ENTRY) return undefined;
    return decodeEntry(readAll(fd, stat.size), key);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a file in the cache directory is one kzt wrote: by its name, and by its first bytes. */
function written(dir: string, name: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(
      join(dir, name),
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
    );
    if (!fstatSync(fd).isFile()) return false;
    const head = Buffer.alloc(MAGIC.length);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.toString('latin1', 0, n);
    return text === MAGIC || text.startsWith(OLD_MAGIC);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Keeps the cache small: the KEEP newest entries stay; older entries, and temporary files that a killed run left
 * behind, go. Only files kzt wrote are ever removed, known by their name and their first bytes: whatever else
 * the user keeps in the directory stays.
 */
function prune(dir: string, now: number): void {
  const entries: Array<{ name: string; time: number }> = [];
  for (const name of readdirSync(dir)) {
    let stat: Stats;
    try {
      stat = lstatSync(join(dir, name));
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    if (TEMPORARY.test(name) && now - stat.mtimeMs > ORPHAN_MS) rmSync(join(dir, name), { force: true });
    else if (ENTRY.test(name) && written(dir, name)) entries.push({ name, time: stat.mtimeMs });
  }
  entries.sort((a, b) => b.time - a.time);
  for (const { name } of entries.slice(KEEP)) rmSync(join(dir, name), { force: true });
}

/**
 * Saves an entry under `key`, atomically (a temporary file, mode 0600, created exclusively and renamed into
 * place), in a directory made private (0700); then prunes. Failures are ignored: without a cache kzt is slower,
 * never wrong.
 */
export function writeCacheEntry(dir: string, key: string, entry: NewCacheEntry, now = Date.now()): void {
  if (!prepareDirectory(dir)) return;
  const file = join(dir, `${key}.idx`);
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o600,
    );
    try {
      const hash = createHash('sha256');
      const write = (chunk: Uint8Array) => {
        let offset = 0;
        while (offset < chunk.byteLength) offset += writeSync(fd, chunk, offset, chunk.byteLength - offset);
      };
      for (const chunk of entryChunks(key, entry)) {
        hash.update(chunk);
        write(chunk);
      }
      write(hash.digest());
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    prune(dir, now);
  } catch {
    // A read-only or full cache directory only costs speed.
    rmSync(temp, { force: true });
  }
}
