/**
 * Russian verbal nouns in -ение and -ание (-яние) end, after Snowball's Russian stemmer, in -ен and -ан, which
 * the verb's forms lack: "установление" (establishment) → "установлен", "установлены" (were established) →
 * "установл"; "признание" → "признан", "признала" → "призна". Where Snowball took a noun ending beginning with
 * "и" off such a stem (-ие, -ия, -ий, -ием, -иями…), this takes off the -ен (whose е the verb does not have) or
 * the -н of -ан and -ян (whose vowel it keeps), leaving four letters or more, so that the noun meets its verb.
 * It runs on the texts and on queries alike; the eval measures it.
 */
export function russianVerbalNoun(word: string, stem: string): string {
  if (!word.startsWith(stem) || word[stem.length] !== 'и') return stem;
  if (stem.endsWith('ен') && stem.length - 2 >= 4) return stem.slice(0, -2);
  if ((stem.endsWith('ан') || stem.endsWith('ян')) && stem.length - 1 >= 4) return stem.slice(0, -1);
  return stem;
}
