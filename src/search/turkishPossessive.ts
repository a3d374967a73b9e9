/**
 * Words that end in a vowel and an s of their own, so that "-ı", "-i", "-u", "-ü" after them is the possessive
 * of a root that keeps its s ("meclisi" is meclis, "konsolosu" konsolos), as written in the facts and asked
 * about. Anything shorter than five letters keeps its s anyway ("sesi", "Rusu").
 */
const KEEPS_S = new Set([
  'konsolos',
  'başkonsolos',
  'meclis',
  'servis',
  'ofis',
  'temas',
  'nüfus',
  'polis',
  'tenis',
  'otobüs',
  'minibüs',
  'kampüs',
  'ekspres',
  'proses',
  'kongres',
  'paris',
  'kıbrıs',
  'tunus',
  'kudüs',
  'tiflis',
]);
const ENDS_VOWEL_S = /[aeıioöuüâîû]s$/;
const POSSESSIVE_S = /s[ıiuü]$/;

/**
 * Snowball's Turkish stemmer takes the possessive "-sı" of a word that ends in a vowel only as far as its vowel:
 * "büyükelçisi" (its ambassador) becomes "büyükelçis", "zirvesi" "zirves" and "sayısı" "sayıs", while
 * "büyükelçi", "zirvesinde" and "sayısını" become "büyükelçi", "zirve" and "sayı". Where Snowball took off that
 * last vowel only and left a vowel and an s, the s goes too, unless the root ends so itself.
 */
export function turkishPossessive(word: string, stem: string): string {
  if (stem.length < 5 || stem !== word.slice(0, -1) || !POSSESSIVE_S.test(word) || !ENDS_VOWEL_S.test(stem)) {
    return stem;
  }
  return KEEPS_S.has(stem) ? stem : stem.slice(0, -1);
}
