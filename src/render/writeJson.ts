import type { Context } from '../context.js';

/** Writes a JSON value to stdout: indented for a person at a terminal, compact for a pipe. */
export function writeJson(value: unknown, ctx: Context): void {
  ctx.stdout.write(`${JSON.stringify(value, null, ctx.isTTY ? 2 : undefined)}\n`);
}
