import { fold, isAscii } from '../lib/fold.js';
import type { Language } from '../lib/language.js';
import { kazakhStem } from './kazakhStem.js';
import { keepTurkishRoot } from './keepTurkishRoot.js';
import { fleetingVowelNoun } from './russianFleetingVowel.js';
import { keepShortIt, russianVerbalNoun } from './russianVerbalNoun.js';
import { russianStemmer, turkishStemmer } from './stemmers.js';
import { turkishHarmony } from './turkishHarmony.js';
import { turkishPossessive } from './turkishPossessive.js';
import { turkishVerbStem, verbalCut } from './turkishVerb.js';
import { dropApostropheSuffixes, stem, THOUSANDS, wordRuns } from './tokenize.js';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Whether a word has a Latin letter; in ASCII those are A–Z and a–z (and no Cyrillic one). */
const hasLatin = (word: string): boolean => (isAscii(word) ? /[A-Za-z]/.test(word) : LATIN.test(word));
const hasCyrillic = (word: string): boolean => !isAscii(word) && CYRILLIC.test(word);

/**
 * Lower-cases text as its language does: Turkish has its own I and İ (ILIŞKI → ılışkı, İLİŞKİ → ilişki). Elsewhere
 * an İ, which only Turkish and Azerbaijani write, is an i, not the i with a dot above that lower-casing leaves
 * ("YDSİK" is "ydsik" in a message that quotes it).
 */
function lower(text: string, lang: Language): string {
  return (
    lang === 'tr' ? text.toLocaleLowerCase('tr') : text.toLowerCase().replace(/i\u0307/g, 'i')
  ).normalize('NFC');
}

/** The lower-case words of a text in a language, unstemmed and unfolded; apostrophe suffixes and one-letter words dropped. */
export function rawWords(text: string, lang: Language): string[] {
  const out: string[] = [];
  for (const word of wordRuns(dropApostropheSuffixes(lower(text, lang)).replace(THOUSANDS, '$1'))) {
    if (word.length > 1 || /\d/.test(word)) out.push(word);
  }
  return out;
}

/**
 * The index term of one lower-case word in a language. Each language's stemmer sees the word as written, with
 * its diacritics and in its own script (Snowball's Turkish and Russian stemmers, each followed by kzt's rule that
 * brings a verb and the nouns made from it together; kzt's Kazakh suffix rule), and the stem is folded after:
 * the eval scores that order above folding first (see README, "Search"). English keeps kzt's light stemmer on
 * the folded word. Numbers are never stemmed.
 */
export function termOf(word: string, lang: Language): string {
  if (/\d/.test(word)) return fold(word);
  switch (lang) {
    case 'tr': {
      const stem = turkishPossessive(word, keepTurkishRoot(word, turkishStemmer(word)));
      return fold(turkishVerbStem(stem, verbalCut(word, stem), stem === word));
    }
    case 'ru': {
      // Nouns that drop a vowel before their endings ("посла"): read as their nominative's stem.
      const noun = fleetingVowelNoun(word);
      if (noun) return fold(russianStemmer(noun));
      return fold(russianVerbalNoun(word, keepShortIt(word, russianStemmer(word))));
    }
    case 'kk':
      return kazakhStem(word);
    default:
      return stem(fold(word));
  }
}

/** The index terms of a text written in a language, in order. */
export function termsOf(text: string, lang: Language): string[] {
  return rawWords(text, lang)
    .map((w) => termOf(w, lang))
    .filter(Boolean);
}

/**
 * Marks the term of a Turkish word read as typed without Turkish letters (plainTurkishTerm). Only a query word
 * typed in plain a–z reads such terms, and only as they are (never a typo or a prefix away): they are not the
 * texts' own terms, so no other word must match them or take its weight or typo neighbours from them.
 */
export const PLAIN_TYPED = '\u0001';

/**
 * The term a Turkish word written with Turkish letters has when typed without them ("bağışlar" typed "bagislar"),
 * marked with PLAIN_TYPED; undefined for a word in a–z. Snowball's Turkish stemmer takes a suffix off only where
 * the letters and vowel harmony allow: it takes "bağışlar" to "bağ" but leaves "bagislar" at "bagis", so 450 of
 * the 1,669 words with Turkish letters in the Turkish texts were out of reach as typed on a keyboard without
 * them, but a typo away. Where the two terms differ, the index makes this one refer to the word's own term.
 */
export function plainTurkishTerm(word: string): string | undefined {
  if (isAscii(word)) return undefined;
  const term = termOf(fold(word), 'tr');
  return term === '' ? undefined : `${PLAIN_TYPED}${term}`;
}

