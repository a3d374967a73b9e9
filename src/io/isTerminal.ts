import { fstatSync, statSync } from 'node:fs';
import tty from 'node:tty';

/**
 * Whether a file descriptor is a terminal. Only a character device other than the null device can be one, so output
 * to a pipe, a file or /dev/null is answered by a stat and never loads node:tty (which brings net and the stream
 * modules with it: several milliseconds of every start).
 */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    if (process.platform !== 'win32' && stat.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  return tty.isatty(fd);
}
