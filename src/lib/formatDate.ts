import { formatDateText, formatPoint, mustParseFactDate, type DatePoint, type FactDate } from './dates.js';
import type { Language } from './language.js';

/** The month names a language writes in dates: after a day (Russian genitive "марта") and on their own ("март"). */
interface MonthNames {
  withDay: readonly string[];
  alone: readonly string[];
}

const cache = new Map<Language, MonthNames>();

/**
 * Month names from ICU (Node ships full ICU), taken as parts so that only the name is used, in the form a
 * language wants: "2 марта" but "март 1992 г.". ICU writes Kazakh months alone with a capital ("Наурыз"),
 * which Kazakh does not do in running text, so the form used after a day serves there too.
 */
function monthNames(lang: Language): MonthNames {
  let names = cache.get(lang);
  if (!names) {
    const part = (options: Intl.DateTimeFormatOptions, month: number) =>
      new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })
        .formatToParts(new Date(Date.UTC(2000, month, 5)))
        .find((p) => p.type === 'month')?.value ?? '';
    const months = [...Array(12).keys()];
    const withDay = months.map((m) => part({ day: 'numeric', month: 'long' }, m));
    const alone = lang === 'kk' ? withDay : months.map((m) => part({ month: 'long' }, m));
    names = { withDay, alone };
    cache.set(lang, names);
  }
  return names;
}

/** How one language lays a date out, from its parts; each rule was checked against how its press writes dates. */
interface DateGrammar {
  day(day: number, month: string, year: number): string;
  month(month: string, year: number): string;
  year(year: number): string;
  /** Days of one month: "12–13 Ekim 2022". */
  days(from: number, to: number, month: string, year: number): string;
  /** Two days (or months) of one year: "29 Nisan – 1 Mayıs 1992". */
  sameYear(from: string, to: string, year: number): string;
  years(from: number, to: number): string;
}

const GRAMMARS: Record<Exclude<Language, 'en'>, DateGrammar> = {
  // Turkish: "2 Mart 1992", "Mart 1992".
  tr: {
    day: (d, m, y) => `${d} ${m} ${y}`,
    month: (m, y) => `${m} ${y}`,
    year: (y) => String(y),
    days: (a, b, m, y) => `${a}–${b} ${m} ${y}`,
    sameYear: (a, b, y) => `${a} – ${b} ${y}`,
    years: (a, b) => `${a}–${b}`,
  },
  // Russian: "2 марта 1992 г.", "март 1992 г.", "1992 г.", "1992–1993 гг.".
  ru: {
    day: (d, m, y) => `${d} ${m} ${y} г.`,
    month: (m, y) => `${m} ${y} г.`,
    year: (y) => `${y} г.`,
    days: (a, b, m, y) => `${a}–${b} ${m} ${y} г.`,
    sameYear: (a, b, y) => `${a} – ${b} ${y} г.`,
    years: (a, b) => `${a}–${b} гг.`,
  },
  // Kazakh puts the year first, as "жылғы" (of the year): "1992 жылғы 2 наурыз", "1992 жылғы наурыз", "1992 жыл".
  // ICU writes "1992 ж. 2 наурыз", the abbreviation of notes and tables; Kazakh publications spell it out.
  kk: {
    day: (d, m, y) => `${y} жылғы ${d} ${m}`,
    month: (m, y) => `${y} жылғы ${m}`,
    year: (y) => `${y} жыл`,
    days: (a, b, m, y) => `${y} жылғы ${a}–${b} ${m}`,
    sameYear: (a, b, y) => `${y} жылғы ${a} – ${b}`,
    years: (a, b) => `${a}–${b} жылдар`,
  },
};

function point(p: DatePoint, g: DateGrammar, names: MonthNames): string {
  if (p.month === undefined) return g.year(p.year);
  if (p.day === undefined) return g.month(names.alone[p.month - 1] ?? '', p.year);
  return g.day(p.day, names.withDay[p.month - 1] ?? '', p.year);
}

/** The part of a point within its year: "29 Nisan", "март". */
function inYear(p: DatePoint, names: MonthNames): string {
  const month = p.month ?? 1;
  return p.day === undefined ? (names.alone[month - 1] ?? '') : `${p.day} ${names.withDay[month - 1] ?? ''}`;
}

function formatIn(d: FactDate, lang: Exclude<Language, 'en'>): string {
  const g = GRAMMARS[lang];
  const names = monthNames(lang);
  const { start, end } = d;
  if (!end) return point(start, g, names);
  const sameYear = start.year === end.year;
  if (start.precision === end.precision && start.precision === 'year') return g.years(start.year, end.year);
  if (start.precision === end.precision && sameYear) {
    if (start.precision === 'day' && start.month === end.month)
      return g.days(start.day ?? 1, end.day ?? 1, names.withDay[(start.month ?? 1) - 1] ?? '', start.year);
    return g.sameYear(inYear(start, names), inYear(end, names), start.year);
  }
  return `${point(start, g, names)} – ${point(end, g, names)}`;
}

/**
 * A stored date written as a language writes it, at its own precision: English "2 Mar 1992", Turkish
 * "2 Mart 1992", Russian "2 марта 1992 г.", Kazakh "1992 жылғы 2 наурыз"; months, years and intervals alike.
 * Null (undated) is given as `undated`, the caller's word for it.
 */
export function formatDateIn(text: string | null, lang: Language, undated = 'undated'): string {
  if (text === null) return undated;
  return lang === 'en' ? formatDateText(text) : formatIn(mustParseFactDate(text), lang);
}

/** One date point written as a language writes it ("2 Mar 2027", "2 марта 2027 г."), from its numbers: any year. */
export function formatPointIn(p: DatePoint, lang: Language): string {
  return lang === 'en' ? formatPoint(p) : point(p, GRAMMARS[lang], monthNames(lang));
}
