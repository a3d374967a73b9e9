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
 * which fact is meant. The Kazakh past in -ды is left out: it ends as the accusative does (-ды, -ді, -ты, -ті), so
 * "Ердоғанды" would read as a verb (for its participle, see isKazakhPastPredicate).
 */
export function isPastTenseVerb(word: string): boolean {
  return TURKISH.test(word) || (RUSSIAN.test(word) && !AGENT_NOUN.test(word));
}

/** A Kazakh past participle (-ған, -ген, -қан, -кен), as a question ends with its predicate ("кім болған?"). */
const KAZAKH_PARTICIPLE = /^[а-яәғқңөұүһі]{2,}(?:ған|ген|қан|кен)$/;

/**
 * Whether a question's last word (lower-case, as typed) is a Kazakh verb in the past, its predicate: "Қазақстан
 * президенттері Түркияға неше рет сапармен барған?" asks how many visits, and the fact that answers says "сапар
 * жасаған". Only the last word (parseQuery asks so): elsewhere a word in -ған is as often a name ("Ердоған") or a
 * noun ("туған күні", birthday). Measured with `npm run eval` (10,601 queries): four Kazakh questions gained (the
 * visits counted, asked four ways), one lost ("... қашан келген", when did Gül come, finds his earlier visit);
 * every word in -ған so read lost seven for four, names among them.
 */
export function isKazakhPastPredicate(word: string): boolean {
  return KAZAKH_PARTICIPLE.test(word);
}
