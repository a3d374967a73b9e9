import { fold } from '../lib/fold.js';
import { WORD_TABLES } from './wordTables.js';

/**
 * Words that ask what a reference on relations between two states does not hold, in each of kzt's languages and the
 * forms a question asks with: fares and prices, hotels and restaurants, baggage, dormitories, tuition and salaries,
 * the weather ("How much is a ticket from Almaty to Istanbul?", "Ыстамбұлда қазақ асханасы бар ма?", "погода в
 * Анталье"), a country's own population, inflation and GDP, parcels, the papers a diploma needs abroad
 * (apostille, nostrification), property, water parks, customs clearance, tips and holiday vouchers. Such a question names places and airlines the facts hold, and found their facts.
 * Words with another sense in the domain are left out: Kazakh "баға" (price) is also an assessment ("қалай баға
 * берді"), Turkish "hava" (weather) is also the air of "hava yolları", and "cost" is what TİKA covered.
 */
export const OUT_OF_SCOPE_WORDS = `ticket tickets fare fares price prices hotel hotels restaurant restaurants
  cafe cafes weather baggage luggage dormitory dormitories tuition salary salaries
  bilet bileti biletleri biletler fiyat fiyatı fiyatları fiyatlar ücret ücreti ücretleri otel oteli otelde oteller
  restoran restoranı restoranlar restoranlarda lokanta bagaj bagajı harç harcı maaş maaşı
  билет билета билеты билетов билетом цена цены цену ценой цен отель отеля отели отелей гостиница гостиницы
  гостиницу ресторан ресторана рестораны ресторане ресторанов погода погоды погоду багаж багажа багажом
  общежитие общежития общежитии зарплата зарплаты зарплату
  билет билеті билетін билеттің билеттер қонақүй қонақүйі қонақүйде мейрамхана мейрамханасы мейрамханалар асхана
  асханасы асханалар жатақхана жатақханасы жатақханаға жатақхананы райы багаж багажы жалақы жалақысы
  population inflation gdp parcel parcels apostille
  nüfus nüfusu nüfusunu enflasyon enflasyonu gsyih gsyh kargo apostil
  население населения инфляция инфляции инфляцию ввп посылка посылку посылки апостиль апостилировать
  нострификация нострификации нострификацию
  инфляциясы жіө сәлемдеме сәлемдемені
  недвижимость недвижимости аквапарк аквапарки аквапарков растаможка растаможки растаможку
  bahşiş bahşişi жолдама жолдаманы жолдамасы`;

let folded: ReadonlySet<string> | undefined;

/**
 * Whether a query word (lower-case, as typed) asks for something outside kzt's scope (OUT_OF_SCOPE_WORDS, folded
 * when kzt is built: WORD_TABLES).
 */
export function isOutOfScope(word: string): boolean {
  folded ??= new Set(WORD_TABLES.outOfScope);
  return folded.has(fold(word));
}

/** What a phrase of OUT_OF_SCOPE_PHRASES asks for, as a message names it ("kzt holds no prices"). */
export type OutOfScopeTopic =
  'prices' | 'opening hours' | 'time differences' | 'money transfers' | 'flight times' | 'population figures';

/**
 * Phrases that ask a practical question a reference on relations between two states never answers, whatever words
 * its facts hold: what something costs now, when an office opens, the time difference, how to send money, how long
 * a flight takes, how many people live in a country. Their words alone are the facts' too ("стоит" is what a factory cost, "open" an embassy's opening,
 * "flight" a route), so the phrase decides. "…" stands for up to six words, and a word ending in "*" for the
 * words it begins. Each is in the present or the infinitive, as a practical question asks: "сколько стоил завод"
 * (what a factory cost) and "қанша ақша аударды" (how much money was sent) ask about the facts. A price is the one
 * such question a fact may answer: it finds the facts that state a cost (PRICE_WORDS), and nothing else.
 */
