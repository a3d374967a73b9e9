import { describe, expect, it } from 'vitest';
import { asksWho } from '../../src/search/asksWho.js';
import { extractDates } from '../../src/search/dateQuery.js';
import { extractDecades } from '../../src/search/decades.js';
import { fold } from '../../src/lib/fold.js';
import { dropHyphenCase } from '../../src/search/kazakhHyphenCase.js';
import { isOutOfScope, OUT_OF_SCOPE_PHRASES, outOfScopePhrase } from '../../src/search/outOfScope.js';
import { holdsPhrase, setPhrasesIn } from '../../src/search/setPhrases.js';
import { isThirdCountry } from '../../src/search/thirdCountries.js';
import { kazakhStem } from '../../src/search/kazakhStem.js';
import {
  derivedNames,
  PLAIN_TYPED,
  plainTurkishTerm,
  queryReadings,
  termOf,
  termsOf,
} from '../../src/search/languageTerms.js';
import { MONTH_ENTRIES, monthOf } from '../../src/search/monthWords.js';
import { parseQuery } from '../../src/search/parseQuery.js';
import { isStopword } from '../../src/search/stopwords.js';
import { turkishHarmony } from '../../src/search/turkishHarmony.js';
import { words } from '../../src/search/tokenize.js';

describe('dates typed the way people write them', () => {
  it.each([
    ['2 March 1992', ['@1992-03-02']],
    ['2 Mart 1992', ['@1992-03-02']],
    ['2 марта 1992', ['@1992-03-02']],
    ['2 марта 1992 г.', ['@1992-03-02']],
    ['1992 жылғы 2 наурыз', ['@1992-03-02']],
    ['1992 жылы 2 наурызда', ['@1992-03-02']],
    ['16 Aralık 1991', ['@1991-12-16']],
    ["16 Aralık 1991'de", ['@1991-12-16']],
    ['22 октября 2009', ['@2009-10-22']],
    ['12 Oct 2022', ['@2022-10-12']],
    ['October 22, 2009', ['@2009-10-22']],
    ['1992-03-02', ['@1992-03-02']],
    ['02.03.1992', ['@1992-03-02']],
    ['March 1992', ['@1992-03']],
    ['Ekim 1992', ['@1992-10']],
    ['октябре 1992 года', ['@1992-10']],
    ['1992 жылғы қазан', ['@1992-10']],
    ['1992-10', ['@1992-10']],
  ])('%s', (query, terms) => {
    expect(extractDates(query)).toEqual({ terms, rest: '' });
  });

  it('keeps the other words, and leaves a year alone as a word', () => {
    expect(extractDates('Erdoğan visit 12 Oct 2022 Astana')).toEqual({
      terms: ['@2022-10-12'],
      rest: 'erdoğan visit astana',
    });
    expect(extractDates('ankara visit 2015')).toEqual({ terms: [], rest: 'ankara visit 2015' });
  });

  it('takes no date that is not in the calendar, and no number that is not a day', () => {
    expect(extractDates('30 February 2022').terms).toEqual([]);
    expect(extractDates('40 March 1992').terms).toEqual([]);
    expect(extractDates('1992-13-01').terms).toEqual([]);
    expect(extractDates('4,000 companies').rest).toBe('4000 companies');
  });

  it('knows each month name as one word, and in every language', () => {
    for (const entry of MONTH_ENTRIES) expect([entry, words(entry).length]).toEqual([entry, 1]);
    expect(['Mart', 'марта', 'наурыз', 'March', 'mar'].map(monthOf)).toEqual([3, 3, 3, 3, 3]);
  });
});

describe('decades typed the way people write them', () => {
  it.each([
    ['1990s', 1990, 1999],
    ["the '90s", 1990, 1999],
    ['the nineties', 1990, 1999],
    ['early 2000s', 2000, 2004],
    ['mid-1990s', 1993, 1997],
    ['late 1990s', 1996, 1999],
    ["1990'lar", 1990, 1999],
    ["90'ların başında", 1990, 1994],
    ["2000'li yılların sonunda", 2006, 2009],
    ['doksanlarda', 1990, 1999],
    ['1990-е годы', 1990, 1999],
    ['в начале 2000-х', 2000, 2004],
    ['в середине 90-х', 1993, 1997],
    ['девяностые', 1990, 1999],
    ['1990-жылдары', 1990, 1999],
    ['1990-жылдардың басында', 1990, 1994],
    ['тоқсаныншы жылдары', 1990, 1999],
  ])('%s', (query, from, to) => {
    const { spans, rest } = extractDecades(query);
    expect(spans.map((s) => [s.from, s.to])).toEqual([[from, to]]);
    expect(rest.replace(/\bthe\b/, '').trim()).toBe('');
  });

  it('reads no decade in a year, an ordinal or a range of years', () => {
    for (const query of ['visit 1990', 'в 1990-м году', '10-е заседание', '11-е заседание', '1992 жылдары']) {
      expect([query, extractDecades(query)]).toEqual([query, { spans: [], rest: query }]);
    }
    expect(extractDecades('2010-2020 жылдары').spans).toEqual([]);
  });

  it('keeps the words around it, and a word after it that is not a part of the decade', () => {
    expect(extractDecades("90'ların başında Nazarbayev").rest.trim()).toBe('Nazarbayev');
    expect(extractDecades('1990-жылдары бас қосты').rest.trim()).toBe('бас қосты');
  });
});

