import { constants as bufferLimits } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, type BigIntStats } from 'node:fs';
import { InputError } from '../errors.js';
import { readFailure } from './readTextFile.js';

/** The largest data file kzt reads unless told otherwise (--max-size, KZT_MAX_SIZE). */
export const DEFAULT_MAX_SIZE = 512 * 1024 * 1024;

/**
 * The largest data file kzt can read at all: Node's largest buffer (4 GiB). Files are read as bytes and each
 * value is parsed by itself, so V8's longest string (512 MiB) limits one value, not the file.
 */
export const LARGEST_READABLE = Math.min(bufferLimits.MAX_LENGTH, 4 * 1024 ** 3);

/** A data file's bytes, with the name to show in messages. */
export interface DataInput {
  label: string;
  readonly bytes: Buffer;
}

/** A data file opened for loading: its bytes when wanted, or just the parts asked for, and what identifies it. */
export interface DataFile extends DataInput {
  /** Its size in bytes. */
  readonly size: number;
  /**
   * What identifies these contents for the cache without reading them: the file's device, inode, size and
   * modification and change times (any write changes the change time, which no one can set back), or for
   * standard input a hash of what was read.
   */
  readonly identity: string;
  /** When the file was last modified (ms), if it is a file. */
  readonly modified?: number;
  /** A SHA-256 of the contents (reads the whole file). */
  contentHash(): string;
  /** Bytes [start, end): from memory once the whole file has been read, else read from the file just for this. */
  slice(start: number, end: number): Buffer;
}

/** Parses a size such as "512M", "2G", "100k" or plain bytes; undefined when it is not one. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0] ?? 'b';
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  return bytes > 0 ? bytes : undefined;
}

/** A size for people: bytes, KiB or MiB. */
export function readable(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Standard input, read whole (it cannot be read twice). */
function stdinInput(bytes: Buffer): DataFile {
  let hash: string | undefined;
  const contentHash = () => (hash ??= sha256(bytes));
  return {
    label: '<stdin>',
    bytes,
    size: bytes.length,
    get identity() {
      return `stdin ${contentHash()}`;
    },
    contentHash,
    slice: (start, end) => bytes.subarray(start, end),
  };
}

/** An open regular file: read whole on first use of `bytes`, or in parts. */
function fileInput(path: string, fd: number, stat: BigIntStats): DataFile {
  const size = Number(stat.size);
  let whole: Buffer | undefined;
  let hash: string | undefined;
  const read = (into: Buffer, position: number): void => {
    let offset = 0;
    while (offset < into.length) {
      let n: number;
      try {
        n = readSync(fd, into, offset, into.length - offset, position + offset);
      } catch (error) {
        throw new InputError(`${path}: cannot read: ${readFailure(error)}`);
      }
      if (n === 0) throw new InputError(`${path}: cannot read: the file changed while kzt read it`);
      offset += n;
    }
  };
  const file: DataFile = {
    label: path,
    size,
    identity: ['file', stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join(' '),
    modified: Number(stat.mtimeMs),
    get bytes() {
      if (!whole) {
        // In shared memory, so that a second thread can index the facts while this one checks them.
        whole = Buffer.from(new SharedArrayBuffer(size));
        read(whole, 0);
        // Everything is in memory now: the descriptor is not needed (validate may open thousands of files).
        closeSync(fd);
      }
      return whole;
    },
    contentHash: () => (hash ??= sha256(file.bytes)),
    slice(start, end) {
      if (whole) return whole.subarray(start, end);
      const part = Buffer.allocUnsafe(Math.max(0, Math.min(end, size) - start));
      read(part, start);
      return part;
    },
  };
  return file;
}

/**
 * Opens a data file, refusing before reading what it must not read whole: anything that is not a regular file
 * (a FIFO would block, /dev/zero never ends; it is opened without waiting for a writer and looked at, never read)
 * and files over the size limit. `-` reads standard input, also up to the limit. Failures are exit-66 errors
 * that name the file. The file stays open, so that what is read later is the file that was looked at.
 */
export function readInput(path: string, maxSize: number, readStdin: (limit: number) => Buffer): DataFile {
  if (path === '-') {
    const bytes = readStdin(maxSize + 1);
    if (bytes.length > maxSize)
      throw new InputError(`<stdin>: more than the ${readable(maxSize)} size limit (see --max-size)`);
    return stdinInput(bytes);
  }
  let fd: number;
  let stat: BigIntStats;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(`${path}: cannot read: ${readFailure(error)}`);
  }
  try {
    stat = fstatSync(fd, { bigint: true });
  } catch (error) {
    closeSync(fd);
    throw new InputError(`${path}: cannot read: ${readFailure(error)}`);
  }
  const refuse = (reason: string): never => {
    closeSync(fd);
    throw new InputError(`${path}: cannot read: ${reason}`);
  };
  if (stat.isDirectory()) refuse('is a directory, not a file');
  if (!stat.isFile()) refuse('not a regular file (a pipe, device or socket)');
  const size = Number(stat.size);
  if (size > maxSize)
    refuse(`${readable(size)} is over the ${readable(maxSize)} size limit (see --max-size)`);
  if (size > LARGEST_READABLE)
    refuse(`${readable(size)} is over the ${readable(LARGEST_READABLE)} kzt can read`);
  return fileInput(path, fd, stat);
}
