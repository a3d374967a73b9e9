import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/languageTerms.js';

// Hand-written: a noun that ends in a vowel meets its possessive "-sı" (its ambassador, its summit) in every form,
// and a root that ends in a vowel and an s keeps its s. The terms are folded, as the index holds them.
describe('the Turkish possessive after a vowel', () => {
  it.each([
    ['büyükelçisi', 'buyukelci'],
    ['büyükelçi', 'buyukelci'],
    ['büyükelçisinin', 'buyukelci'],
    ['zirvesi', 'zirve'],
    ['zirve', 'zirve'],
    ['zirvesinde', 'zirve'],
    ['üniversitesi', 'universite'],
    ['üniversitenin', 'universite'],
    ['lisesi', 'lise'],
    ['liseleri', 'lise'],
  ])('%s → %s', (word, term) => {
    expect(termOf(word, 'tr')).toBe(term);
  });

  it.each([
    ['meclisi', 'meclis'],
    ['meclis', 'meclis'],
    ['başkonsolosu', 'baskonsolos'],
    ['konsolos', 'konsolos'],
    ['nüfusu', 'nufus'],
    // shorter than five letters: always kept
    ['sesi', 'ses'],
  ])('keeps the s of a root that ends so: %s → %s', (word, term) => {
    expect(termOf(word, 'tr')).toBe(term);
  });
});
