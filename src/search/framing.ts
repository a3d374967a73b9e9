/**
 * The one-word "how many" of Turkish, Russian and Kazakh (lower-case, as typed): "kaç" (with its "kaç tane"),
 * "сколько", "қанша" and "неше". Not the ordinals ("kaçıncı", "нешінші"), which ask for a date or a rank.
 */
const HOW_MANY = new Set(['kaç', 'сколько', 'қанша', 'неше']);

/**
 * How a question is framed, where the framing itself says what kind of fact answers it: "how many", "how much",
 * "number of" and "which … exist", and the "how many" and "how much" of kzt's other languages ("ne kadar", also
 * in the past: "ne kadardı"), ask for a figure (the facts that count or list). The framing words are taken out of the query (with the "times" of
 * "how many times", the "tane" of "kaç tane"); the kind is searched for instead, so that the count or the list
 * outranks the single events it sums up.
 */
export function readFraming(words: readonly string[]): { words: string[]; kind?: 'figure' } {
  const out: string[] = [];
  let kind: 'figure' | undefined;
  for (let i = 0; i < words.length; i++) {
    const [w, next, after] = [words[i] ?? '', words[i + 1], words[i + 2]];
    if (
      (w === 'how' && (next === 'many' || next === 'much')) ||
      (w === 'number' && next === 'of') ||
      (w === 'ne' && /^kadar(d[ıi]r?|m[ıi]ş)?$/.test(next ?? ''))
    ) {
      kind = 'figure';
      i += next === 'many' && after === 'times' ? 2 : 1;
      continue;
    }
    if (HOW_MANY.has(w)) {
      kind = 'figure';
      if (next === 'tane') i += 1;
      continue;
    }
    if (w === 'exist' || w === 'exists') {
      kind = 'figure';
      continue;
    }
    out.push(w);
  }
  return kind ? { words: out, kind } : { words: out };
}
