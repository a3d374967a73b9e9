import { fold } from '../lib/fold.js';
import { ENTITY } from './indexCodec.js';
import { rawWords } from './languageTerms.js';

/** The index term of the facts that name a person or an organisation (see ENTITY: no typed word holds it). */
export const AGENT_TERM = `${ENTITY}@agent`;

/**
 * "Who" in each of kzt's languages, in the forms a question asks with, folded (so typed with or without Turkish
 * or Kazakh letters): English "who", "whom"; Turkish "kim" with its cases and copulas ("kimdi", "kimdir",
 * "kimin", "kime", "kimler", "kimlerle"); Russian "кто", "кого", "кому", "кем"; Kazakh "кім", "кімдер", "кімге",
 * "кімді", "кімнің", "кіммен", "кімдермен".
 */
const WHO = new Set(
  `who whom kim kimdi kimdir kimin kime kimi kimden kimle kimler kimlerdi kimlerdir kimlerle kimlere
  кто кого кому кем кім кімдер кімге кімді кімнің кіммен кімнен кімдермен кімдерге`
    .split(/\s+/)
    .map(fold),
);

/** Whether a query asks who: the answer is then a person or an organisation that a fact names. */
export function asksWho(query: string): boolean {
  return rawWords(query, 'en').some((w) => WHO.has(fold(w)));
}
