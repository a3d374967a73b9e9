import { UsageError } from '../errors.js';

/** Output formats every fact-printing command accepts. */
export const FORMATS = ['table', 'plain', 'json', 'ndjson', 'csv', 'tsv', 'md'] as const;
/** One of FORMATS. */
export type Format = (typeof FORMATS)[number];

function isFormat(text: string): text is Format {
  return (FORMATS as readonly string[]).includes(text);
}

/** How a command prints: the format, and the fields chosen with --fields (in order), if any. */
export interface OutputOptions {
  format: Format;
  fields?: readonly string[];
}

/** The output flags as commander gives them. */
export interface OutputFlags {
  format?: string;
  json?: boolean;
  fields?: string;
}

/**
 * Resolves --format, --json and --fields: --json is short for --format json; without either, a terminal gets
 * a table and a pipe plain lines. Unknown fields fail with the list of valid ones.
 */
export function parseOutputOptions(
  flags: OutputFlags,
  isTTY: boolean,
  valid: readonly string[],
): OutputOptions {
  if (flags.json && flags.format && flags.format !== 'json') {
    throw new UsageError(`--json and --format ${flags.format} contradict each other; use one`);
  }
  if (flags.format !== undefined && !isFormat(flags.format)) {
    throw new UsageError(`--format "${flags.format}" is not a format (want one of ${FORMATS.join(', ')})`);
  }
  const format: Format = flags.json ? 'json' : (flags.format ?? (isTTY ? 'table' : 'plain'));
  if (flags.fields === undefined) return { format };
  const fields = flags.fields.split(',').map((f) => f.trim());
  const list = `(valid fields: ${valid.join(', ')})`;
  if (fields.includes('')) throw new UsageError(`--fields "${flags.fields}" has an empty field name ${list}`);
  const unknown = fields.find((f) => !valid.includes(f));
  if (unknown !== undefined) throw new UsageError(`unknown field "${unknown}" ${list}`);
  return { format, fields: [...new Set(fields)] };
}
