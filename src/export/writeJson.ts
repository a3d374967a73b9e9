import type { Context } from '../context.js';

// JSON.stringify escapes C0 controls inside strings (those outside are its own layout) but passes C1 controls,
// format characters (bidi overrides among them) and line separators through raw; a terminal may act on those, so
// they are escaped too (losslessly: JSON readers decode them back).
const RAW =
  // eslint-disable-next-line no-control-regex
  /(?![\u0000-\u001f\u00ad\u200b-\u200d\u2060\ufeff\u{e0020}-\u{e007f}])[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** JSON text of a value with every control and bidi character escaped; indented when `indent` is given. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    RAW,
    // One \\u escape per UTF-16 unit: a character past U+FFFF is written as its surrogate pair.
    (c) =>
      Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(
        '',
      ),
  );
}

/** Writes a JSON value to stdout: indented for a person at a terminal, compact for a pipe. */
export function writeJson(value: unknown, ctx: Context): void {
  ctx.stdout.write(`${safeJson(value, ctx.isTTY ? 2 : undefined)}\n`);
}
