/**
 * Name folding: one canonical Latin, lower-case, diacritic-free form for every spelling users type,
 * so "TÜRKİYE", "Turkiye" and "Түркия" meet their data. fuse.js's ignoreDiacritics leaves the Kazakh
 * Cyrillic letters (ә ғ қ ң ө ұ ү һ і) alone and never transliterates, so kzt folds before fuse sees text.
 */

// Russian and Kazakh Cyrillic to Latin. One fixed choice per letter: the same function folds queries and data,
// so it only has to be consistent, not a standard; Kazakh-specific letters go to their nearest plain Latin letter.
// й and ё are not here: NFKD takes their marks off first, so they fold as и (i) and е (e) do.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

// Latin letters with no Unicode decomposition, so NFD + mark stripping would leave them as they are.
const LATIN: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ħ: 'h',
  ŧ: 't',
  ß: 'ss',
  ŋ: 'n',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};

// Combining marks (what NFKD splits off accented letters) and invisible format characters: a zero-width space,
// joiner or soft hyphen inside a word ("Erdo\u200bgan") must not split it.
const MARKS_AND_FORMAT = /[\p{M}\p{Cf}]+/gu;
const NON_ASCII = /[\u0080-\uffff]/;
/** Whether a text is all ASCII: folding leaves it but for case, and a Unicode class reduces to its ASCII part. */
export const isAscii = (text: string): boolean => !NON_ASCII.test(text);
const NON_ASCII_CHARS = /[\u0080-\uffff]/g;
const NON_ASCII_RUNS = /[\u0080-\uffff]+/g;
// Lower case is not case folding for one letter: the Greek final sigma, which lower-casing makes of Σ only at a
// word's end (and so differently in a run than in the whole text), folds to σ as Unicode case folding has it.
const FOLDED: Record<string, string> = { ς: 'σ' };
const transliterate = (ch: string): string => CYRILLIC[ch] ?? LATIN[ch] ?? FOLDED[ch] ?? ch;

/** Folds a run of non-ASCII characters. */
function foldRun(run: string): string {
  // NFKD maps compatibility forms to plain letters (fullwidth Ｅ → E) and splits accents off; İ is then I + U+0307,
  // lower-cased i + U+0307, whose dot goes with the accents.
  const plain = run.normalize('NFKD').toLowerCase().replace(MARKS_AND_FORMAT, '');
  return NON_ASCII.test(plain) ? plain.replace(NON_ASCII_CHARS, transliterate) : plain;
}

/**
 * Folds case, diacritics, Turkish and Kazakh letters, compatibility forms (fullwidth "ＥＲＤＯＧＡＮ", ligatures,
 * superscripts: NFKD) and invisible format characters, and transliterates Cyrillic to Latin. Only the non-ASCII
 * runs of a text are normalised (NFKD leaves ASCII as it is), which keeps indexing 100,000 facts quick.
 */
export function fold(text: string): string {
  return (isAscii(text) ? text : text.replace(NON_ASCII_RUNS, foldRun)).toLowerCase();
}
