import { stem } from './tokenize.js';

/**
 * Words that carry no meaning for kzt's search, in English, Turkish, Russian and Kazakh (folded, then stemmed
 * here as `tokenize` stems queries). Question words are here too, so whole questions search by their content words.
 */
const WORDS = `a an the and or of to in on at by for from with about as into onto over under than then that this these those
  is are was were be been being am do doe did done has have had having will would shall should can could may might
  must it its it they them their there here he she his her him we our you your i me my what which who whom whose
  when where why how whether if not no nor so such very also just only any all each both some more most other
  ever yet still again once up down out off tell show give find list fact about please know did
  make made between two country happen happened many much long without start started begin began
  ve ile bir bu su o da de mi mu ne nedir neden nasil hangi kim ne zaman icin gibi ama veya ya hem en cok daha
  olan oldu olarak ise ki ki diye
  i v vo na s so k ko po ot do iz za u o ob pri pro chto kak kogda gde kto ili a no ne da eto byl byla bylo byli
  zhane men pen ben bul sol ol ne kim qashan kashan kay qay ushin`;

let set: ReadonlySet<string> | undefined;

/** The stopwords, built on first use (no work at import time). */
export function stopwords(): ReadonlySet<string> {
  set ??= new Set(WORDS.split(/\s+/).filter(Boolean).map(stem));
  return set;
}
