/** Where a command writes text: stdout or stderr, real or a test buffer. */
export interface OutputStream {
  write(text: string): void;
}
