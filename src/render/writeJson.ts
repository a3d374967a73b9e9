import type { Context } from '../context.js';

// JSON.stringify escapes C0 controls but passes C1 controls, bidi overrides and line separators through raw;
// a terminal may act on those, so they are escaped too (losslessly: JSON readers decode them back).
const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text of a value with every control and bidi character escaped; indented when `indent` is given. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    RAW,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Writes a JSON value to stdout: indented for a person at a terminal, compact for a pipe. */
export function writeJson(value: unknown, ctx: Context): void {
  ctx.stdout.write(`${safeJson(value, ctx.isTTY ? 2 : undefined)}\n`);
}
