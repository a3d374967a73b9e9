import Fuse from 'fuse.js';
import { allowedTypos, closest } from '../lib/closest.js';
import { editDistance } from '../lib/editDistance.js';
import { keystrokeDistance, keystrokeSimilarity } from '../lib/keystrokeSimilarity.js';
import { stopwords } from './stopwords.js';
import type { Vocabulary } from './Vocabulary.js';

/** A vocabulary term that a query word may stand for, with how sure that is (1 = the same word). */
export interface Expansion {
  term: string;
  similarity: number;
}

/** Query words shorter than this, and numbers, match only exactly: fuzzy matching on them is mostly noise. */
const MIN_FUZZY_LENGTH = 4;

/**
 * How likely a vocabulary term is what the user meant by a word (0 = not at all). fuse.js proposes candidates,
 * but Bitap scores a match inside a longer word as perfect and cannot tell "erdgoan" → "erdogan" (one swap) from
 * "penguin" → "engineer" (unrelated): both score 0.286. So each candidate is checked: a term that extends the
 * word (partner → partnership) counts by how much of it the word covers; otherwise the edit distance, with
 * transpositions, must stay within the typos allowed for the word's length.
 */
function verify(word: string, term: string): number {
  if (term === word) return 1;
  // Both kinds of near match score below 1, so an exact match always ranks first. (A further discount on them
  // was measured to change nothing in the eval and was removed.)
  if (term.startsWith(word)) return Math.sqrt(word.length / term.length);
  // A typo rarely hits the first letter, and allowing it there lets unrelated words in ("penguin" → "engin",
  // "climate" → "limit", or the Turkish stem "almat" of Almatı): the eval's must-find-nothing queries measure that.
  if (term[0] !== word[0]) return 0;
  const allowed = allowedTypos(word.length);
  const distance = editDistance(word, term, allowed);
  const letters = distance > allowed ? 0 : 1 - distance / Math.max(word.length, term.length);
  // A slip on я or ю is one letter typed, though folding writes two (keystrokeSimilarity).
  return Math.max(letters, keystrokeSimilarity(word, term));
}

