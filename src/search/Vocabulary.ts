/**
 * A list of words kept as one string and the offsets where each starts: loading 150,000 words from a file is one
 * string, not 150,000, and a word becomes a string of its own only when it is asked for. A sorted vocabulary
 * finds words by binary search.
 */
export class Vocabulary {
  private constructor(
    /** The words, one after the other. */
    readonly text: string,
    /** Word i is text[offsets[i], offsets[i + 1]). */
    readonly offsets: Uint32Array,
  ) {}

  /** A vocabulary of these words, in this order. */
  static of(words: readonly string[]): Vocabulary {
    const offsets = new Uint32Array(words.length + 1);
    let at = 0;
    words.forEach((w, i) => {
      at += w.length;
      offsets[i + 1] = at;
    });
    return new Vocabulary(words.join(''), offsets);
  }

  /** A vocabulary from its text and offsets (as encoded), or undefined when they do not fit together. */
  static from(text: string, offsets: Uint32Array): Vocabulary | undefined {
    if (offsets.length === 0 || offsets[0] !== 0 || offsets[offsets.length - 1] !== text.length)
      return undefined;
    for (let i = 1; i < offsets.length; i++)
      if ((offsets[i] as number) < (offsets[i - 1] as number)) return undefined;
    return new Vocabulary(text, offsets);
  }

  /** How many words. */
  get size(): number {
    return this.offsets.length - 1;
  }

  /** Word i. */
  word(i: number): string {
    return this.text.slice(this.offsets[i], this.offsets[i + 1]);
  }

  /** The length of word i (in UTF-16 units, as String.length), without making it a string. */
  lengthOf(i: number): number {
    return (this.offsets[i + 1] ?? 0) - (this.offsets[i] ?? 0);
  }

  /** The first position whose word is not less than `word` (a sorted vocabulary). */
  lowerBound(word: string): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.word(mid) < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The position of a word in a sorted vocabulary, if it is there. */
  find(word: string): number | undefined {
    const i = this.lowerBound(word);
    return i < this.size && this.word(i) === word ? i : undefined;
  }

  /** Every word, as strings (for tests and small vocabularies). */
  words(): string[] {
    return Array.from({ length: this.size }, (_, i) => this.word(i));
  }
}