export const OUT_OF_SCOPE_PHRASES: Record<OutOfScopeTopic, readonly string[]> = {
  prices: [
    'how much does … cost',
    'how much do … cost',
    'what does … cost',
    'сколько стоит',
    'сколько стоят',
    'сколько … стоить',
    'ne kadar tutar',
    'ne kadar tutuyor',
    'kaça mal olur',
    'қанша тұрады',
    'бағасы қанша',
    'қаншаға түседі',
  ],
  'opening hours': [
    'opening hours',
    'what time … open*',
    'часы работы',
    'режим работы',
    'график работы',
    'во сколько … открыва*',
    'saat kaçta',
    'kaçta açıl*',
    'çalışma saatleri',
    'mesai saatleri',
    'жұмыс уақыты',
    'жұмыс кестесі',
    'қай сағатта',
    'сағат нешеде',
  ],
  'time differences': [
    'time difference',
    'разница во времени',
    'saat farkı',
    'уақыт айырмашылығы',
    'уақыт айырмасы',
  ],
  'money transfers': [
    'send money',
    'transfer money',
    'money transfer*',
    'перевести деньги',
    'отправить деньги',
    'перевод денег',
    'денежный перевод*',
    'para transfer*',
    'nasıl para gönder*',
    'para nasıl gönder*',
    'ақша аудару*',
    'ақша жіберу*',
  ],
  'flight times': [
    'how long … flight*',
    'how many hours … fly*',
    'flight time',
    'сколько … лететь',
    'время полёта',
    'длительность перелёта',
    'uçuş … kaç saat',
    'kaç saat … uçuş*',
    'uçuş süresi',
    'неше сағат ұша*',
    'қанша сағат ұша*',
    'ұшу уақыты',
  ],
  // A country's or a city's own population; not "the Kazakh population in Türkiye", which a fact counts, nor
  // "Қазақстан халқы" alone, which is also "the people of Kazakhstan" who sent aid.
  'population figures': [
    'population of kazakhstan',
    'population of turkey',
    'population of türkiye',
    'population of … city',
    'kazakhstan population',
    'turkey population',
    'türkiye population',
    'kazakistan nüfus*',
    'türkiye nüfus*',
    'население казахстана',
    'население турции',
    'численность населения',
    'қазақстан халқының саны',
    'қазақстанның халқының саны',
    'қазақстан халқы қанша',
    'қазақстанның халқы қанша',
    'түркия халқының саны',
    'түркияның халқының саны',
    'түркия халқы қанша',
    'түркияның халқы қанша',
  ],
};

/**
 * The words a fact states what something cost with, as its texts write them ("a USD 44 million plant", "стоимостью
 * 29 млрд долларов", "құны 44 млн доллар"): a question for a price is answered by such a fact only. "Сколько стоит
 * завод Tiryaki в Астане?" asks what a fact gives; "Сколько стоит обучение в турецком вузе?" finds nothing.
 */
export const PRICE_WORDS = {
  en: ['cost', 'worth'],
  tr: ['maliyet', 'maliyeti', 'değerinde'],
  ru: ['стоимость', 'стоимостью'],
  kk: ['құны'],
} as const;

/** How many words "…" stands for at most. */
const GAP = 6;

type Pattern = ReadonlyArray<{ word: string; prefix: boolean } | 'gap'>;

/**
 * The phrases by their first word, folded, so that a query of thousands of words looks each word up once. No phrase
 * begins with a gap or a prefix (a test holds every phrase to that).
 */
let byFirstWord: Map<string, Array<[OutOfScopeTopic, Pattern]>> | undefined;

/** Whether the pattern matches the words from position `at` on. */
function matchesAt(pattern: Pattern, p: number, words: readonly string[], at: number): boolean {
  if (p === pattern.length) return true;
  const part = pattern[p];
  if (part === undefined) return true;
  if (part === 'gap') {
    for (let skip = 0; skip <= GAP && at + skip <= words.length; skip++)
      if (matchesAt(pattern, p + 1, words, at + skip)) return true;
    return false;
  }
  const word = words[at];
  if (word === undefined) return false;
  if (part.prefix ? !word.startsWith(part.word) : word !== part.word) return false;
  return matchesAt(pattern, p + 1, words, at + 1);
}

/**
 * A phrase of OUT_OF_SCOPE_PHRASES as the tables keep it: each word folded, "…" as it is and a word's closing "*"
 * kept, so that kzt does not fold them at every start (WORD_TABLES, `npm run tables`).
 */
export function foldPhrase(phrase: string): string[] {
  return phrase
    .split(' ')
    .map((w) => (w === '…' ? w : `${fold(w.replace(/\*$/, ''))}${w.endsWith('*') ? '*' : ''}`));
}

/**
 * The practical question a query asks, when one of OUT_OF_SCOPE_PHRASES is in its words (lower-case, in order,
 * as typed); both are compared folded, so that Kazakh typed with Russian letters and Turkish without its own match.
 */
export function outOfScopePhrase(words: readonly string[]): OutOfScopeTopic | undefined {
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const [topic, phrases] of Object.entries(WORD_TABLES.phrases) as Array<
      [OutOfScopeTopic, string[][]]
    >) {
      for (const phrase of phrases) {
        const pattern: Pattern = phrase.map((w) =>
          w === '…' ? 'gap' : { word: w.replace(/\*$/, ''), prefix: w.endsWith('*') },
        );
        const first = pattern[0];
        if (first === undefined || first === 'gap' || first.prefix) continue;
        byFirstWord.set(first.word, [...(byFirstWord.get(first.word) ?? []), [topic, pattern]]);
      }
    }
  }
  const folded = words.map(fold);
  for (let at = 0; at < folded.length; at++)
    for (const [topic, pattern] of byFirstWord.get(folded[at] ?? '') ?? [])
      if (matchesAt(pattern, 0, folded, at)) return topic;
  return undefined;
}
