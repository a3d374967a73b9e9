import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/fold.js';
import { nameTokens, stem, tokenize } from '../../src/search/tokenize.js';

describe('fold', () => {
  it.each([
    ['TÜRKİYE', 'turkiye'],
    ['Türkiye', 'turkiye'],
    ['Turkiye', 'turkiye'],
    ['Erdoğan', 'erdogan'],
    ['Kasım Cömert', 'kasim comert'],
    ['Şımkent', 'simkent'],
    ['Qazaqstan Respýblıkasy', 'qazaqstan respyblikasy'],
    ['Erdoǵan', 'erdogan'],
  ])('folds Latin %s to %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it.each([
    ['Токаев', 'tokaev'],
    ['Тоқаев', 'tokaev'],
    ['Астана', 'astana'],
    ['Эрдоган', 'erdogan'],
    ['Ердоған', 'erdogan'],
    ['Қазақстан', 'kazakstan'],
    ['Казахстан', 'kazakhstan'],
    ['Нұр-Сұлтан', 'nur-sultan'],
    ['Түркістан', 'turkistan'],
    ['Алматы', 'almaty'],
    ['Сапиев', 'sapiev'],
  ])('transliterates Cyrillic %s to %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('splits on punctuation, drops possessive s, stems plurals', () => {
    expect(tokenize("Türkiye's embassies and visits")).toEqual(['turkiye', 'embassy', 'and', 'visit']);
  });

  it('leaves -ss, -us and -is endings and short words alone', () => {
    expect(['process', 'status', 'analysis', 'gas'].map(stem)).toEqual([
      'process',
      'status',
      'analysis',
      'gas',
    ]);
  });

  it('adds the joined form of compound names', () => {
    expect(nameTokens('Nur-Sultan')).toEqual(['nur', 'sultan', 'nursultan']);
    expect(nameTokens('Alma-Ata')).toEqual(['alma', 'ata', 'almaata']);
  });
});
