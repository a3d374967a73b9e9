/**
 * Latin letters that look like Cyrillic ones, and the Cyrillic letters they stand for: a Kazakh keyboard layout is
 * not always at hand, and people type the Kazakh "і" as the Latin "i" ("ескерткiшi"), or slip a Latin "a" or "o"
 * into a Russian word. Lower case as typed ("h" is the Kazakh "һ"), and capitals, whose lookalikes differ ("H" is
 * "Н", "B" is "В").
 */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  h: 'һ',
  i: 'і',
  k: 'к',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);
const WORD = /\p{L}+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The text with each word written in one script: in a word of Cyrillic and Latin letters, the letters of the script
 * it has fewer of become their lookalikes in the other ("ескерткiшi" → "ескерткіші", "Erdoğаn" with a Cyrillic "а"
 * → "Erdoğan"), so that the word is stemmed and looked up as the word it is. A letter with no lookalike stays, and
 * so does a word with as many letters of each.
 */
export function unmixScripts(text: string): string {
  // Most queries are written in one script: their words are not read one by one.
  if (!CYRILLIC.test(text) || !LATIN.test(text)) return text;
  return text.replace(WORD, (word) => {
    let cyrillic = 0;
    let latin = 0;
    for (const ch of word) {
      if (CYRILLIC.test(ch)) cyrillic++;
      else if (LATIN.test(ch)) latin++;
    }
    if (cyrillic === 0 || latin === 0 || cyrillic === latin) return word;
    const [from, table] = cyrillic > latin ? [LATIN, LATIN_TO_CYRILLIC] : [CYRILLIC, CYRILLIC_TO_LATIN];
    let out = '';
    for (const ch of word) out += from.test(ch) ? (table[ch] ?? ch) : ch;
    return out;
  });
}
