import type { Fact } from './types.js';

/**
 * The facts of a store by position, however they are kept: an array in memory, or records read on demand from
 * a data file (a search over a million facts reads the handful it shows, not the whole file).
 */
export interface FactList {
  readonly length: number;
  /** The fact at a position, 0 ≤ doc < length (read from where it is kept each time it is asked for). */
  at(doc: number): Fact;
  /** Every fact's id in order, when they are known without reading the facts (kept beside an index). */
  ids?(): readonly string[];
}

/** A FactList over an array that is already in memory. */
export function arrayFactList(facts: readonly Fact[]): FactList {
  return {
    length: facts.length,
    at: (doc) => {
      const fact = facts[doc];
      if (!fact) throw new RangeError(`there is no fact ${doc}`);
      return fact;
    },
  };
}
