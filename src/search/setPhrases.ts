import { fold } from '../lib/fold.js';
import { rawWords } from './languageTerms.js';
import { WORD_TABLES } from './wordTables.js';

/**
 * Things a question names by a set phrase whose words, one by one, mean something else in the facts: "free" is the
 * visa-free travel of many facts, "citizenship" their citizens, "kardeş" (brother) the brotherly countries. Each is
 * written as the facts' texts would write it, in every language and the forms a text puts it in.
 */
export const SET_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'free trade': [
    'free trade',
    'free-trade',
    'serbest ticaret',
    'свободная торговля',
    'свободной торговле',
    'свободной торговли',
    'зона свободной торговли',
    'еркін сауда',
  ],
  'dual citizenship': [
    'dual citizenship',
    'dual nationality',
    'çifte vatandaşlık',
    'двойное гражданство',
    'двойного гражданства',
    'двойном гражданстве',
    'қос азаматтық',
  ],
  'sister cities': [
    'sister city',
    'sister cities',
    'twin city',
    'twin cities',
    'kardeş şehir',
    'kardeş şehirler',
    'kardeş kent',
    'побратим',
    'побратимы',
    'побратимами',
    'бауырлас қала',
    'бауырлас қалалар',
  ],
};

/**
 * A text's words, folded, each with a space on both sides: a phrase is in it as its words, whole, in order. The
 * forms of SET_PHRASES are kept so in WORD_TABLES (`npm run tables`), not worked out at every start.
 */
export const phraseWords = (text: string): string =>
  ` ${rawWords(text.replace(/-/g, ' '), 'en').map(fold).join(' ')} `;

const allForms = (): Array<[string, string[]]> => Object.entries(WORD_TABLES.setPhrases);

/**
 * The set phrases a query names (SET_PHRASES), each as its forms: a fact answers such a query only if one of its
 * texts holds one of the forms of each. "Has Kazakhstan signed a free trade agreement with Turkey?" is not answered
 * by the visa-free travel of 1992, nor "Almatı ile İstanbul kardeş şehir mi?" by the brotherly countries.
 */
export function setPhrasesIn(query: string): Array<{ name: string; forms: string[] }> {
  const words = phraseWords(query);
  return allForms()
    .filter(([, list]) => list.some((f) => words.includes(f)))
    .map(([name, list]) => ({ name, forms: list }));
}

/**
 * Whether a text holds one of a set phrase's forms (as setPhrasesIn gives them). A search over 100,000 facts may ask
 * this of thousands that reach the minimum score, so a text whose folded letters do not hold the first word of any
 * form is passed over before it is split into words.
 */
export function holdsPhrase(text: string, phraseForms: readonly string[]): boolean {
  const folded = fold(text);
  if (!phraseForms.some((f) => folded.includes(f.slice(1, f.indexOf(' ', 1))))) return false;
  const words = phraseWords(text);
  return phraseForms.some((f) => words.includes(f));
}
