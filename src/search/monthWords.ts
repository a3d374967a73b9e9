import { fold } from '../lib/fold.js';
import { WORD_TABLES } from './wordTables.js';

/**
 * Month names as people type them, one line per month: English (with its abbreviations), Turkish, Russian
 * (nominative and genitive) and Kazakh. They are folded by `npm run tables`, so "Aralık", "aralik", "декабря"
 * and "желтоқсан" each name December however they are typed.
 */
export const MONTHS = [
  'january jan ocak январь января қаңтар',
  'february feb şubat февраль февраля ақпан',
  'march mar mart март марта наурыз',
  'april apr nisan апрель апреля сәуір',
  'may mayıs май мая мамыр',
  'june jun haziran июнь июня маусым',
  'july jul temmuz июль июля шілде',
  'august aug ağustos август августа тамыз',
  'september sep sept eylül сентябрь сентября қыркүйек',
  'october oct ekim октябрь октября қазан',
  'november nov kasım ноябрь ноября қараша',
  'december dec aralık декабрь декабря желтоқсан',
] as const;

/** Longest inflection a month name takes after it: Turkish "-ta", "-'de", Kazakh "-ында", Russian "-е". */
const MAX_ENDING = 4;

let table: Map<string, number> | undefined;

/** Folded month name → month, folded when kzt is built (WORD_TABLES). */
function months(): Map<string, number> {
  table ??= new Map(Object.entries(WORD_TABLES.months));
  return table;
}

/** The month (1–12) a word names exactly, in any of the four languages, or undefined. */
export function monthOf(word: string): number | undefined {
  return months().get(fold(word));
}

/**
 * The month a word names, inflected or not ("Martta", "ekimde", "марте", "наурызда", "қазанның"): a month name
 * followed by at most a few letters. Only used beside a day or a year, where a word that begins like a month
 * name is a month.
 */
export function inflectedMonthOf(word: string): number | undefined {
  const folded = fold(word);
  const exact = months().get(folded);
  if (exact !== undefined) return exact;
  for (let cut = folded.length - 1; cut >= Math.max(3, folded.length - MAX_ENDING); cut--) {
    const month = months().get(folded.slice(0, cut));
    if (month !== undefined) return month;
  }
  return undefined;
}

/** The folded spellings of every month name, for the test that each is one word. */
export const MONTH_ENTRIES: readonly string[] = MONTHS.flatMap((line) => line.split(' '));
