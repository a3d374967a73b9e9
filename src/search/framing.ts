/**
 * How a question is framed, where the framing itself says what kind of fact answers it: "how many", "how much"
 * and "number of" ask for a figure. The framing words are taken out of the query (with the "times" of "how many
 * times"); the kind is searched for instead, so that the count outranks the events it counts.
 */
export function readFraming(words: readonly string[]): { words: string[]; kind?: 'figure' } {
  const out: string[] = [];
  let kind: 'figure' | undefined;
  for (let i = 0; i < words.length; i++) {
    const [w, next, after] = [words[i] ?? '', words[i + 1], words[i + 2]];
    if ((w === 'how' && (next === 'many' || next === 'much')) || (w === 'number' && next === 'of')) {
      kind = 'figure';
      i += next === 'many' && after === 'times' ? 2 : 1;
      continue;
    }
    out.push(w);
  }
  return kind ? { words: out, kind } : { words: out };
}
