import { fold } from '../lib/fold.js';
import type { FactKind } from '../model/types.js';

/**
 * A set of framing words, folded: a word is looked up folded too, so that Turkish typed without Turkish letters
 * ("kac", "sayisi", "soyledi") and Kazakh without Kazakh ones ("канша") frame a question as they do with them.
 */
const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));

/**
 * The one-word "how many" of Turkish, Russian and Kazakh (lower-case, as typed): "kaç" (also with the past or
 * present copula a question ends on: "kaçtı", "kaçtır"), "сколько", "қанша" and "неше". Not the ordinals
 * ("kaçıncı", "нешінші"), which ask for a date or a rank.
 */
const HOW_MANY = folded(['kaç', 'kaçtı', 'kaçtır', 'сколько', 'қанша', 'неше']);

/** The "times" of "how many times" in each language, and the "tane" of "kaç tane": part of the framing. */
const TIMES = folded(['times', 'tane', 'kez', 'kere', 'defa', 'sefer', 'раз', 'рет', 'мәрте', 'дүркін']);

/**
 * Units of time and the verbs of lasting, after which a "how many" asks how long something took ("сколько
 * длилось строительство", "kaç ay sürdü", "how many years"): the answer is the event, not a count.
 */
const DURATION = folded(
  `years year months month days day weeks week hours
  yıl yılda ay ayda gün günde hafta saat sürdü sürede süre süredir
  лет год года месяцев месяца дней дня недель часов времени длилось длился длилась продолжалось
  жыл ай күн апта сағат уақыт созылды`.split(/\s+/),
);

/**
 * The "number of" of Turkish, Russian and Kazakh, which a count is asked with ("turist sayısı", "количество
 * туристов", "туристер саны"): the noun in the forms a question puts it in.
 */
const NUMBER_OF = folded([
  'sayısı',
  'sayısını',
  'sayısında',
  'количество',
  'количества',
  'число',
  'числа',
  'саны',
  'санын',
]);

/** What a question's framing can ask for: a count or list, or what someone said. */
export type FramedKind = 'figure' | 'statement';

/** The kinds of fact that answer each framing: what someone said is a statement or, in their words, a quote. */
export const KINDS_OF: Record<FramedKind, readonly FactKind[]> = {
  figure: ['figure'],
  statement: ['statement', 'quote'],
};

/**
 * Verbs a question asks what someone said with ("what did he say", "how did she assess", "nasıl değerlendirdi",
 * "что заявил", "қалай бағалады"), and "according to" ("по словам", "айтуынша"): the answer is a statement.
 */
const SAID = folded(
  `say said says describe described evaluate evaluated assess assessed
  dedi söyledi değerlendirdi nitelendirdi tanımladı açıkladı
  сказал сказала заявил заявила оценил оценила назвал назвала охарактеризовал отметил отметила словам
  айтты деді бағалады атады сипаттады мәлімдеді айтуынша пікірінше`.split(/\s+/),
);

/**
 * How a question is framed, where the framing itself says what kind of fact answers it: "how many", "how much",
 * "number of" and "which … exist", and their like in kzt's other languages ("kaç", "ne kadar", also in the past:
 * "ne kadardı", "сколько", "қанша", "sayısı", "количество", "саны"), ask for a figure (the facts that count or
 * list). The framing words are taken out of the query (with the "times" of "how many times", "kaç kez", "сколько
 * раз", "қанша рет", and the "tane" of "kaç tane"); the kind is searched for instead, so that the count or the
 * list outranks the single events it sums up. A "how many" before a unit of time (DURATION) frames nothing, nor
 * does a "ne kadar" before one ("ne kadar süre", how long). The verbs of saying (SAID) ask for a statement or a
 * quote, when nothing asked for a figure.
 */
export function readFraming(typed: readonly string[]): { words: string[]; kind?: FramedKind } {
  const out: string[] = [];
  const words = typed.map(fold);
  let kind: FramedKind | undefined;
  for (let i = 0; i < words.length; i++) {
    const [w, next] = [words[i] ?? '', words[i + 1]];
    if (
      (HOW_MANY.has(w) || (w === 'how' && next === 'many')) &&
      DURATION.has(words[w === 'how' ? i + 2 : i + 1] ?? '')
    ) {
      // "how many" for a duration: a stopword, not a framing
      continue;
    }
    if (w === 'ne' && next === 'kadar' && DURATION.has(words[i + 2] ?? '')) {
      // "ne kadar süre", how long: the event, not a figure
      i += 1;
      continue;
    }
    if (
      (w === 'how' && (next === 'many' || next === 'much')) ||
      (w === 'number' && next === 'of') ||
      (w === 'ne' && /^kadar(dir?|mis)?$/.test(next ?? ''))
    ) {
      kind = 'figure';
      i += 1;
      if (TIMES.has(words[i + 1] ?? '')) i += 1;
      continue;
    }
    if (HOW_MANY.has(w) || NUMBER_OF.has(w)) {
      kind = 'figure';
      if (HOW_MANY.has(w) && TIMES.has(next ?? '')) i += 1;
      continue;
    }
    if (w === 'exist' || w === 'exists') {
      kind = 'figure';
      continue;
    }
    if (kind === undefined && SAID.has(w)) {
      kind = 'statement';
      continue;
    }
    out.push(typed[i] ?? '');
  }
  return kind ? { words: out, kind } : { words: out };
}
