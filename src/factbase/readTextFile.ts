import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { decodeText } from './decodeText.js';

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

/** Reads a whole UTF-8 file, turning failures into exit-66 errors that name the file. */
export function readTextFile(path: string, label = path): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${label}: cannot read: ${readFailure(error)}`);
  }
  return decodeText(bytes, label);
}
