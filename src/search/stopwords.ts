import { tokenize } from './tokenize.js';

/**
 * Words that carry no meaning for kzt's search, in English, Turkish, Russian and Kazakh, written as people
 * write them; they are folded and stemmed at load exactly as queries are (a test holds each to one term). Question
 * words are here too, so whole questions search by their content words. One-letter words need no entry: the
 * tokenizer drops them.
 */
const GENERIC = `an the and or of to in on at by for from with about as into onto over under than then that this these those
  is are was were be been being am do does did done has have had having will would shall should can could may might
  must it its they them their there here he she his her him we our you your me my what which who whom whose
  when where why how whether if not no nor so such very also just only any all each every both some more most other
  ever yet still again once up down out off please know make made between without many much long
  ve ile bir bu şu da de mi mu mı mü ne nedir neden nasıl hangi kim zaman için gibi ama veya ya hem en çok daha
  olan oldu olarak ise ki diye
  во на со ко по от до из за об при про что как когда где кто или но не да это был была было были
  және мен пен бен бұл сол ол не кім қашан қай үшін`;

/**
 * Words that are everywhere in kzt's own domain, or in how people ask it ("is it true that"), and so tell one
 * fact from no other. ("exist" is read as framing: see framing.ts.)
 */
const DOMAIN = `tell show give find list fact two country happen happened start started begin began
  true false really actually correct existed`;

let set: ReadonlySet<string> | undefined;

/** The stopwords, folded and stemmed, built on first use (no work at import time). */
export function stopwords(): ReadonlySet<string> {
  set ??= new Set(`${GENERIC} ${DOMAIN}`.split(/\s+/).flatMap((w) => tokenize(w)));
  return set;
}

/** The stopword entries as written, for the test that each folds to one term. */
export const STOPWORD_ENTRIES: readonly string[] = `${GENERIC} ${DOMAIN}`.split(/\s+/).filter(Boolean);
