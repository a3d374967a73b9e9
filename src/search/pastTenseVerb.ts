/**
 * Turkish past tense, by its ending: -dı/-di/-du/-dü, or -tı/-ti/-tu/-tü after a voiceless consonant, with the
 * plural -lar/-ler after it, on a stem that ends in a consonant ("imzalandı", "katıldı", "gitti", "yaptılar"). The
 * -tı form not after an n: those are nouns in -ntı ("toplantı", meeting) or in -nt with the possessive
 * ("başkenti", its capital).
 */
const TURKISH = /^[a-zçğıöşü]+(?:[^aeıioöuü](?:dı|di|du|dü)|[^aeıioöuün](?:tı|ti|tu|tü))(?:lar|ler)?$/;

/**
 * Russian past tense, by its ending: -л after a vowel, with the endings of gender, number and the reflexive
 * ("подписали", "встречался", "приняла", "упал"), from four letters ("дел", affairs, is none). Agent nouns in -тель
 * take the same ending in the plural ("спасатели", rescuers): they are left out.
 */
const RUSSIAN = /^[а-яё]{2,}[аяиеуы]л(?:а|о|и)?(?:сь|ся)?$/;
const AGENT_NOUN = /тели$/;

/**
 * Whether a query word (lower-case, as typed) is a Turkish or Russian verb in the past tense. In a question that is
 * the predicate ("Tokayev Erdoğan'a hangi nişanı verdi?", "Какую награду Эрдоган получил?"), and the fact that
 * answers often says it in other words ("received" where the question says "gave"), while its names and nouns say
 * which fact is meant. Kazakh is left out: its past tense ends as its accusative does (-ды, -ді, -ты, -ті), so
 * "Ердоғанды" would read as a verb.
 */
export function isPastTenseVerb(word: string): boolean {
  return TURKISH.test(word) || (RUSSIAN.test(word) && !AGENT_NOUN.test(word));
}
