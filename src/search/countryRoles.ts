import { LANGUAGES, type Language } from '../lib/language.js';
import { ENTITY } from './indexCodec.js';
import { lower } from './languageTerms.js';

/** The two countries kzt is about, by the words each language names them with (lower case, as its texts do). */
const NAMES: Record<'kazakhstan' | 'turkiye', Record<Language, string>> = {
  kazakhstan: { en: 'kazakhstan', tr: 'kazakistan', ru: 'казахстан', kk: '(?:қазақстан|казакстан)' },
  turkiye: {
    en: '(?:turkey|türkiye|turkiye)',
    tr: '(?:türkiye|turkiye)',
    ru: 'турци',
    kk: '(?:түркия|туркия)',
  },
};

/** Not inside a longer word. */
const START = '(?<!\\p{L})';
const END = '(?!\\p{L})';

/**
 * How each language marks a country as what something belongs to ("Kazakhstan's embassy", "Kazakistan'ın",
 * "посол Казахстана", "Қазақстанның") and as where something is or goes ("in Kazakhstan", "to Türkiye",
 * "Kazakistan'da", "Türkiye'ye", "в Казахстане", "в Турцию", "Қазақстанда", "Түркияға"). A Russian genitive after a
 * preposition is not an owner ("из Казахстана", from Kazakhstan), and "Турции" is one only without "в" before it.
 * Kazakh is also matched as typed on a Russian keyboard ("казакстаннын", "туркияга").
 */
const RULES: Record<Language, { owner: (name: string) => string; place: (name: string) => string }> = {
  en: {
    owner: (n) => `${START}${n}['’]s${END}`,
    place: (n) => `${START}(?:in|to|into|at)\\s+(?:the\\s+)?${n}(?!\\p{L}|['’]s${END})`,
  },
  tr: {
    owner: (n) => `${START}${n}['’]?n?[ıi]n${END}`,
    place: (n) => `${START}${n}['’]?(?:y?[ae]|n?[dt][ae](?:ki)?)${END}`,
  },
  ru: {
    owner: (n) =>
      `(?<!${START}(?:в|во|из|для|до|у|от|с|со|без|после|около|против|между)\\s+)${START}${n}(?:а|и)${END}`,
    place: (n) => `${START}(?:в|во)\\s+${n}(?:е|у|ю|и|я)?${END}`,
  },
  kk: {
    owner: (n) => `${START}${n}(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин)${END}`,
    place: (n) => `${START}${n}(?:ға|ге|қа|ке|да|де|та|те|дағы|дегі|тағы|тегі|га|ка|дагы|деги)${END}`,
  },
};

type Rule = { term: string; pattern: RegExp };

/** Each language's rules, made on first use: `[term, pattern]` for each country and role. */
const compiled = new Map<Language, Rule[]>();

function rulesOf(lang: Language): Rule[] {
  let rules = compiled.get(lang);
  if (!rules) {
    rules = [];
    for (const [country, names] of Object.entries(NAMES)) {
      for (const role of ['owner', 'place'] as const) {
        const pattern = new RegExp(RULES[lang][role](names[lang]), 'u');
        rules.push({ term: `${ENTITY}@${country}-${role}`, pattern });
      }
    }
    compiled.set(lang, rules);
  }
  return rules;
}

/**
 * The roles a text gives the two countries, as index terms: whose something is (owner) and where it is or goes
 * (place). "Kazakhstan's first envoy to Türkiye" and "Türkiye's first ambassador to Kazakhstan" hold the same
 * words, and differ only here. A text in a known language is read by that language's rules; a query, whose
 * language kzt does not know, by all four. No word a user types can hold these terms (see ENTITY).
 */
export function countryRoles(text: string, lang?: Language): string[] {
  const lowered = lower(text, lang ?? 'en');
  const out = new Set<string>();
  for (const l of lang === undefined ? LANGUAGES : [lang]) {
    for (const { term, pattern } of rulesOf(l)) if (pattern.test(lowered)) out.add(term);
  }
  return [...out];
}
