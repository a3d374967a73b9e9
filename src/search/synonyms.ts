import type { Language } from '../lib/language.js';
import { scriptLanguages, termOf } from './languageTerms.js';
import { tokenize } from './tokenize.js';
import { WORD_TABLES } from './wordTables.js';

type Other = Exclude<Language, 'en'>;

/**
 * A small bilingual vocabulary of the domain: Turkish, Russian and Kazakh words, written as people write them,
 * mapped to the English words kzt's facts use; both sides are folded and stemmed as queries are, by `npm run
 * tables` (a test holds each entry to one term). Names are not here: entity aliases in data/entities.json carry
 * them.
 */
export const SYNONYM_PAIRS: Record<Other, Array<[string, string]>> = {
  tr: [
    ['büyükelçilik büyükelçiliği büyükelçiliğin büyükelçiliğe elçilik elçiliği', 'embassy'],
    ['büyükelçi büyükelçisi elçi', 'ambassador'],
    ['konsolosluk konsolosluğu konsolosluklar', 'consulate'],
    ['ziyaret ziyareti ziyaretler ziyaretleri', 'visit'],
    ['anlaşma anlaşması anlaşmalar anlaşmaları antlaşma antlaşması', 'agreement treaty'],
    ['stratejik', 'strategic'],
    ['ortaklık ortaklığı', 'partnership'],
    ['genişletilmiş', 'enhanced'],
    // Each word to its own: "diplomatik ilişkiler" must need both words, as "diplomatic relations" does.
    ['ilişki ilişkiler ilişkileri', 'relation'],
    ['diplomatik', 'diplomatic'],
    ['ticaret ticareti', 'trade'],
    ['universite universitesi', 'university'],
    ['havayolu havayolları uçuş uçuşlar uçak', 'airline flight'],
    ['zirve zirvesi', 'summit'],
    ['başkent başkenti', 'capital'],
    ['bağımsızlık bağımsızlığı', 'independence'],
    ['tanıma tanıdı', 'recognised'],
    ['vize vizesiz', 'visa'],
    ['kuruluş kurulması', 'established'],
    ['açılış açılışı açıldı açtı', 'open'],
    ['işbirliği', 'cooperation'],
    ['konsey konseyi', 'council'],
    ['yıldönümü', 'anniversary'],
    ['cumhurbaskani', 'president'],
    ['basbakan', 'prime minister'],
    ['insansiz iha siha', 'drone'],
    ['deprem depremi depreminde depremler', 'earthquake'],
    // Topics (the tags facts carry), so that a question about one finds its facts in any language.
    ['eğitim eğitimi öğrenim', 'education'],
    ['öğrenci öğrencisi öğrenciler', 'student'],
    ['okul okulu okullar lise', 'school'],
    ['ekonomi ekonomisi ekonomik', 'economy'],
    ['yatırım yatırımı yatırımlar', 'investment'],
    ['kültür kültürü kültürel', 'culture'],
    ['ulaşım taşımacılık', 'transport'],
    ['havacılık', 'aviation'],
    ['savunma', 'defence'],
    ['güvenlik', 'security'],
    ['turizm turist turistler', 'tourism tourist'],
    ['enerji', 'energy'],
    ['petrol', 'oil'],
    ['doğalgaz', 'gas'],
    ['demiryolu', 'rail'],
    ['gümrük', 'customs'],
    ['vergi', 'tax'],
    ['sanayi', 'industry'],
    ['terör terörizm', 'terrorism'],
    ['sağlık', 'health'],
    ['din dini', 'religion'],
    ['spor', 'sport'],
    ['anıt heykel', 'monument'],
    ['meclis parlamento', 'parliament'],
    ['seçim seçimi seçimleri', 'election'],
    ['ödül nişan', 'award order'],
    ['yardım yardımı', 'aid'],
    ['insani', 'humanitarian'],
    ['kurtarma kurtarıcı', 'rescue rescuer'],
    ['diaspora', 'diaspora'],
    // People and meetings, as questions name them.
    ['lider liderler liderleri', 'leader head'],
    ['toplantı toplantısı toplantıda oturum', 'meeting session'],
    ['türkdilli', 'turkic'],
    ['hükümetlerarası', 'intergovernmental'],
  ],
  ru: [
    ['posolstvo posolstva', 'embassy'],
    ['posol', 'ambassador'],
    ['konsulstvo', 'consulate'],
    ['vizit vizita', 'visit'],
    ['soglashenie soglasheniya dogovor dogovora', 'agreement treaty'],
    ['strategicheskoe strategicheskogo', 'strategic'],
    ['partnerstvo partnerstva', 'partnership'],
    ['rasshirennoe', 'enhanced'],
    ['otnosheniya', 'relation'],
    ['diplomaticheskie', 'diplomatic'],
    ['torgovlya tovarooborot', 'trade'],
    ['stolitsa', 'capital'],
    ['nezavisimost nezavisimosti', 'independence'],
    ['universitet', 'university'],
    ['sammit', 'summit'],
    ['viza vizy bezvizovyy', 'visa'],
    ['открытие открытия открыл открылось', 'open'],
    ['prezident', 'president'],
    // Topics (written in Cyrillic: each word is also read with the Russian stemmer, so its other forms find it).
    ['землетрясение землетрясения землетрясений', 'earthquake'],
    ['образование образования', 'education'],
    ['студент студенты студентов', 'student'],
    ['школа школы лицей лицеи', 'school'],
    ['экономика экономики экономический', 'economy'],
    ['инвестиции инвестиций', 'investment'],
    ['культура культуры', 'culture'],
    ['транспорт', 'transport'],
    ['авиация', 'aviation'],
    ['оборона обороны', 'defence'],
    ['безопасность', 'security'],
    ['туризм туристы туристов', 'tourism tourist'],
    ['энергетика энергетики', 'energy'],
    ['нефть нефти', 'oil'],
    ['газ', 'gas'],
    ['таможня', 'customs'],
    ['налог налоги', 'tax'],
    ['промышленность', 'industry'],
    ['терроризм', 'terrorism'],
    ['здравоохранение', 'health'],
    ['религия', 'religion'],
    ['спорт', 'sport'],
    ['памятник', 'monument'],
    ['парламент', 'parliament'],
    ['выборы', 'election'],
    ['орден награда', 'award order'],
    ['помощь', 'aid'],
    ['гуманитарная гуманитарной', 'humanitarian'],
    ['спасатели спасателей спасатель', 'rescuer'],
    ['диаспора', 'diaspora'],
    ['лидер лидеры лидеров глава главы глав', 'leader head'],
    ['заседание заседания встреча встречи', 'meeting session'],
    ['тюркский тюркских тюркские тюркоязычный тюркоязычных', 'turkic'],
    ['межправкомиссия межправкомиссии мпк', 'intergovernmental commission'],
    // Compound abbreviations, as Russian news writes them: "дипотношения" are diplomatic relations.
    ['дипотношения дипотношений', 'diplomatic'],
    ['генконсульство генконсульства', 'consulate'],
    ['госвизит госвизита', 'visit'],
    ['минобразования', 'education'],
    ['минобороны', 'defence'],
  ],
  kk: [
    ['elshilik elshiligi', 'embassy'],
    ['elshi', 'ambassador'],
    ['sapar sapary', 'visit'],
    ['kelisim kelisimi', 'agreement'],
    ['strategiyalyk', 'strategic'],
    ['seriktestik', 'partnership'],
    ['keneytilgen', 'enhanced'],
    ['sauda', 'trade'],
    ['tauelsizdik', 'independence'],
    ['ашылу ашылуы ашты ашылды', 'open'],
    // Topics (in Cyrillic, also read with the Kazakh suffix rule).
    ['сілкініс сілкінісі', 'earthquake'],
    ['білім білімі', 'education'],
    ['студент студенттер', 'student'],
    ['мектеп лицей', 'school'],
    ['экономика', 'economy'],
    ['инвестиция', 'investment'],
    ['мәдениет', 'culture'],
    ['көлік', 'transport'],
    ['авиация', 'aviation'],
    ['қорғаныс', 'defence'],
    ['қауіпсіздік', 'security'],
    ['туризм турист туристер', 'tourism tourist'],
    ['энергетика', 'energy'],
    ['мұнай', 'oil'],
    ['кеден', 'customs'],
    ['салық', 'tax'],
    ['өнеркәсіп', 'industry'],
    ['терроризм', 'terrorism'],
    ['денсаулық', 'health'],
    ['дін', 'religion'],
    ['спорт', 'sport'],
    ['ескерткіш', 'monument'],
    ['парламент', 'parliament'],
    ['сайлау', 'election'],
    ['орден марапат', 'award order'],
    ['көмек', 'aid'],
    ['гуманитарлық', 'humanitarian'],
    ['құтқарушы құтқарушылар', 'rescuer'],
    ['диаспора', 'diaspora'],
    ['басшы басшылары басшылар көшбасшы', 'leader head'],
    ['отырыс отырысы кездесу кездесуі', 'meeting session'],
    ['түркі түркітілдес', 'turkic'],
    ['үкіметаралық', 'intergovernmental'],
  ],
};

/**
 * The English words a query word (lower-case, as typed) stands for: looked up as kzt reads it in English, and
 * in each language its script allows as that language's stemmer reads it, so that "землетрясении" finds what
 * "землетрясение" does. Each reading is looked up in its own language's words only: the Turkish root "kur" of
 * "kurulması" is not the English reading of Russian "курс". The table's words are read so when kzt is built
 * (WORD_TABLES), not at each start.
 */
export function englishFor(word: string): string[] {
  const out = new Set<string>();
  for (const reading of ['en', ...scriptLanguages(word)] as const) {
    const term = reading === 'en' ? (tokenize(word)[0] ?? '') : termOf(word, reading);
    for (const e of WORD_TABLES.synonyms[reading][term] ?? []) out.add(e);
  }
  return [...out];
}

/** Every word the table lists, as written, for the test that each folds to one term. */
export const SYNONYM_ENTRIES: readonly string[] = Object.values(SYNONYM_PAIRS).flatMap((pairs) =>
  pairs.flatMap(([from, to]) => `${from} ${to}`.split(' ')),
);
