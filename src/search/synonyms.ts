import { stem } from './tokenize.js';

/**
 * A small bilingual vocabulary of the domain: Turkish, Russian and Kazakh words (folded forms; both sides
 * are stemmed here as `tokenize` stems queries) mapped to the English words kzt's facts use. Names are not here: entity aliases in
 * data/entities.json carry them.
 */
const PAIRS: Array<[string, string]> = [
  // Turkish
  ['buyukelcilik buyukelciligi buyukelcilig elcilik elciligi', 'embassy'],
  ['buyukelci buyukelcisi elci', 'ambassador'],
  ['konsolosluk konsoloslugu konsolosluklar', 'consulate'],
  ['ziyaret ziyareti ziyaretler ziyaretleri', 'visit'],
  ['anlasma anlasmasi anlasmalar anlasmalari antlasma antlasmasi', 'agreement treaty'],
  ['stratejik', 'strategic'],
  ['ortaklik ortakligi', 'partnership'],
  ['genisletilmi genisletilmis', 'enhanced'],
  ['iliski iliskiler iliskileri diplomatik', 'diplomatic relation'],
  ['ticaret ticareti', 'trade'],
  ['universite universitesi', 'university'],
  ['havayolu havayollari ucu ucak', 'airline flight'],
  ['zirve zirvesi', 'summit'],
  ['baskent baskenti', 'capital'],
  ['bagimsizlik bagimsizligi', 'independence'],
  ['tanima tanidi', 'recognised'],
  ['vize vizesiz', 'visa'],
  ['kurulu kurulus kurulmasi', 'established'],
  ['isbirligi', 'cooperation'],
  ['konsey konseyi', 'council'],
  ['yildonumu', 'anniversary'],
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
  ['otnosheniya diplomaticheskie', 'diplomatic relation'],
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
    PAIRS.flatMap(([from, to]) =>
      from.split(' ').map((w): [string, string[]] => [stem(w), to.split(' ').map(stem)]),
    ),
  );
  return map;
}