/** Expansions best first, at most `limit`. */
function ranked(found: ReadonlyMap<string, number>, limit: number): Expansion[] {
  return [...found]
    .map(([term, similarity]) => ({ term, similarity }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit);
}

/** A word's set of letters as bits (a–z; anything else shares bit 26). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    mask |= 1 << (c >= 0 && c < 26 ? c : 26);
  }
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Finds the vocabulary terms a query word may mean, with fuse.js doing the fuzzy matching (typos, inflections,
 * prefixes: "partner" → "partnership"). fuse.js runs over the vocabulary rather than over the facts: words it
 * begins are found by binary search in the sorted vocabulary, and for typos fuse.js ranks only the words of
 * nearly the same length whose letters could be a few edits away (a bit-mask prefilter), which keeps a query over
 * 140,000 distinct words at a few milliseconds; an edit distance then confirms each candidate.
 *
 * Options, chosen by the search eval (npm run eval, 119 queries): threshold 0.34 allows one error in 3–5
 * letters and two in 6–8 while keeping "kazakhstan" off "pakistan"; measured hit@1 0.972 at 0.2, 0.981 at 0.28,
 * 0.991 from 0.34 up (higher thresholds add fuzzy noise and work for no gain). ignoreLocation because a match
 * may sit anywhere in a word; isCaseSensitive since terms are already folded, which skips per-term lower-casing.
 * Token search (useTokenSearch) is not used: the words are single terms already, and its IDF table would be
 * rebuilt on every start.
 */
export class TermExpander {
  /** The typo buckets, made on the first typo look-up: a search whose words the facts all have never needs them. */
  private tables?: {
    /** Word numbers by length, of the words that may be typo targets (see fuzzyTarget). */
    byLength: Map<number, number[]>;
    /** Each word's set of letters as bits (letterMask). */
    masks: Uint32Array;
  };

  /** `vocabulary` must be sorted (a search index's is). */
  constructor(private readonly vocabulary: Vocabulary) {}

  /**
   * Whether word i may be matched fuzzily. Numbers only ever match exactly; leaving them out keeps the fuzzy
   * buckets small (ids such as "record-4711" would otherwise put a number per fact into them); so do the terms of
   * entities (which start with U+0000) and of Turkish typed without Turkish letters (U+0001, plainTurkishTerm),
   * which a query's plain reading matches as it is or not at all. Short words and stopwords only match exactly
   * too: as typo targets they are noise ("moon" → "oon", "land" → "and").
   */
  private fuzzyTarget(i: number, stop: ReadonlySet<string>): boolean {
    const { text, offsets } = this.vocabulary;
    const length = this.vocabulary.lengthOf(i);
    if (length < MIN_FUZZY_LENGTH) return false;
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      const c = text.charCodeAt(k);
      if ((c >= 48 && c <= 57) || c <= 1) return false;
    }
    // Checked last: only words long enough to match fuzzily become strings for the stopword test.
    return !stop.has(this.vocabulary.word(i));
  }

  /** The typo buckets: one pass over the vocabulary's characters, never a string per word but for stopwords. */
  private buckets(): NonNullable<TermExpander['tables']> {
    if (this.tables) return this.tables;
    const stop = stopwords();
    const { text, offsets, size } = this.vocabulary;
    const byLength = new Map<number, number[]>();
    const masks = new Uint32Array(size);
    for (let i = 0; i < size; i++) {
      if (!this.fuzzyTarget(i, stop)) continue;
      let mask = 0;
      for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
        const bit = text.charCodeAt(k) - 97;
        mask |= 1 << (bit >= 0 && bit < 26 ? bit : 26);
      }
      masks[i] = mask;
      const length = this.vocabulary.lengthOf(i);
      const list = byLength.get(length);
      if (list) list.push(i);
      else byLength.set(length, [i]);
    }
    return (this.tables = { byLength, masks });
  }

  has(term: string): boolean {
    return this.vocabulary.find(term) !== undefined;
  }

  /**
   * Words of a length that may be within `typos` edits of `word`. Each edit changes a word's set of letters by at
   * most two letters, so words whose letter sets differ by more cannot qualify: one XOR and bit count per word
   * discards most of a bucket before fuse.js looks at it, and never a real candidate.
   */
  private candidates(word: string, length: number, typos: number): string[] {
    const { byLength, masks } = this.buckets();
    const ids = byLength.get(length);
    if (!ids) return [];
    const mask = letterMask(word);
    const out: string[] = [];
    for (const id of ids) {
      if (popcount(mask ^ (masks[id] ?? 0)) <= 2 * typos) out.push(this.vocabulary.word(id));
    }
    return out;
  }

  /** Vocabulary words that begin with `word` and are at most `extra` letters longer (binary search). */
  private extensions(word: string, extra: number): string[] {
    const out: string[] = [];
    const stop = stopwords();
    for (let i = this.vocabulary.lowerBound(word); i < this.vocabulary.size && out.length < 50; i++) {
      const term = this.vocabulary.word(i);
      if (!term.startsWith(word)) break;
      if (term.length > word.length && term.length <= word.length + extra && this.fuzzyTarget(i, stop))
        out.push(term);
    }
    return out;
  }

  /**
   * The exact term (if present) and its close fuzzy neighbours, best first; with `typos` false, only the words it
   * is or begins.
   */
  expand(word: string, limit = 6, typos = true): Expansion[] {
    const out = new Map<string, number>();
    if (this.has(word)) out.set(word, 1);
    if (word.length >= MIN_FUZZY_LENGTH && !/\d/.test(word)) {
      const consider = (term: string) => {
        const similarity = verify(word, term);
        if (similarity > (out.get(term) ?? 0)) out.set(term, similarity);
      };
      // Longer words it begins (partner → partnership), then typos: fuse.js over words of nearly its length.
      for (const term of this.extensions(word, 5)) consider(term);
      // A word the facts have is spelled right: its typo neighbours are other words ("embassy" is not "elbasy").
      if (this.has(word) || !typos) return ranked(out, limit);
      const allowed = allowedTypos(word.length);
      // Only candidates the check below can accept go to fuse.js, which ranks them: at 100,000 facts its Bitap
      // over every word of a similar length and letters took half of a question's time (and 20 such words in
      // one query 14 s).
      // A word within reach only by keys (a slip on я or ю, keystrokeSimilarity) is two errors or more to Bitap,
      // which would drop it: it is taken as the check found it.
      const near: string[] = [];
      for (let len = word.length - allowed; len <= word.length + allowed; len++)
        for (const term of this.candidates(word, len, allowed)) {
          if (verify(word, term) === 0) continue;
          if (editDistance(word, term, allowed) > allowed) consider(term);
          else near.push(term);
        }
      const fuse = new Fuse(near, {
        threshold: 0.34,
        ignoreLocation: true,
        includeScore: true,
        isCaseSensitive: true,
      });
      for (const hit of fuse.search(word, { limit })) consider(hit.item);
    }
    return ranked(out, limit);
  }

  /**
   * Vocabulary words one typo further than a search matches by itself, nearest first, for "did you mean" when
   * nothing matched: what is within reach is already searched for, so only a word beyond it is worth offering.
   * Not for words of four letters or fewer, where two typos change half the word ("land" → "last"). The first
   * letter must match, as in matching, and a slip on я or ю counts once, as in matching.
   */
  suggest(word: string, limit = 3): string[] {
    const typos = allowedTypos(word.length) + (word.length > MIN_FUZZY_LENGTH ? 1 : 0);
    const near: string[] = [];
    for (let len = word.length - typos; len <= word.length + typos; len++)
      for (const term of this.candidates(word, len, typos)) near.push(term);
    return closest(
      word,
      near.filter((t) => t[0] === word[0]),
      limit,
      typos,
      (a, b, max) => Math.min(editDistance(a, b, max), keystrokeDistance(a, b, max)),
    );
  }
}
