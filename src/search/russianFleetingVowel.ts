/**
 * Russian nouns whose last vowel drops before an ending ("посол", ambassador, "посла", "послом"; "день",
 * "дня"; "звонок", a call, "звонка"), which Snowball's stemmer leaves as two stems: "посол" and "посл". Worse,
 * "посл" is also the stem of "после" (after), a stopword, so a query's "посла" was read as nothing. The words of
 * the domain that do so, each form of them read as its nominative. "после" itself stays "after".
 */
const NOUNS = 'посол день звонок рынок подарок конец отец';
/** The endings of the forms without the vowel: every case, singular and plural. */
const ENDINGS = new Set('а у ом е ы и ов ам ами ах я ю ём ем ей ям ями ях'.split(' '));
const NOT_FORMS = new Set(['после']);

/** A Russian stem without the vowel ("посл", "дн"), and the nominative it belongs to. */
const STEMS: ReadonlyArray<[string, string]> = NOUNS.split(' ').map((noun) => {
  const soft = noun.endsWith('ь');
  const base = soft ? noun.slice(0, -1) : noun;
  // The vowel before the last consonant drops: посол → посл, день → дн, звонок → звонк, конец → конц.
  return [`${base.slice(0, -2)}${base.slice(-1)}`, noun];
});

/** The nominative of a word that is one of those nouns with its vowel dropped, else undefined. */
export function fleetingVowelNoun(word: string): string | undefined {
  if (NOT_FORMS.has(word)) return undefined;
  for (const [stem, noun] of STEMS) {
    if (word.startsWith(stem) && ENDINGS.has(word.slice(stem.length))) return noun;
  }
  return undefined;
}
