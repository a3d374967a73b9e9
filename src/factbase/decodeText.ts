import { isUtf8 } from 'node:buffer';
import { DataError } from '../errors.js';
import { firstInvalidUtf8 } from './firstInvalidUtf8.js';
import { positionAt } from './positionAt.js';

/** Where in a file's bytes the first invalid UTF-8 sequence starts, as line and column; undefined when valid. */
export function invalidUtf8At(
  bytes: Uint8Array,
): { offset: number; line: number; column: number } | undefined {
  // Node's own check is the gate (fast, and strict about overlongs, surrogates and the U+10FFFF limit); the
  // scanner only runs to say where the problem is.
  if (isUtf8(bytes)) return undefined;
  const offset = Math.max(0, firstInvalidUtf8(bytes));
  const before = Buffer.from(bytes.buffer, bytes.byteOffset, offset).toString('latin1');
  const { line, column } = positionAt(before, offset);
  return { offset, line, column };
}

/**
 * The one decoding path for every data file kzt reads, bundled or the user's: strict UTF-8 (an error naming the
 * line and column, never replacement characters) and a leading byte order mark dropped.
 */
export function decodeText(bytes: Uint8Array, label: string): string {
  const bad = invalidUtf8At(bytes);
  if (bad) throw new DataError(`${label}:${bad.line}:${bad.column}: invalid UTF-8 (byte ${bad.offset})`);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
