const VOWEL = /[aeıioöuüâîû]/;

/**
 * Snowball's Turkish stemmer reads the end of a one-syllable root as an ending and takes it off with the real
 * one: "günden" (from the day) and "güne" (to the day) become "g", "üye" (member) "ü", "atandı" (was appointed)
 * "a", so they match neither "gün" nor each other, and every such stem is one letter shared with other words.
 * A Turkish root has a syllable: where Snowball left one letter or no vowel, the root is the word's first syllable, closed by
 * the consonant after its vowel where there is one ("gün" from "günden", "güne" and "günü"). Words without a
 * vowel (abbreviations such as "TBMM") keep Snowball's answer.
 */
export function keepTurkishRoot(word: string, stem: string): string {
  if (stem.length > 1 && VOWEL.test(stem)) return stem;
  const first = word.search(VOWEL);
  if (first < 0) return stem;
  const next = word[first + 1];
  return word.slice(0, next !== undefined && !VOWEL.test(next) ? first + 2 : first + 1);
}