describe('the Kazakh suffix rule', () => {
  it.each([
    ['қатынастар', 'қатынас'],
    ['қатынастарды', 'қатынас'],
    ['елшілігі', 'елшілік'],
    ['елшілігін', 'елшілік'],
    ['тәуелсіздігін', 'тәуелсіздік'],
    ['Қазақстанның'.toLowerCase(), 'қазақстан'],
    ['анкарадағы', 'анкара'],
    ['сапарымен', 'сапар'],
    ['кеңесінің', 'кеңес'],
    ['ашылды', 'аш'],
    ['ашты', 'аш'],
    // the present and the participle, also where the stem's ы or і fused with the ending's й into и
    ['оқиды', 'оқы'],
    ['оқитын', 'оқы'],
    ['оқыды', 'оқы'],
    ['оқыған', 'оқы'],
    ['келеді', 'кел'],
    ['барады', 'бар'],
    // after й, -ды/-ді is the past or the accusative, never the fused present -иды: й stays, as before -ыл, -ған
    ['қойды', 'қой'],
    ['қойылды', 'қой'],
    ['қойған', 'қой'],
    ['октайды', 'октай'],
    ['әуежайды', 'әуежай'],
    ['үйді', 'үй'],
    // the participle with the locative, "when ... -ed"
    ['келгенде', 'кел'],
    ['ашылғанда', 'аш'],
    ['болғанда', 'бол'],
    // the adjective of time -ғы/-гі, -қы/-кі after a voiceless consonant: "жылғы" is of the year, not "жылқы", horse
    ['жылғы', 'жыл'],
    ['бұрынғы', 'бұрын'],
    ['кейінгі', 'кейін'],
    ['кешкі', 'кеш'],
    ['жылқы', 'жылқ'],
    ['түркі', 'түрк'],
    // "my" and "your" are no endings: a noun that ends in -ім keeps it, with its possessive or without
    ['келісім', 'келісім'],
    ['келісімі', 'келісім'],
    ['келісімге', 'келісім'],
    ['білім', 'білім'],
    // -на, -нда take the н a case has after the possessive; after any other letter the н is the word's own
    ['қазақстанда', 'қазақстан'],
    ['қазақстаннан', 'қазақстан'],
    ['астанасына', 'астанас'],
    ['елшілігінде', 'елшілік'],
    ['астана', 'астана'],
    ['дипломатиялық', 'дипломатиялық'],
    ['елші', 'елші'],
    // typed on a Russian keyboard, with и, к, у, о, н for і, қ, ү/ұ, ө, ң: stemmed as the Kazakh spelling is
    ['елшилигинин', 'елшілік'],
    ['катынастарды', 'қатынас'],
  ])('%s → %s (folded)', (word, stem) => {
    expect(kazakhStem(word)).toBe(fold(stem));
  });
});

describe('Russian nouns that drop a vowel before their endings', () => {
  it.each([
    ['посла', 'посол'],
    ['послом', 'посол'],
    ['послы', 'посол'],
    ['дня', 'день'],
    ['днём', 'день'],
    ['звонка', 'звонок'],
    ['конца', 'конец'],
  ])('%s is read as %s', (form, nominative) => {
    expect(termOf(form, 'ru')).toBe(termOf(nominative, 'ru'));
  });

  it('leaves "после" (after) and other words alone', () => {
    expect(termOf('после', 'ru')).not.toBe(termOf('посол', 'ru'));
    expect(termOf('послание', 'ru')).not.toBe(termOf('посол', 'ru'));
    expect(termOf('днепр', 'ru')).not.toBe(termOf('день', 'ru'));
  });

  it('finds a Russian question about an ambassador asked in the genitive', () => {
    // "посла Сапиева": the facts write "посол", and "посла" had been read as the stopword "после".
    expect(parseQuery('слова посла Сапиева').flatMap((t) => t.alternatives)).toContain(termOf('посол', 'ru'));
  });
});

