import type { Fact } from './types.js';

/**
 * How many facts each key belongs to, in one pass over the facts, a fact counting once per key however often
 * it lists it: the facts citing each source, or naming each entity.
 */
export function factCounts(
  facts: readonly Fact[],
  keysOf: (fact: Fact) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fact of facts)
    for (const key of new Set(keysOf(fact))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
