import { fold } from '../lib/fold.js';
import { WORD_TABLES } from './wordTables.js';

/**
 * Names of countries other than Kazakhstan and Türkiye, as a query types them in kzt's four languages: the beginning
 * every form of the name and its adjective share ("китай" of "Китая", "китайский"; "özbek" of "Özbekistan",
 * "Özbek"), and the few short names only as whole words. They are compared folded, as the query word is, so that
 * Kazakh typed with Russian letters and Turkish typed without its own letters count too. Only countries' names: a
 * question names a city of a Turkic summit ("Бишкек", "Baku") to ask about the summit.
 */
export const THIRD_COUNTRY_BEGINNINGS = `china chinese китай қытай
  uzbek özbek узбек өзбек
  azerbaij azerbaycan азербайджан әзірбайжан
  turkmen türkmen туркмен түрікмен
  kyrgyz kırgız кыргыз киргиз қырғыз
  tajik tacik таджик тәжік
  russia rusya росси ресей
  mongol moğol моңғол монгол
  iran иран
  americ amerika америк
  german almanya германи германск
  georgia gürcistan грузия грузии грузию грузией грузин
  ukrain ukrayna украин
  armeni ermeni армени
  hungar macar венгри мажарстан
  belarus беларус белорус
  afghan afgan афган ауған
  pakistan пакистан
  india hindistan үндіст
  japan japonya япони жапони
  korea kore
  france fransa франци
  britain ingiltere британи ұлыбритани
  israel israil израил
  syria suriye`;

/**
 * Names too short to be read by their beginning, whole words only: "çin" begins "çini" (tiles), and the Russian
 * "Китая", "Китае" lose the "й" of "Китай".
 */
export const THIRD_COUNTRY_WORDS =
  'çin çinli çinliler usa abd сша ақш китая китае китаю китаем индия индии корея кореи корею сирия сирии ирак iraq';

let beginnings: readonly string[] | undefined;
let words: ReadonlySet<string> | undefined;

/**
 * Whether a query word (lower-case, as typed) names a country other than Kazakhstan and Türkiye. A question that
 * names one asks about that country: "Товарооборот Казахстана и Китая в 2024 году" is not answered by the trade
 * between Kazakhstan and Türkiye, and a fact answers it only if it names that country too (FactSearcher).
 */
export function isThirdCountry(word: string): boolean {
  beginnings ??= WORD_TABLES.thirdCountries.beginnings;
  words ??= new Set(WORD_TABLES.thirdCountries.words);
  const folded = fold(word);
  return words.has(folded) || beginnings.some((b) => folded.startsWith(b));
}
