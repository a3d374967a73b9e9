import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/languageTerms.js';
import { keepShortIt, russianVerbalNoun } from '../../src/search/russianVerbalNoun.js';

// Hand-written pairs: a verbal noun in -ение/-ание and its verb's forms come out as one term (folded, as the
// index holds it); words that only end alike stay as Snowball leaves them.
describe('the Russian verbal-noun rule after Snowball', () => {
  it.each([
    ['установление', 'ustanovl'],
    ['установления', 'ustanovl'],
    ['установлены', 'ustanovl'],
    ['установлен', 'ustanovl'],
    ['подписание', 'podpisa'],
    ['подписании', 'podpisa'],
    ['подписали', 'podpisa'],
    ['признание', 'prizna'],
    ['признала', 'prizna'],
    ['соглашение', 'soglash'],
    ['соглашений', 'soglash'],
    ['отношений', 'otnosh'],
    ['отношения', 'otnosh'],
  ])('%s → %s', (word, term) => {
    expect(termOf(word, 'ru')).toBe(term);
  });

  it.each([
    // (word, Snowball's stem): no noun ending in и- after the stem, or too short a stem left
    ['посольство', 'посольств', 'посольств'],
    ['решение', 'решен', 'решен'],
    ['армении', 'армен', 'армен'],
    ['казахстан', 'казахста', 'казахста'],
    ['охрану', 'охран', 'охран'],
  ])('%s (%s) stays %s', (word, stem, kept) => {
    expect(russianVerbalNoun(word, stem)).toBe(kept);
  });
});

describe('nouns in -ит keep one term for all their cases', () => {
  it.each([
    ['визит', 'vizit'],
    ['визита', 'vizit'],
    ['визитом', 'vizit'],
    ['саммит', 'sammit'],
    ['саммита', 'sammit'],
    // "виза" (visa) is another word, no longer the same term as "визит"
    ['виза', 'viz'],
  ])('%s → %s', (word, term) => {
    expect(termOf(word, 'ru')).toBe(term);
  });

  it.each([
    // (word, Snowball's stem): a verb whose stem is longer than four letters keeps Snowball's cut
    ['говорит', 'говор', 'говор'],
    ['поддержит', 'поддерж', 'поддерж'],
    ['визит', 'виз', 'визит'],
    ['мира', 'мир', 'мир'],
  ])('%s (%s) → %s', (word, stem, kept) => {
    expect(keepShortIt(word, stem)).toBe(kept);
  });
});
