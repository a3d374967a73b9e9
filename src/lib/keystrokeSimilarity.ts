import { allowedTypos } from './closest.js';
import { editDistance } from './editDistance.js';

// The Cyrillic vowels that folding spells with two Latin letters (fold.ts: я → ya, ю → yu), each written back as
// one private-use character: one key pressed. Russian spelling slips are mostly among vowels (я for е, ю for у);
// the consonants that fold to two letters (ж, х, ц, ч, ш, щ) stay letters: read as keys, ч for ц became one slip,
// and "граничит" (borders on) found "границ" (borders) at the cost of must-find-nothing questions in the eval.
const DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  [/ya/g, '\ue001'],
  [/yu/g, '\ue002'],
];
const HAS_DIGRAPH = /ya|yu/;

const asKeystrokes = (word: string): string => DIGRAPHS.reduce((w, [from, to]) => w.replace(from, to), word);

/**
 * The edit distance between two folded words when я and ю count as one letter each: "землятресение" is two slips
 * from "землетрясение" (я and е swapped), but "zemlyatresenie" is four edits from "zemletryasenie". `max + 1` once
 * beyond `max`.
 */
export function keystrokeDistance(word: string, term: string, max: number): number {
  return editDistance(asKeystrokes(word), asKeystrokes(term), max);
}

/**
 * How near a folded word is to another when я and ю count as one letter each (keystrokeDistance). The typos
 * allowed are those of the word as typed, in keys, and the similarity is 1 − distance / length, as for letters. 0
 * when out of reach, or when neither word has я or ю (then the letters alone measure it).
 */
export function keystrokeSimilarity(word: string, term: string): number {
  if (!HAS_DIGRAPH.test(word) && !HAS_DIGRAPH.test(term)) return 0;
  const a = asKeystrokes(word);
  const b = asKeystrokes(term);
  const allowed = allowedTypos(a.length);
  const distance = editDistance(a, b, allowed);
  return distance > allowed ? 0 : 1 - distance / Math.max(a.length, b.length);
}
