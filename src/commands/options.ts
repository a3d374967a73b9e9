import { InvalidArgumentError } from 'commander';

/** Parses a positive whole number for options such as --limit; commander reports the error as a usage error. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError('want a whole number of 1 or more.');
  }
  return n;
}

/** Collects a repeatable option's values into an array. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Parses a four-digit year argument. */
export function year(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('want a four-digit year, such as 2027.');
  return Number(value);
}
