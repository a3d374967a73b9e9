import { LANGUAGES, type Language } from '../lib/language.js';
import { ENTITY } from './indexCodec.js';

type Country = 'kazakhstan' | 'turkiye';
type Role = 'owner' | 'place';

/** A role's index term: no word a user types can hold it (see ENTITY). */
const term = (country: Country, role: Role) => `${ENTITY}@${country}-${role}`;

/**
 * How one language writes the two countries with the case or preposition that gives them a role: a pattern for
 * each mention (the name and the ending after it), the words before it that may mark it, and what those marks
 * make of it. A text is scanned for the names only, in any case; the few characters before each are read after.
 */
interface Reading {
  /** A name and its ending: group 1 the name, group 2 the ending. */
  mentions: RegExp;
  /** The words before a name that mark its role (in English "in", in Russian "в"), anchored at the name. */
  before?: RegExp;
  roleOf: (name: string, ending: string, before: string) => Role | undefined;
}

/** How many characters before a name `before` looks at: "против " or "into the ", and the character before. */
const BEFORE = 13;

const countryOf = (name: string): Country => (/^[kкқ]/.test(name) ? 'kazakhstan' : 'turkiye');

/**
 * Each language's marks of an owner ("Kazakhstan's embassy", "Kazakistan'ın", "посол Казахстана",
 * "Қазақстанның") and of a place, where something is or goes ("in Kazakhstan", "to Türkiye", "Kazakistan'da",
 * "Türkiye'ye", "в Казахстане", "в Турцию", "Қазақстанда", "Түркияға"). A Russian genitive after a preposition is
 * not an owner ("из Казахстана", from Kazakhstan), and "Турции" is one only without "в" before it. Kazakh is also
 * read as typed on a Russian keyboard ("казакстаннын", "туркияга").
 */
const READINGS: Record<Language, Reading> = {
  en: {
    mentions: /(kazakhstan|turkey|türkiye|turkiye)(['’]s)?(?!\p{L})/giu,
    before: /(?<!\p{L})(in|to|into|at)\s+(?:the\s+)?$/iu,
    roleOf: (_, ending, before) => (ending ? 'owner' : before ? 'place' : undefined),
  },
  tr: {
    mentions: /(kazakistan|türkiye|turkiye)(['’]?(?:n?[ıi]n|y?[ae]|n?[dt][ae](?:ki)?))?(?!\p{L})/giu,
    roleOf: (_, ending) => (!ending ? undefined : /^['’]?n?[ıi]n$/.test(ending) ? 'owner' : 'place'),
  },
  ru: {
    mentions: /(казахстан|турци)([аеуюяи])?(?!\p{L})/giu,
    before: /(?<!\p{L})(в|во|из|для|до|у|от|с|со|без|после|около|против|между)\s+$/iu,
    roleOf: (name, ending, before) => {
      if (before === 'в' || before === 'во') return 'place';
      return !before && ending === (name === 'казахстан' ? 'а' : 'и') ? 'owner' : undefined;
    },
  },
  kk: {
    mentions:
      /(қазақстан|казакстан|түркия|туркия)(ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|ға|ге|қа|ке|да|де|та|те|дағы|дегі|тағы|тегі|га|ка|дагы|деги)?(?!\p{L})/giu,
    roleOf: (_, ending) =>
      !ending ? undefined : /^[ндт][ыі]ң$|^[нд][ыи]н$/.test(ending) ? 'owner' : 'place',
  },
};

/** Whether the character before position `at` is a letter: a name there is the end of a longer word. */
const LETTER = /\p{L}/u;
/**
 * Whether a text may name either country at all: a plain pattern, cheap to make, which spares a query such as
 * "erdogan" the making of the patterns above (their letter classes are large: about a millisecond at start).
 */
const MAY_NAME = /kaz|қаз|каз|t[uü]rk|турц|түрк|турк/i;

/**
 * The text as the patterns read it, whatever its case (they ignore it): a Turkish capital İ as i, which ignoring
 * case does not do, and composed, if it has combining marks.
 */
function readable(text: string): string {
  const dotted = text.includes('İ') ? text.replace(/İ/g, 'i') : text;
  return /[\u0300-\u036f]/.test(dotted) ? dotted.normalize('NFC') : dotted;
}

/**
 * The roles a text gives the two countries, as index terms: whose something is (owner) and where it is or goes
 * (place). "Kazakhstan's first envoy to Türkiye" and "Türkiye's first ambassador to Kazakhstan" hold the same
 * words, and differ only here. A text in a known language is read by that language's marks; a query, whose
 * language kzt does not know, by all four.
 */
export function countryRoles(text: string, lang?: Language): string[] {
  if (!MAY_NAME.test(text)) return [];
  const out = new Set<string>();
  const readText = readable(text);
  for (const l of lang === undefined ? LANGUAGES : [lang]) {
    const reading = READINGS[l];
    for (const m of readText.matchAll(reading.mentions)) {
      const at = m.index ?? 0;
      if (at > 0 && LETTER.test(readText[at - 1] ?? '')) continue;
      const name = (m[1] ?? '').toLowerCase();
      const marks =
        reading.before?.exec(readText.slice(Math.max(0, at - BEFORE), at))?.[1]?.toLowerCase() ?? '';
      const role = reading.roleOf(name, (m[2] ?? '').toLowerCase(), marks);
      if (role) out.add(term(countryOf(name), role));
    }
  }
  return [...out];
}