describe('reading words in every language', () => {
  it('stems each language with its own stemmer, then folds', () => {
    expect(termsOf("Kazakistan'ın büyükelçiliği ilişkileri", 'tr')).toEqual([
      'kazakis',
      'buyukelcilik',
      'iliski',
    ]);
    expect(termsOf('дипломатических отношений', 'ru')).toEqual(['diplomatichesk', 'otnosh']);
    expect(termsOf('дипломатиялық қатынастар', 'kk')).toEqual(['diplomatiyalyk', 'katynas']);
  });

  it('reads a query word in the languages its script allows', () => {
    expect(queryReadings('ilişkileri')).toEqual([
      ['en', 'iliskileri'],
      ['tr', 'iliski'],
    ]);
    expect(queryReadings('отношений')).toEqual([
      ['en', 'otnoshenii'],
      ['ru', 'otnosh'],
      ['kk', 'otnoshenii'],
    ]);
    // Kazakh typed on a Russian keyboard: э for ә, read also as the Kazakh word.
    expect(queryReadings('эуежайы').at(-1)).toEqual(['kk', termOf('әуежайы', 'kk')]);
    expect(queryReadings('экономика').map(([lang]) => lang)).toEqual(['en', 'ru', 'kk', 'kk']);
    // A Turkish word typed in capitals: its İ is an i, so the Turkish stemmer reads it as typed in lower case.
    expect(parseQuery('İLİŞKİLERİ')[0]?.alternatives).toContain('iliski');
    // A Kazakh noun ending in a vowel, with its possessive -сы/-сі (and a case ending): read also without them.
    expect(queryReadings('визасын').at(-1)).toEqual(['kk', 'viza']);
    expect(queryReadings('мәлімдемесі').at(-1)).toEqual(['kk', 'malimdeme']);
    expect(queryReadings('астанасында').at(-1)).toEqual(['kk', 'astana']);
    // after a consonant, -сы is a root's с and the possessive -ы: no other reading
    expect(queryReadings('курсы').filter(([lang]) => lang === 'kk')).toEqual([['kk', 'kurs']]);
    // Turkish typed without Turkish letters: read also with the suffix vowels vowel harmony gives them
    expect(termOf('uluslararasi', 'tr')).not.toBe(termOf('uluslararası', 'tr'));
    expect(queryReadings('uluslararasi')).toContainEqual(['tr', termOf('uluslararası', 'tr')]);
    expect(queryReadings('anlasmasi')).toContainEqual(['tr', termOf('anlaşması', 'tr')]);
  });

  it('reads a Turkish word typed without Turkish letters as the words of the texts it stands for', () => {
    // Snowball takes "bağışlar" (donations) to "bağ", but "bagislar" as typed only to "bagis"
    expect([termOf('bağışlar', 'tr'), termOf('bagislar', 'tr')]).toEqual(['bag', 'bagis']);
    expect(plainTurkishTerm('bağışlar')).toBe(`${PLAIN_TYPED}bagis`);
    expect(plainTurkishTerm('bagislar')).toBeUndefined();
    // a word in a–z reads it as another form of the word, which weighs only where nothing else matches
    const [plain] = parseQuery('bagislar');
    expect(plain?.forms).toEqual([`${PLAIN_TYPED}bagis`]);
    expect(plain?.alternatives.filter((a) => a.startsWith(PLAIN_TYPED))).toEqual([]);
    expect(parseQuery('bağışlar')[0]?.forms).toBeUndefined();
    expect(parseQuery('бағыт')[0]?.forms).toBeUndefined();
  });

  it('puts back the suffix vowels of Turkish typed without Turkish letters, as vowel harmony has them', () => {
    expect(turkishHarmony('uluslararasi')).toBe('uluslararası');
    expect(turkishHarmony('kazakistanin')).toBe('kazakistanın');
    expect(turkishHarmony('anlasmasinin')).toBe('anlasmasının');
    // only the last two vowels: a borrowed root keeps its own ("liman", "üniversite")
    expect(turkishHarmony('havalimani')).toBe('havalimanı');
    expect(turkishHarmony('universitesi')).toBeUndefined();
    // nothing to change (a front i, or a u that may be ü), or typed with Turkish letters, or not Latin
    expect(turkishHarmony('ziyareti')).toBeUndefined();
    expect(turkishHarmony('gorusmesi')).toBeUndefined();
    expect(turkishHarmony('anlaşması')).toBeUndefined();
    expect(turkishHarmony('визасы')).toBeUndefined();
  });

  it('drops the stopwords of every language from whole questions', () => {
    expect(parseQuery('diplomatik ilişkiler ne zaman kuruldu').map((t) => t.word)).toEqual([
      'diplomatik',
      'iliskiler',
      'kuruldu',
    ]);
    expect(parseQuery('когда Турция признала Казахстан').map((t) => t.word)).toEqual([
      'turtsiya',
      'priznala',
      'kazakhstan',
    ]);
    expect(parseQuery('Түркия Қазақстанды қашан таныды').map((t) => t.word)).toEqual([
      'turkiya',
      'kazakstandy',
      'tanydy',
    ]);
    expect(
      [
        'году',
        'yılında',
        'жылы',
        // "since which year": "hangi yıldan beri", "қай жылдан бері"
        'yıldan',
        'жылдан',
        'жылдың',
        'жылына',
        // question words in their other forms: "with whom", "what" (plural)
        'kimlerle',
        'кімдермен',
        'neleri',
        // "country" and "city" in more of their forms
        'страна',
        'елдерінің',
        'şehrinde',
        'қалалар',
        'the',
        'hangi',
        'какая',
        'қандай',
        'после',
        'sonra',
        'кейін',
        'почему',
        'niçin',
        'неге',
        // Turkish "with what", "so far" ("bugüne kadar"), "how much worth" ("ne kadarlık")
        'neyle',
        'bugüne',
        'kadarlık',
        // the Kazakh light verb "ет" (to do) of "төрағалық ету" (to chair), "рұқсат етілді" (was allowed)
        'етуі',
        'етті',
        'етілді',
      ].every(isStopword),
    ).toBe(true);
  });

  it('knows the words that ask for what a reference on two states does not hold, in every language', () => {
    for (const word of [
      'ticket',
      'fares',
      'weather',
      'bileti',
      'fiyatı',
      'oteller',
      'билета',
      'погоду',
      'гостиницы',
      'билеті',
      'асханасы',
      'жатақхана',
      // a country's own figures, parcels, papers for a diploma
      'population',
      'gdp',
      'enflasyon',
      'nüfusu',
      'инфляция',
      'населения',
      'посылку',
      'нострификация',
      'сәлемдеме',
      // property, water parks, customs clearance, tips, holiday vouchers
      'недвижимость',
      'аквапарки',
      'растаможка',
      'bahşiş',
      'жолдама',
    ])
      expect([word, isOutOfScope(word)]).toEqual([word, true]);
    // words with another sense in the domain: an assessment, the air of the airlines, what TİKA covered, a course
    for (const word of ['баға', 'бағасы', 'hava', 'havalimanı', 'cost', 'курс', 'yurt'])
      expect([word, isOutOfScope(word)]).toEqual([word, false]);
  });

  it('reads a practical question kzt never answers by its phrase, in every language and typed plainly', () => {
    const scope = (q: string) => parseQuery(q).find((t) => t.scope)?.scope;
    for (const [q, topic] of [
      ['How much does a flight from Almaty to Istanbul cost?', 'prices'],
      ['Сколько стоит обучение в турецком вузе?', 'prices'],
      ['Алматыдан Анталияға тур қанша тұрады?', 'prices'],
      ['Алматыдан Анталияға тур канша турады', 'prices'],
      ['Анталья тур бағасы қанша?', 'prices'],
      ["İstanbul'daki Kazakistan Başkonsolosluğu saat kaçta açılıyor?", 'opening hours'],
      ['Istanbul Kazakistan Baskonsoloslugu saat kacta', 'opening hours'],
      ['Часы работы консульства Турции в Алматы', 'opening hours'],
      ['Анкарадағы Қазақстан елшілігінің жұмыс уақыты', 'opening hours'],
      ['What is the time difference between Astana and Ankara?', 'time differences'],
      ['Как перевести деньги из Казахстана в Турцию?', 'money transfers'],
      ['Türkiye’den Kazakistan’a para nasıl gönderilir?', 'money transfers'],
      ["İstanbul'dan Almatı'ya direkt uçuş kaç saat sürüyor?", 'flight times'],
      ['Алматыдан Ыстамбұлға ұшақпен неше сағат ұшады?', 'flight times'],
      ['What is the population of Kazakhstan in 2025?', 'population figures'],
      ["Türkiye'nin nüfusu 2025", 'population figures'],
      ['Түркияның халқы қанша?', 'population figures'],
    ])
      expect([q, scope(q as string)]).toEqual([q, topic]);
    // every phrase, written out with a word for each gap, is read as its own topic
    for (const [topic, phrases] of Object.entries(OUT_OF_SCOPE_PHRASES))
      for (const phrase of phrases) {
        const words = phrase.split(' ').map((w) => (w === '…' ? 'word' : w.replace(/\*$/, 'ы')));
        expect([phrase, outOfScopePhrase(words)]).toEqual([phrase, topic]);
      }
    // what something cost, money that was sent, an opening or a flight that happened: questions about the facts
    for (const q of [
      'Сколько стоил завод «Казахстан Аселсан инжиниринг» в Астане?',
      'қазақстандықтар AFAD шотына қанша ақша аударды',
      'How much money did Kazakhstan send to Türkiye after the earthquake?',
      "Nazarbayev'e göre bağımsızlıktan bu yana Türk yatırımları ne kadara ulaştı?",
      'When did the Turkish embassy open in Almaty?',
      'How long can Turkish citizens stay in Kazakhstan without a visa?',
      'Turkish Airlines first flight Almaty',
      // the people of Kazakhstan who sent aid, and the Kazakhs living in Türkiye, whom a fact counts
      'Қазақстан халқы жер сілкінісінен кейін Түркияға қанша көмек жинады?',
      "Türkiye'deki Kazak nüfusu ne kadar?",
    ])
      expect([q, scope(q)]).toEqual([q, undefined]);
  });

  it('reads the set phrases a query names, in every language, and finds them in a text as whole words', () => {
    const names = (q: string) => setPhrasesIn(q).map((p) => p.name);
    const cases: Array<[string, string]> = [
      ['kazakhstan turkiye free trade agreement', 'free trade'],
      ['Kazakistan ile Türkiye serbest ticaret anlaşması imzalayacak mı?', 'free trade'],
      ['соглашение о свободной торговле', 'free trade'],
      ['Қазақстан мен Түркия арасында қос азаматтық туралы келісім бар ма?', 'dual citizenship'],
      ['Almatı ile İstanbul kardeş şehir mi?', 'sister cities'],
      ['Түркістан мен Бурса бауырлас қалалар ма?', 'sister cities'],
      ['города-побратимы Казахстана и Турции', 'sister cities'],
    ];
    for (const [q, name] of cases) expect([q, names(q)]).toEqual([q, [name]]);
    // the words one by one: visa-free travel, citizens, brotherly countries
    for (const q of [
      'visa-free travel and trade',
      'Kazakh citizens in Türkiye',
      'kardeş ülkeler Kazakistan Türkiye',
    ])
      expect([q, names(q)]).toEqual([q, []]);
    const [fta] = setPhrasesIn('free trade agreement');
    expect(holdsPhrase('They opened talks on a free-trade agreement.', fta?.forms ?? [])).toBe(true);
    expect(holdsPhrase('Visa-free travel began; trade grew.', fta?.forms ?? [])).toBe(false);
    expect(holdsPhrase('Stopped the carefree trade.', fta?.forms ?? [])).toBe(false);
  });

  it('knows the names of other countries in every language, in their forms, and not the two countries', () => {
    for (const word of [
      'china',
      'китая',
      'китайский',
      'қытаймен',
      'çin',
      'özbekistan',
      'узбекистана',
      'өзбекстан',
      'azerbaycan',
      'türkmenistan',
      'kırgızistan',
      'kirgizistan',
      'россии',
      'ресей',
      'moğolistan',
      'abd',
      'американский',
      'almanya',
      'грузии',
      'ukrayna',
    ])
      expect([word, isThirdCountry(word)]).toEqual([word, true]);
    // the two countries, Turkic, the cities of Turkic summits, and words that begin like a name
    for (const word of [
      'türkiye',
      'турции',
      'kazakhstan',
      'қазақстан',
      'turkic',
      'türk',
      'бишкек',
      'baku',
      'çini',
      'груз',
    ])
      expect([word, isThirdCountry(word)]).toEqual([word, false]);
  });

  it('reads a Kazakh case ending after a hyphen as part of the word it follows, not as a word', () => {
    expect(dropHyphenCase('АӨСШК-ге')).toBe('АӨСШК');
    expect(dropHyphenCase('ТМҰ-ның саммиті')).toBe('ТМҰ саммиті');
    expect(dropHyphenCase('40-тан 93-ке дейін')).toBe('40 93 дейін');
    // hyphenated words keep their halves
    for (const text of ['қазақ-түрік', 'Алма-Ата', 'бір-біріне', 'Нұр-Сұлтан', 'COVID-19'])
      expect(dropHyphenCase(text)).toBe(text);
    expect(
      parseQuery('Түркия АӨСШК-ге қай жылға дейін төрағалық етуі керек еді?').map((t) => t.surface),
    ).toEqual(['түркия', 'аөсшк', 'төрағалық']);
  });

  it('drops a stopword only in the script it is written in: Kazakh "елдер" is one, English "elder" is not', () => {
    expect(['елдер', 'ел', 'екі'].every(isStopword)).toBe(true);
    expect(['elder', 'el', 'eki'].some(isStopword)).toBe(false);
    expect(parseQuery('council of elders').map((t) => t.surface)).toEqual(['council', 'elders']);
  });

  it('reads "how many" in every language as asking for a figure', () => {
    for (const q of [
      'how many rescuers',
      'kaç kurtarıcı',
      'kaç tane kurtarıcı',
      'ne kadar kurtarıcı',
      'сколько спасателей',
      'қанша құтқарушы',
      'неше құтқарушы',
      // typed without Turkish or Kazakh letters
      'kac kurtarici',
      'канша куткарушы',
    ]) {
      const terms = parseQuery(q);
      expect([q, terms.filter((t) => t.framing).map((t) => t.surface)]).toEqual([q, ['figure']]);
      expect([q, terms.filter((t) => !t.framing).length]).toEqual([q, 1]);
    }
    // an ordinal asks for a rank, not a count
    expect(parseQuery('kaçıncı zirve').some((t) => t.framing)).toBe(false);
  });

  it('reads "how many times" and "number of" in every language as asking for a figure, without their words', () => {
    for (const [q, left] of [
      ['kaç kez gitti', 'gitti'],
      ['kurtarıcı sayısı kaçtı', 'kurtarıcı'],
      ['сколько раз приезжал', 'приезжал'],
      ['количество спасателей', 'спасателей'],
      ['қанша рет барды', 'барды'],
      ['құтқарушылар саны', 'құтқарушылар'],
      ['kurtarici sayisi', 'kurtarici'],
      ['kac kere gitti', 'gitti'],
    ] as const) {
      const terms = parseQuery(q);
      expect([q, terms.map((t) => [t.surface, t.framing ?? false])]).toEqual([
        q,
        [
          [left, false],
          ['figure', true],
        ],
      ]);
    }
  });

  it('knows a question that asks who, in every language, with or without its own letters', () => {
    for (const q of [
      'Who was the first ambassador?',
      'whom did Erdoğan meet',
      "Kazakistan'ın Mersin'deki fahri konsolosu kim?",
      'İLK BÜYÜKELÇİ KİMDİR',
      'ilk buyukelci kimdi',
      'Кто стал послом?',
      'кому вручили орден',
      'Мерсиндегі құрметті консул кім?',
      'консулы кимдер',
      'Fidan Ankara’da kimlerle görüştü?',
      'Тоқаев Анкарада кімдермен кездесті?',
    ])
      expect([q, asksWho(q)]).toEqual([q, true]);
    for (const q of [
      'whole trade',
      'kimya anlaşması',
      'когда прошёл саммит',
      'кімдік куәлік',
      'Mersin consul',
    ])
      expect([q, asksWho(q)]).toEqual([q, false]);
  });

  it('reads a "how many" that asks how long something took as no framing', () => {
    for (const q of [
      'сколько длилось строительство',
      'kaç ay sürdü inşaat',
      'how many years construction',
      'құрылыс қанша уақыт',
      'vizesiz ne kadar süre kalabiliyor',
      'kac ay surdu insaat',
    ]) {
      expect([q, parseQuery(q).some((t) => t.framing)]).toEqual([q, false]);
    }
    expect(parseQuery('сколько спасателей').some((t) => t.framing)).toBe(true);
    expect(parseQuery('ticaret hacmi ne kadar').some((t) => t.framing)).toBe(true);
  });

  it('reads the verbs a question asks what someone said with as asking for a statement or a quote', () => {
    for (const q of [
      'what did Sapiyev say about visits',
      'Sapiyev ziyaretleri nasıl değerlendirdi',
      'как Сапиев оценил визиты',
      'по словам Сапиева визиты',
      'Сапиев сапарларды қалай бағалады',
      'Сапиевтің айтуынша сапарлар',
    ]) {
      const framing = parseQuery(q).filter((t) => t.framing);
      expect([q, framing.map((t) => t.alternatives)]).toEqual([q, [['statement', 'quot']]]);
    }
    // a count asked for in the same question stays a count
    expect(parseQuery('how many visits did he say').find((t) => t.framing)?.surface).toBe('figure');
  });

  it('drops what questions in every language say around their subject: the two countries, modals, question words', () => {
    for (const [q, words] of [
      ['iki ülke arasındaki ticaret', ['ticaret']],
      ['ticaret ülkeleri', ['ticaret']],
      ['торговля двух стран', ['торговля']],
      ['могли ли студенты', ['студенты']],
      ['екі ел арасындағы сауда', ['сауда']],
      ['хатшылық қашаннан бері', ['хатшылық']],
      ['Kazakistan şimdiye kadar', ['kazakistan']],
      ['visits so far', ['visits']],
      // the "did" of Turkish compound verbs ("ziyaret etti", visited)
      ['ziyaret etti', ['ziyaret']],
      ['ziyaret eden', ['ziyaret']],
      // "what" in the plural
      ['neler konuşuldu', ['konuşuldu']],
      ['нелер талқыланды', ['талқыланды']],
      ['министр келген еді', ['министр', 'келген']],
      ['барлығы сапар', ['сапар']],
      // "by how much", and "become" as it goes with an adjective ("насколько короче станет")
      ['насколько короче станет коридор', ['короче', 'коридор']],
      ['в каких регионах', ['регионах']],
      // the "time" of "for the first time" ("ikinci kez toplandı" is no answer to "ilk kez nerede toplandı");
      // an ordinal comes after the words
      ['ikinci kez toplandı', ['toplandı', 'ikinci']],
      ['второй раз собрался', ['собрался', 'второй']],
      ['екінші рет кездесті', ['кездесті', 'екінші']],
      // "in total", as "барлығы" is; the Turkish stemmer reads "toplam" as "toplantı" (meeting) is read
      ['toplam anlaşma', ['anlaşma']],
      ['всего соглашений', ['соглашений']],
      // "inside", "within": where, not what
      ['cooperation inside international organisations', ['cooperation', 'international', 'organisations']],
      ['within the programme', ['programme']],
      ['örgütler içinde işbirliği', ['örgütler', 'işbirliği']],
      ['anlaşma çerçevesinde', ['anlaşma']],
      ['в рамках визита', ['визита']],
      ['ұйымдар ішінде ынтымақтастық', ['ұйымдар', 'ынтымақтастық']],
      ['сапар аясында', ['сапар']],
    ] as const) {
      expect([q, parseQuery(q).map((t) => t.surface)]).toEqual([q, words]);
    }
  });

  it('reads Russian compound abbreviations as the words they shorten', () => {
    expect(parseQuery('дипотношений')[0]?.alternatives).toContain('diplomatic');
    expect(parseQuery('Минобразования')[0]?.alternatives).toContain('education');
    expect(parseQuery('генконсульство')[0]?.alternatives).toContain('consulat');
    // the people too: a consul general, a secretary general
    expect(parseQuery('генконсул')[0]?.alternatives).toContain('consul');
    expect(parseQuery('генсека')[0]?.alternatives).toContain('secretary');
  });

  it('searches topic words of every language, in any of their forms, also as the English the tags use', () => {
    for (const [word, english] of [
      ['землетрясении', 'earthquak'],
      ['землетрясения', 'earthquak'],
      ['depreminde', 'earthquak'],
      ['сілкінісінен', 'earthquak'],
      ['образования', 'education'],
      ['eğitimde', 'education'],
      // the domain's words in Russian and Kazakh as in Turkish: anniversaries, cooperation, consulates
      ['юбилея', 'anniversary'],
      ['мерейтойы', 'anniversary'],
      ['сотрудничества', 'cooperation'],
      ['ынтымақтастығы', 'cooperation'],
      ['консулдығы', 'consulat'],
    ] as const)
      expect([word, parseQuery(word)[0]?.alternatives]).toEqual([word, expect.arrayContaining([english])]);
    // each language's reading is looked up among its own words only: Russian "курс" is not Turkish "kur(ulması)"
    expect(parseQuery('курс')[0]?.alternatives).not.toContain('establish');
  });

  it("drops a reading only for a stopword of the reading's own language", () => {
    // Kazakh "өткен" (past, held) has the root "өт", which folds as the Russian stopword "от" (from) does.
    expect(parseQuery('өткен')[0]?.alternatives).toContain('ot');
    // Turkish "çöküşü" (its collapse) read as "çök" would be the Turkish stopword "çok" (very).
    expect(parseQuery('çöküşü')[0]?.alternatives).not.toContain('cok');
  });

  it('marks the words typed with a capital letter, whatever their script or inflection, but a sentence start', () => {
    const capitalized = (query: string) =>
      parseQuery(query)
        .filter((t) => t.capitalized)
        .map((t) => t.surface);
    expect(capitalized("zirve Bodrum'da yapılan Türk Konseyi")).toEqual(['bodrum', 'türk', 'konseyi']);
    expect(capitalized('Елші Сапиев Түркияға келді')).toEqual(['сапиев', 'түркияға']);
    // a sentence's first word has a capital whatever it is: it counts only when written all in capitals
    expect(capitalized('Проводили ли Казахстан и Турция учения? Учения')).toEqual(['казахстан', 'турция']);
    expect(capitalized('ТИКА Қызылордада')).toEqual(['тика', 'қызылордада']);
    expect(capitalized('саммит в «Анталье» и (ТюркПА)')).toEqual(['анталье', 'тюркпа']);
    expect(capitalized('bodrum zirvesi 2014')).toEqual([]);
  });

  it('reads an adjective or demonym of a name also as the name, a little less surely', () => {
    expect(derivedNames('қазақстандық')).toEqual(['kazakstan']);
    expect(derivedNames('қазақстандықтар')).toEqual(['kazakstan']);
    expect(derivedNames('казахстанских')).toEqual(['kazakhstan']);
    expect(derivedNames('kazakistanlı')).toEqual(['kazakistan']);
    expect(derivedNames('ankaralılar')).toEqual(['ankara']);
    // short bases stay as they are: "елшілік" (embassy) is not "елші" (ambassador), "önemli" not "önem"
    expect([...derivedNames('елшілік'), ...derivedNames('önemli'), ...derivedNames('ulusal')]).toEqual([]);
    expect(parseQuery('қазақстандық')[0]?.derived).toEqual(['kazakstan']);
  });

  it('marks Turkish and Russian verbs in the past tense, not the nouns that end as they do, nor Kazakh ones but the last', () => {
    const verbs = (query: string) =>
      parseQuery(query)
        .filter((t) => t.pastVerb)
        .map((t) => t.surface);
    expect(verbs("Tokayev Erdoğan'a hangi nişanı verdi")).toEqual(['verdi']);
    expect(verbs('Erdoğan Kazakistana ne zaman gitti, anlaşmalar imzalandılar mı')).toEqual([
      'gitti',
      'imzalandılar',
    ]);
    // "toplantı" (meeting) and "başkenti" (its capital) are nouns: a verb's -tı/-ti never follows an n
    expect(verbs('toplantı başkenti')).toEqual([]);
    expect(verbs('Какую награду Эрдоган получил от Токаева')).toEqual(['получил']);
    expect(verbs('спасатели встречались и упал товарооборот')).toEqual(['встречались', 'упал']);
    // "дел" (affairs) is too short, "спасатели" (rescuers) an agent noun, a capitalized word a name
    expect(verbs('министры иностранных дел, спасатели, Михаил')).toEqual([]);
    // Kazakh "қойды" (signed) ends as the accusative "Ердоғанды" does: neither is read as a verb
    expect(verbs('Ердоған қол қойды Ердоғанды')).toEqual([]);
    // a Kazakh past participle ends a question as its predicate; elsewhere "-ған" is as often a name or a noun
    expect(verbs('Қазақстан президенттері Түркияға неше рет сапармен барған?')).toEqual(['барған']);
    expect(verbs('ердоған туған күнінде не айтқан')).toEqual(['айтқан']);
    expect(verbs('ердоған туған күні')).toEqual([]);
  });

  it('joins two adjacent words into the word the facts hold, only where the second is no word of theirs', () => {
    const surfaces = (query: string, held: string[]) =>
      parseQuery(query, (term) => held.includes(term)).map((t) => t.surface);
    expect(surfaces('тогыз кумалак', ['togyzkumalak'])).toEqual(['тогызкумалак']);
    // the facts do not hold the joined word, or hold the second word by itself: two words
    expect(surfaces('тогыз кумалак', [])).toEqual(['тогыз', 'кумалак']);
    expect(surfaces('тогыз кумалак', ['togyzkumalak', 'kumalak'])).toEqual(['тогыз', 'кумалак']);
    // without the index's vocabulary nothing is joined
    expect(parseQuery('тогыз кумалак').map((t) => t.surface)).toEqual(['тогыз', 'кумалак']);
  });

  it('searches a month name also as the English month of the untranslated facts', () => {
    expect(parseQuery('Mart')[0]?.alternatives).toContain('march');
  });
});
