/** The vowels of a word typed with a–z only. */
const VOWEL = /[aeiou]/;
/** How many of a word's last vowels are read as suffix vowels: a root's own may break the harmony ("liman"). */
const SUFFIX_VOWELS = 2;

/**
 * A Turkish word typed without Turkish letters ("uluslararasi", "anlasmasi"), with the vowels of its suffixes
 * put back as vowel harmony has them: an i after an a or ı is ı ("uluslararası", "anlaşması" but for the ş).
 * Snowball's Turkish stemmer checks that harmony before it takes a suffix off, so it leaves "uluslararasi" whole
 * while it takes "uluslararası" to the root the texts have. Only the last two vowels change: roots borrowed from
 * other languages break the harmony ("havalimanı", "üniversite"). (A u after a front vowel would be ü, but no
 * suffix puts one there, and after o or u a typed o or u may be ö or ü: those are left as typed.) Undefined when
 * nothing changes, or the word has letters outside a–z (it was typed with Turkish letters, or is not Latin).
 */
export function turkishHarmony(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  const vowels = [...word].filter((c) => VOWEL.test(c)).length;
  let seen = 0;
  let previous = '';
  let out = '';
  for (const c of word) {
    let letter = c;
    if (VOWEL.test(c)) {
      seen++;
      if (c === 'i' && seen > vowels - SUFFIX_VOWELS && (previous === 'a' || previous === 'ı')) letter = 'ı';
      previous = letter;
    }
    out += letter;
  }
  return out === word ? undefined : out;
}
