/**
 * Name folding: one canonical Latin, lower-case, diacritic-free form for every spelling users type,
 * so "TÜRKİYE", "Turkiye" and "Түркия" meet their data. fuse.js's ignoreDiacritics leaves the Kazakh
 * Cyrillic letters (ә ғ қ ң ө ұ ү һ і) alone and never transliterates, so kzt folds before fuse sees text.
 */

// Russian and Kazakh Cyrillic to Latin. One fixed choice per letter: the same function folds queries and data,
// so it only has to be consistent, not a standard; Kazakh-specific letters go to their nearest plain Latin letter.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
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

const MARKS = /\p{M}+/gu;
const OUTSIDE_PRINTABLE_ASCII = /[^\u0020-\u007e]/u;

/** Folds case, diacritics, Turkish and Kazakh letters, and transliterates Cyrillic to Latin. */
export function fold(text: string): string {
  // Lower-casing first turns İ into i + U+0307, whose dot the mark stripping then removes.
  const lower = text.toLowerCase().normalize('NFD').replace(MARKS, '');
  if (!OUTSIDE_PRINTABLE_ASCII.test(lower)) return lower;
  let out = '';
  for (const ch of lower) out += CYRILLIC[ch] ?? LATIN[ch] ?? ch;
  return out;
}
