import { InvalidArgumentError, Option, type Command, type OptionValues } from '@commander-js/extra-typings';
import { completeOption } from './KztCommand.js';

/** The orders a list can be printed in: best match first, oldest first, newest first. */
export const SORTS = ['relevance', 'date', '-date'] as const;
/** One of SORTS. */
export type Sort = (typeof SORTS)[number];

const MEANING: Record<Sort, string> = {
  relevance: 'relevance (best match first)',
  date: 'date (oldest first)',
  '-date': '-date (newest first)',
};

/**
 * Adds --sort to a command with the orders it offers and its default, e.g. search's relevance and the lists'
 * date. Undated facts come last in date order either way. Help lists each order once, with what it means.
 */
export function withSort<
  A extends unknown[],
  O extends OptionValues,
  G extends OptionValues,
  const S extends readonly Sort[],
>(cmd: Command<A, O, G>, sorts: S, fallback: S[number]) {
  const parse = (value: string): S[number] => {
    const sort = sorts.find((s) => s === value);
    if (sort === undefined) throw new InvalidArgumentError(`want one of ${sorts.join(', ')}.`);
    return sort;
  };
  const out = cmd.addOption(
    new Option('--sort <order>', sorts.map((s) => MEANING[s]).join(', ')).argParser(parse).default(fallback),
  );
  completeOption(out, '--sort', { values: () => sorts });
  return out;
}
