import { InvalidArgumentError } from '@commander-js/extra-typings';
import { UsageError } from '../errors.js';
import { DEFAULT_MAX_SIZE, LARGEST_READABLE, parseSize, readable } from '../factbase/readInput.js';

/** Parses a positive whole number for options such as --limit; commander reports the error as a usage error. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError('want a whole number of 1 or more.');
  }
  return n;
}

/** Collects a repeatable option's values into an array; each value may itself be a comma-separated list. */
export function collect(value: string, previous: string[] | undefined): string[] {
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (items.length === 0) throw new InvalidArgumentError('want a value, not an empty one.');
  return [...(previous ?? []), ...items];
}

/** Collects a repeatable option's values whole, commas and all (a publisher's name may have one). */
export function repeatable(value: string, previous: string[] | undefined): string[] {
  if (value.trim() === '') throw new InvalidArgumentError('want a value, not an empty one.');
  return [...(previous ?? []), value];
}

/** Parses a four-digit year argument. */
export function year(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('want a four-digit year, such as 2027.');
  return Number(value);
}

/** Why a size limit cannot be used, or undefined when it can. */
function tooLarge(bytes: number): string | undefined {
  return bytes > LARGEST_READABLE
    ? `over the largest file kzt can read, ${readable(LARGEST_READABLE)} (the largest buffer Node.js allows)`
    : undefined;
}

/** Parses --max-size: bytes, or a number with K, M or G, up to the largest file kzt can read. */
export function size(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined)
    throw new InvalidArgumentError('want bytes or a number with K, M or G, such as 100M.');
  const why = tooLarge(bytes);
  if (why) throw new InvalidArgumentError(`${why}.`);
  return bytes;
}

/** The size limit in force: --max-size, else KZT_MAX_SIZE, else the default; a bad KZT_MAX_SIZE is a usage error. */
export function maxSizeOf(
  flag: number | undefined,
  env: Readonly<Record<string, string | undefined>>,
): number {
  if (flag !== undefined) return flag;
  const text = env.KZT_MAX_SIZE;
  if (text === undefined || text === '') return DEFAULT_MAX_SIZE;
  const bytes = parseSize(text);
  if (bytes === undefined) {
    throw new UsageError(`KZT_MAX_SIZE "${text}" is not a size (want bytes or a number with K, M or G)`);
  }
  const why = tooLarge(bytes);
  if (why) throw new UsageError(`KZT_MAX_SIZE "${text}" is ${why}`);
  return bytes;
}
