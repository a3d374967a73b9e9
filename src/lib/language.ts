/** The languages kzt speaks: English, Turkish, Russian and Kazakh (in Cyrillic). English is the fact base's own. */
export const LANGUAGES = ['en', 'tr', 'ru', 'kk'] as const;
/** One of LANGUAGES. */
export type Language = (typeof LANGUAGES)[number];
/** The languages facts are translated into (English is in data/facts.json itself). */
export const TRANSLATED: readonly Language[] = ['tr', 'ru', 'kk'];

/** Whether a string is one of the languages kzt speaks. */
export function isLanguage(text: string): text is Language {
  return (LANGUAGES as readonly string[]).includes(text);
}

/**
 * The language a POSIX locale names, when kzt speaks it: "tr_TR.UTF-8" and "tr" are Turkish, "kk_KZ" Kazakh,
 * "ru_RU.KOI8-R" Russian, "en_GB" English; "C", "POSIX" and any other language give undefined.
 */
export function languageOfLocale(locale: string): Language | undefined {
  const code = /^([a-z]{2,3})(?:[_-]|\.|@|$)/i.exec(locale.trim())?.[1]?.toLowerCase() ?? '';
  return isLanguage(code) ? code : undefined;
}

/**
 * The language of a run when no flag names one: KZT_LANG when set (an unknown value is returned as an error
 * message), else the locale as POSIX reads it (the first of LC_ALL, LC_MESSAGES and LANG that is set and not
 * empty), else English. A locale in a language kzt does not speak is English, quietly: it was not asked of kzt.
 */
export function languageFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Language | { error: string } {
  const chosen = env.KZT_LANG?.trim();
  if (chosen) {
    const lower = chosen.toLowerCase();
    return isLanguage(lower)
      ? lower
      : { error: `KZT_LANG "${chosen}" is not a language kzt speaks (want one of ${LANGUAGES.join(', ')})` };
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return (locale === undefined ? undefined : languageOfLocale(locale)) ?? 'en';
}
