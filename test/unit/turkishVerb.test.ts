import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/languageTerms.js';
import { parseQuery } from '../../src/search/parseQuery.js';

// Hand-written pairs: a verb's forms and the nouns made from it meet at its root; nouns that only look like them
// stay themselves. The terms are folded, as the index holds them.
describe('the Turkish verb rule after Snowball', () => {
  it.each([
    // açmak (to open): past, passive past, participle, verbal nouns
    ['açtı', 'ac'],
    ['açıldı', 'ac'],
    ['açılan', 'ac'],
    ['açılması', 'ac'],
    ['açılışı', 'ac'],
    ['açtığı', 'ac'],
    ['açılmıştır', 'ac'],
    // katılmak (to take part): its -ıl is the verb's own, so the verb and its noun "katılım" meet
    ['katıldı', 'katil'],
    ['katılan', 'katil'],
    ['katılım', 'katil'],
    // kurmak (to found)
    ['kurdu', 'kur'],
    ['kuruldu', 'kur'],
    ['kurulması', 'kur'],
    // the converb -(y)Ip meets the verb's other forms
    ['arayıp', 'ara'],
    ['arayarak', 'ara'],
    ['aradı', 'ara'],
    ['gelip', 'gel'],
    ['imzalayıp', 'imzala'],
    ['imzaladı', 'imzala'],
    ['kuruluşu', 'kur'],
    // tanımak (to recognise): the past after a vowel, which Snowball leaves on
    ['tanıdı', 'tani'],
    ['tanıyan', 'tani'],
    ['tanınması', 'tani'],
    ['tanıdığı', 'tani'],
    // -la verbs and their passive in -n
    ['imzaladı', 'imzala'],
    ['imzalandı', 'imzala'],
    ['imzalanması', 'imzala'],
    ['başladı', 'basla'],
    // the passive -In after l
    ['alınan', 'al'],
    ['bulunan', 'bul'],
    // "can": the abilitative -(y)Abil with its aorist, alone or after the passive
    ['kalabilir', 'kal'],
    ['gelebilir', 'gel'],
    ['yapılabilir', 'yap'],
    // the present continuous -Iyor
    ['çalışıyor', 'calis'],
    ['geliyor', 'gel'],
    ['açılıyor', 'ac'],
    // and with the abilitative before it ("can stay", "can go")
    ['kalabiliyor', 'kal'],
    ['gidebiliyor', 'gid'],
    ['yapılabiliyor', 'yap'],
    // a verb whose stem ends in -Iş keeps it after the past or the reported past, as its noun in -mA does:
    // "görüştü" (met, talked) is not "gör" (to see), which "göre" (according to) also folds to
    ['görüştü', 'gorus'],
    ['görüşmüş', 'gorus'],
    ['görüşme', 'gorus'],
    ['görüşmesi', 'gorus'],
    ['konuştu', 'konus'],
    ['konuşma', 'konus'],
    ['çalıştı', 'calis'],
    ['çalışma', 'calis'],
  ])('%s → %s', (word, term) => {
    expect(termOf(word, 'tr')).toBe(term);
  });

  it.each([
    // "acil" (urgent) is not "aç" + passive: after "a" the passive would be -ıl
    ['acil', 'acil'],
    // a noun's -ul, -n or -di with no verb ending before it
    ['okullar', 'okul'],
    ['belediyeler', 'beledi'],
    ['belediye', 'beledi'],
    ['ziyareti', 'ziyaret'],
    // a noun in -ip with a root of two letters, and the English -ship a query word may end in
    ['ekip', 'ekip'],
    ['partnership', 'partnership'],
    ['citizenship', 'citizenship'],
    ['büyükelçiliği', 'buyukelcilik'],
  ])('%s stays %s', (word, term) => {
    expect(termOf(word, 'tr')).toBe(term);
  });

  it.each([
    // Snowball leaves one letter or none of a one-syllable root; its first syllable comes back
    ['günden', 'gun'],
    ['güne', 'gun'],
    ['günü', 'gun'],
    ['gün', 'gun'],
    ['aya', 'ay'],
    ['ayı', 'ay'],
    ['üye', 'uy'],
    // an abbreviation without a vowel is what it is
    ['tbmm', 'tbmm'],
  ])('keeps a syllable of a short root: %s → %s', (word, term) => {
    expect(termOf(word, 'tr')).toBe(term);
  });

  it('does not read a word as a stopword its root happens to spell', () => {
    // "çöküşü" (its collapse) has the root "çök", which folds to the stopword "çok" (very)
    expect(parseQuery('çöküşü')[0]?.alternatives).toEqual(['cokusu']);
  });
});
