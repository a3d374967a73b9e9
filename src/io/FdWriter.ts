import { writeSync } from 'node:fs';
import { ExitCode, KztError } from '../errors.js';
import type { OutputStream } from './OutputStream.js';

/** Thrown when the reader of stdout has gone away (`| head -1`): the run ends quietly with exit 0. */
export class BrokenPipe extends Error {
  constructor() {
    super('broken pipe');
    this.name = 'BrokenPipe';
  }
}

const CHUNK = 64 * 1024;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Writes to a file descriptor synchronously, in chunks, so that a failed write is an error at the point it
 * happens: EPIPE becomes BrokenPipe (a quiet end) and any other failure (ENOSPC on a full disk) a one-line
 * error with exit 74, never silent loss. Output is buffered up to 64 KiB between system calls.
 */
export class FdWriter implements OutputStream {
  private buffer = '';

  constructor(
    private readonly fd: number,
    private readonly name: string,
  ) {}

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  /** Writes out everything buffered. */
  flush(): void {
    if (this.buffer === '') return;
    const bytes = Buffer.from(this.buffer, 'utf8');
    this.buffer = '';
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          sleep(1); // a non-blocking terminal or pipe that is full: wait for the reader
          continue;
        }
        if (code === 'EPIPE') throw new BrokenPipe();
        const reason = code === 'ENOSPC' ? 'no space left on device' : (error as Error).message;
        throw new KztError(`cannot write to ${this.name}: ${reason}`, ExitCode.ioError);
      }
    }
  }
}
