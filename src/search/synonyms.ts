import { tokenize } from './tokenize.js';

/**
 * A small bilingual vocabulary of the domain: Turkish, Russian and Kazakh words, written as people write them,
 * mapped to the English words kzt's facts use; both sides are folded and stemmed at load as queries are (a test
 * holds each entry to one term). Names are not here: entity aliases in data/entities.json carry them.
 */
const PAIRS: Array<[string, string]> = [
  // Turkish
  ['büyükelçilik büyükelçiliği büyükelçiliğin büyükelçiliğe elçilik elçiliği', 'embassy'],
  ['büyükelçi büyükelçisi elçi', 'ambassador'],
  ['konsolosluk konsolosluğu konsolosluklar', 'consulate'],
  ['ziyaret ziyareti ziyaretler ziyaretleri', 'visit'],
  ['anlaşma anlaşması anlaşmalar anlaşmaları antlaşma antlaşması', 'agreement treaty'],
  ['stratejik', 'strategic'],
  ['ortaklık ortaklığı', 'partnership'],
  ['genişletilmiş', 'enhanced'],
  // Each word to its own: "diplomatik ilişkiler" must need both words, as "diplomatic relations" does.
  ['ilişki ilişkiler ilişkileri', 'relation'],
  ['diplomatik', 'diplomatic'],
  ['ticaret ticareti', 'trade'],
  ['universite universitesi', 'university'],
  ['havayolu havayolları uçuş uçuşlar uçak', 'airline flight'],
  ['zirve zirvesi', 'summit'],
  ['başkent başkenti', 'capital'],
  ['bağımsızlık bağımsızlığı', 'independence'],
  ['tanıma tanıdı', 'recognised'],
  ['vize vizesiz', 'visa'],
  ['kuruluş kurulması', 'established'],
  ['işbirliği', 'cooperation'],
  ['konsey konseyi', 'council'],
  ['yıldönümü', 'anniversary'],
  ['cumhurbaskani', 'president'],
  ['basbakan', 'prime minister'],
  ['insansiz iha siha', 'drone'],
  ['deprem', 'earthquake'],
  // Russian (transliterated by fold)
  ['posolstvo posolstva', 'embassy'],
  ['posol', 'ambassador'],
  ['konsulstvo', 'consulate'],
  ['vizit vizita', 'visit'],
  ['soglashenie soglasheniya dogovor dogovora', 'agreement treaty'],
  ['strategicheskoe strategicheskogo', 'strategic'],
  ['partnerstvo partnerstva', 'partnership'],
  ['rasshirennoe', 'enhanced'],
  ['otnosheniya', 'relation'],
  ['diplomaticheskie', 'diplomatic'],
  ['torgovlya tovarooborot', 'trade'],
  ['stolitsa', 'capital'],
  ['nezavisimost nezavisimosti', 'independence'],
  ['universitet', 'university'],
  ['sammit', 'summit'],
  ['viza vizy bezvizovyy', 'visa'],
  ['prezident', 'president'],
  // Kazakh (transliterated by fold)
  ['elshilik elshiligi', 'embassy'],
  ['elshi', 'ambassador'],
  ['sapar sapary', 'visit'],
  ['kelisim kelisimi', 'agreement'],
  ['strategiyalyk', 'strategic'],
  ['seriktestik', 'partnership'],
  ['keneytilgen', 'enhanced'],
  ['sauda', 'trade'],
  ['tauelsizdik', 'independence'],
];

let map: ReadonlyMap<string, readonly string[]> | undefined;

/** Folded non-English word → the English words to search for instead; built on first use. */
export function synonyms(): ReadonlyMap<string, readonly string[]> {
  map ??= new Map(
    PAIRS.flatMap(([from, to]) => tokenize(from).map((w): [string, string[]] => [w, tokenize(to)])),
  );
  return map;
}

/** Every word the table lists, as written, for the test that each folds to one term. */
export const SYNONYM_ENTRIES: readonly string[] = PAIRS.flatMap(([from, to]) => `${from} ${to}`.split(' '));
