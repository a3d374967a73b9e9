import type { Language } from '../lib/language.js';
import type { FactKind, FactStatus, Visit } from '../model/types.js';
import { ordinal } from '../lib/ordinal.js';

/** The words of kzt's human views in one language: table headings, the fact page's labels, the legends. */
export interface Labels {
  date: string;
  fact: string;
  id: string;
  undated: string;
  kind: string;
  status: string;
  note: string;
  visit: string;
  tags: string;
  origin: string;
  /** The fact page's pointer to the figure series that hold a fact's numbers: "Figures  See kzt figures …". */
  figures: string;
  see: string;
  entities: string;
  sources: string;
  /** Before a source's locator: "at ¶3". */
  at: string;
  kinds: Record<FactKind, string>;
  statuses: Record<FactStatus, string>;
  /** A visit's type as a note after who went where ("state visit"); empty for "other". */
  visitTypes: Record<Visit['type'], string>;
  /** The status legend under a timeline: what "!" and "?" mean. */
  disputed: string;
  singleSource: string;
  anniversariesIn: (year: number) => string;
  /** The anniversary's number before its event: "35th:". */
  anniversary: (years: number) => string;
  /** An anniversary of a fact dated only to a year: "in 2027". */
  inYear: (year: string) => string;
}

const LABELS: Record<Language, Labels> = {
  en: {
    date: 'Date',
    fact: 'Fact',
    id: 'Id',
    undated: 'undated',
    kind: 'Kind',
    status: 'Status',
    note: 'Note',
    visit: 'Visit',
    tags: 'Tags',
    origin: 'Origin',
    figures: 'Figures',
    see: 'See',
    entities: 'Entities',
    sources: 'Sources',
    at: 'at',
    kinds: {
      event: 'event',
      agreement: 'agreement',
      visit: 'visit',
      statement: 'statement',
      quote: 'quote',
      figure: 'figure',
      other: 'other',
    },
    statuses: { corroborated: 'corroborated', 'single-source': 'single-source', disputed: 'disputed' },
    visitTypes: {
      state: 'state visit',
      official: 'official visit',
      working: 'working visit',
      summit: 'summit',
      other: '',
    },
    disputed: 'disputed',
    singleSource: 'single source',
    anniversariesIn: (y) => `Anniversaries in ${y}`,
    anniversary: (n) => `${ordinal(n)}:`,
    inYear: (y) => `in ${y}`,
  },
  tr: {
    date: 'Tarih',
    fact: 'Bilgi',
    id: 'Kimlik',
    undated: 'tarihsiz',
    kind: 'Tür',
    status: 'Durum',
    note: 'Not',
    visit: 'Ziyaret',
    tags: 'Etiketler',
    origin: 'Dosya',
    figures: 'Rakamlar',
    see: 'Bkz.',
    entities: 'Adı geçenler',
    sources: 'Kaynaklar',
    at: 'yer:',
    kinds: {
      event: 'olay',
      agreement: 'anlaşma',
      visit: 'ziyaret',
      statement: 'açıklama',
      quote: 'alıntı',
      figure: 'rakam',
      other: 'diğer',
    },
    statuses: { corroborated: 'doğrulanmış', 'single-source': 'tek kaynaklı', disputed: 'tartışmalı' },
    visitTypes: {
      state: 'devlet ziyareti',
      official: 'resmî ziyaret',
      working: 'çalışma ziyareti',
      summit: 'zirve',
      other: '',
    },
    disputed: 'tartışmalı',
    singleSource: 'tek kaynak',
    anniversariesIn: (y) => `${y} yılındaki yıl dönümleri`,
    anniversary: (n) => `${n}. yıl:`,
    inYear: (y) => `${y} içinde`,
  },
  ru: {
    date: 'Дата',
    fact: 'Факт',
    id: 'ID',
    undated: 'без даты',
    kind: 'Вид',
    status: 'Статус',
    note: 'Примечание',
    visit: 'Визит',
    tags: 'Теги',
    origin: 'Файл',
    figures: 'Цифры',
    see: 'См.',
    entities: 'Упомянуты',
    sources: 'Источники',
    at: 'место:',
    kinds: {
      event: 'событие',
      agreement: 'соглашение',
      visit: 'визит',
      statement: 'заявление',
      quote: 'цитата',
      figure: 'цифры',
      other: 'другое',
    },
    statuses: {
      corroborated: 'подтверждено',
      'single-source': 'один источник',
      disputed: 'оспаривается',
    },
    visitTypes: {
      state: 'государственный визит',
      official: 'официальный визит',
      working: 'рабочий визит',
      summit: 'саммит',
      other: '',
    },
    disputed: 'оспаривается',
    singleSource: 'один источник',
    anniversariesIn: (y) => `Годовщины в ${y} г.`,
    anniversary: (n) => `${n} лет:`,
    inYear: (y) => `в ${y} г.`,
  },
  kk: {
    date: 'Күні',
    fact: 'Дерек',
    id: 'ID',
    undated: 'күні белгісіз',
    kind: 'Түрі',
    status: 'Мәртебесі',
    note: 'Ескерту',
    visit: 'Сапар',
    tags: 'Тегтер',
    origin: 'Файл',
    figures: 'Сандар',
    see: 'Қараңыз:',
    entities: 'Аталғандар',
    sources: 'Дереккөздер',
    at: 'орны:',
    kinds: {
      event: 'оқиға',
      agreement: 'келісім',
      visit: 'сапар',
      statement: 'мәлімдеме',
      quote: 'дәйексөз',
      figure: 'сандар',
      other: 'басқа',
    },
    statuses: { corroborated: 'расталған', 'single-source': 'бір дереккөз', disputed: 'даулы' },
    visitTypes: {
      state: 'мемлекеттік сапар',
      official: 'ресми сапар',
      working: 'жұмыс сапары',
      summit: 'саммит',
      other: '',
    },
    disputed: 'даулы',
    singleSource: 'бір дереккөз',
    anniversariesIn: (y) => `${y} жылғы мерейтойлар`,
    anniversary: (n) => `${n} жыл:`,
    inYear: (y) => `${y} жылы`,
  },
};

/** The labels of kzt's human views in a language. */
export function labelsFor(lang: Language): Labels {
  return LABELS[lang];
}
