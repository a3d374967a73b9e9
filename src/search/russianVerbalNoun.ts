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

/**
 * Snowball's Russian stemmer reads a final -ит as a verb's ("говорит" → "говор"), which cuts the nouns in -ит
 * in their nominative only: "визит" → "виз" (the stem of "виза", visa) while "визита" → "визит", "саммит" →
 * "самм" while "саммита" → "саммит". Where that cut leaves four letters or fewer, the word stays whole: the
 * nouns keep one term for all their cases, and only a few short verbs lose the merge with their past.
 */
export function keepShortIt(word: string, stem: string): string {
  return stem.length <= 4 && word.length === stem.length + 2 && /[иы]т$/.test(word) ? word : stem;
}
