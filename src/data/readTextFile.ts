import { readFileSync } from 'node:fs';
import { DataError, InputError } from '../errors.js';
import { firstInvalidUtf8 } from './firstInvalidUtf8.js';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** The one-line reason for a failed read, from a Node.js error code. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return REASONS[code] ?? (error instanceof Error ? error.message : String(error));
}

/** Decodes UTF-8 strictly: invalid bytes are an error naming their offset, never replacement characters. */
function decodeUtf8(bytes: Uint8Array, label: string): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) throw new DataError(`${label}: invalid UTF-8 at byte ${bad}`);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** Reads a whole UTF-8 file, turning failures into exit-66 errors that name the file. */
export function readTextFile(path: string, label = path): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${label}: cannot read: ${readFailure(error)}`);
  }
  return decodeUtf8(bytes, label);
}
