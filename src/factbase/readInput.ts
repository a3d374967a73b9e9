import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { readFailure } from './readTextFile.js';

/** The largest data file kzt reads unless told otherwise (--max-size, KZT_MAX_SIZE). */
export const DEFAULT_MAX_SIZE = 512 * 1024 * 1024;

/** A data file's bytes, with the name to show in messages. */
export interface DataInput {
  label: string;
  bytes: Buffer;
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
function readable(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
}

/**
 * Reads a data file, refusing before reading what it must not read whole: anything that is not a regular file
 * (a FIFO would block, /dev/zero never ends) and files over the size limit. `-` reads standard input, also
 * up to the limit. Failures are exit-66 errors that name the file.
 */
export function readInput(path: string, maxSize: number, readStdin: (limit: number) => Buffer): DataInput {
  if (path === '-') {
    const bytes = readStdin(maxSize + 1);
    if (bytes.length > maxSize)
      throw new InputError(`<stdin>: more than the ${readable(maxSize)} size limit (see --max-size)`);
    return { label: '<stdin>', bytes };
  }
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read: ${readFailure(error)}`);
  }
  if (stat.isDirectory()) throw new InputError(`${path}: cannot read: is a directory, not a file`);
  if (!stat.isFile())
    throw new InputError(`${path}: cannot read: not a regular file (a pipe, device or socket)`);
  if (stat.size > maxSize) {
    throw new InputError(
      `${path}: cannot read: ${readable(stat.size)} is over the ${readable(maxSize)} size limit (see --max-size)`,
    );
  }
  try {
    return { label: path, bytes: readFileSync(path) };
  } catch (error) {
    throw new InputError(`${path}: cannot read: ${readFailure(error)}`);
  }
}