/**
 * The languages besides English a query word may be written in, by its script: Turkish for Latin letters, Russian
 * and Kazakh for Cyrillic.
 */
export function scriptLanguages(word: string): Array<Exclude<Language, 'en'>> {
  const script = scriptOf(word);
  return script === 'latin' ? ['tr'] : script === 'cyrillic' ? ['ru', 'kk'] : [];
}

/** The script a word is written in: Latin, Cyrillic, or neither (digits, other scripts). */
export function scriptOf(word: string): 'latin' | 'cyrillic' | undefined {
  if (hasLatin(word)) return 'latin';
  return hasCyrillic(word) ? 'cyrillic' : undefined;
}

/** A Kazakh word made of a noun that ends in a vowel, its possessive -сы/-сі and a case ending, if any. */
const KAZAKH_POSSESSIVE =
  /^(.{3,}[аәеиоөұүуыіэя])(?:сы|сі)(?:н|на|не|нда|нде|нан|нен|ның|нің|мен|ндағы|ндегі)?$/;

/**
 * The terms a query word may stand for, each with the language that reads it so: English first (as kzt always
 * read queries), then Turkish for a Latin word, Russian and Kazakh for a Cyrillic one. A query does not say its
 * language, so each reading is tried and the index keeps only those that occur. (Even a word the index holds as
 * it is keeps its other readings: "Almatı" is a name as written, "almat" in the Turkish texts.)
 */
export function queryReadings(word: string): Array<[Language, string]> {
  const out: Array<[Language, string]> = [['en', termOf(word, 'en')]];
  for (const lang of scriptLanguages(word)) out.push([lang, termOf(word, lang)]);
  // The Turkish reading of a Latin word (the second), which a word in a–z is also read as typed plainly below.
  const turkish = out[1]?.[0] === 'tr' ? out[1][1] : '';
  // Kazakh typed on a Russian keyboard writes ә as э ("эуежай" for "әуежай", "элем" for "әлем"); Kazakh's own
  // э is in loanwords, which the Russian reading keeps.
  if (word.includes('э')) out.push(['kk', termOf(word.replace(/э/g, 'ә'), 'kk')]);
  // Turkish typed without Turkish letters: also read with the suffix vowels vowel harmony gives them.
  const harmonized = turkishHarmony(word);
  if (harmonized) out.push(['tr', termOf(harmonized, 'tr')]);
  // A word in a–z may be a Turkish word typed without Turkish letters: it also reads the terms the index keeps
  // for those (plainTurkishTerm).
  if (turkish && /^[a-z]+$/.test(word)) out.push(['tr', `${PLAIN_TYPED}${turkish}`]);
  // A Kazakh noun that ends in a vowel takes the possessive -сы/-сі ("виза" → "визасы", "визасын"), which the
  // suffix rule reads as a root in -с and the possessive -ы, as "кеңесі" is: the word without it is read too.
  const possessed = KAZAKH_POSSESSIVE.exec(word)?.[1];
  if (possessed) out.push(['kk', termOf(possessed, 'kk')]);
  return out.filter(([, term]) => term !== '');
}

/**
 * The names a query word may be an adjective or demonym of, folded: Kazakh "-дық/-лық/-тық" ("қазақстандық",
 * "қазақстандықтар" → Қазақстан), Russian "-ский" after an n ("казахстанских" → Казахстан), Turkish "-lı/-li/-lu/
 * -lü" ("Kazakistanlı", "Ankaralılar" → Ankara). The texts say "Kazakh students" where a question asks about
 * "Kazakhstani" ones, and the stemmers keep such words apart from their names on purpose ("елшілік", embassy, is
 * not "елші", ambassador). Only a base of five letters or more (as written, in its own script) is read, so that
 * short words stay as they are.
 */
export function derivedNames(word: string): string[] {
  const out: string[] = [];
  if (hasCyrillic(word)) {
    const kk = /^(.{5,})(дық|дік|тық|тік|лық|лік)(тар|тер|дар|дер|лар|лер)?$/.exec(word);
    if (kk?.[1]) out.push(fold(kk[1]));
    const ru = /^(.{5,}н)ск$/.exec(russianStemmer(word));
    if (ru?.[1]) out.push(fold(ru[1]));
  } else if (hasLatin(word)) {
    const tr = /^(.{5,})l[ıiuü](?:lar|ler)?$/u.exec(word.toLocaleLowerCase('tr'));
    if (tr?.[1]) out.push(fold(tr[1]));
  }
  return out;
}
