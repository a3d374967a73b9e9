import { LANGUAGES, type Language } from '../lib/language.js';
import { ENTITY } from './indexCodec.js';

type Country = 'kazakhstan' | 'turkiye';
type Role = 'owner' | 'place';

/** A role's index term: no word a user types can hold it (see ENTITY). */
const TERMS: Record<Country, Record<Role, string>> = {
  kazakhstan: { owner: `${ENTITY}@kazakhstan-owner`, place: `${ENTITY}@kazakhstan-place` },
  turkiye: { owner: `${ENTITY}@turkiye-owner`, place: `${ENTITY}@turkiye-place` },
};

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
  /** The role a mention gives, from its name, its ending and (read only when needed) the word before it. */
  roleOf: (name: string, ending: string, before: () => string) => Role | undefined;
}

/** How many characters before a name `before` looks at: "против " or "into the ", and the character before. */
const BEFORE = 13;

const countryOf = (name: string): Country => ('kкқ'.includes(name[0] ?? '') ? 'kazakhstan' : 'turkiye');

/**
 * Each language's marks of an owner ("Kazakhstan's embassy", "Kazakistan'ın", "посол Казахстана",
 * "Қазақстанның") and of a place, where something is or goes ("in Kazakhstan", "to Türkiye", "Kazakistan'da",
 * "Türkiye'ye", "в Казахстане", "в Турцию", "Қазақстанда", "Түркияға"). A Russian genitive after a preposition is
 * not an owner ("из Казахстана", from Kazakhstan), and "Турции" is one only without "в" before it. Kazakh is also
 * read as typed on a Russian keyboard ("казакстаннын", "туркияга"). An ending is taken whole or not at all (a letter
 * after it makes the mention part of a longer word), so a longer ending comes before a shorter one it begins with.
 */
const READINGS: Record<Language, Reading> = {
  en: {
    mentions: /(kazakhstan|turkey|t[üu]rkiye)(['’]s)?/gi,
    before: /(?<!\p{L})(in|to|into|at)\s+(?:the\s+)?$/iu,
    roleOf: (_, ending, before) => (ending ? 'owner' : before() ? 'place' : undefined),
  },
  tr: {
    mentions: /(kazakistan|t[üu]rkiye)(['’]?(?:n?[ıi]n|y?[ae]|n?[dt][ae](?:ki)?))?/gi,
    roleOf: (_, ending) => (!ending ? undefined : /^['’]?n?[ıi]n$/.test(ending) ? 'owner' : 'place'),
  },
  ru: {
    mentions: /(казахстан|турци)([аеуюяи])?/gi,
    before: /(?<!\p{L})(в|во|из|для|до|у|от|с|со|без|после|около|против|между)\s+$/iu,
    roleOf: (name, ending, before) => {
      const word = before();
      if (word === 'в' || word === 'во') return 'place';
      return !word && ending === (name === 'казахстан' ? 'а' : 'и') ? 'owner' : undefined;
    },
  },
  kk: {
    mentions:
      /(қазақстан|казакстан|түркия|туркия)(дағы|дегі|тағы|тегі|дагы|деги|ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|ға|ге|қа|ке|да|де|та|те|га|ка)?/gi,
    roleOf: (_, ending) =>
      !ending ? undefined : /^[ндт][ыі]ң$|^[нд][ыи]н$/.test(ending) ? 'owner' : 'place',
  },
};

/**
 * Whether a character is a letter: a mention with one right before or after it is part of a longer word
 * ("Kazakhstani", "Turkeys"). The mention patterns leave it to this one-character test: without Unicode letter
 * classes (and so without the "u" flag) they scan a text in half the time, which a first run over 100,000 facts
 * notices.
 */
const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
/**
 * Combining marks that decomposed Turkish or Kazakh letters carry (ü, ö, İ, ğ, ş, ç, й, ё), and the Turkish capital
 * İ: a text without any, nearly every one, is read as it is.
 */
const UNREADABLE = /[\u0306\u0307\u0308\u0327İ]/;

/**
 * The text as the patterns read it, whatever its case (they ignore it): composed, and with a Turkish capital İ as
 * i, which ignoring case does not do.
 */
function readable(text: string): string {
  if (!UNREADABLE.test(text)) return text;
  return text.normalize('NFC').replace(/İ/g, 'i');
}

/**
 * The roles a text gives the two countries, as index terms: whose something is (owner) and where it is or goes
 * (place). "Kazakhstan's first envoy to Türkiye" and "Türkiye's first ambassador to Kazakhstan" hold the same
 * words, and differ only here. A text in a known language is read by that language's marks; a query, whose
 * language kzt does not know, by all four.
 */
export function countryRoles(text: string, lang?: Language): string[] {
  const out = new Set<string>();
  const readText = readable(text);
  for (const l of lang === undefined ? LANGUAGES : [lang]) {
    const { mentions, before, roleOf } = READINGS[l];
    mentions.lastIndex = 0;
    for (let m = mentions.exec(readText); m !== null; m = mentions.exec(readText)) {
      const at = m.index;
      if (isLetter(readText[at - 1]) || isLetter(readText[at + m[0].length])) continue;
      const name = (m[1] ?? '').toLowerCase();
      const marks = () =>
        before?.exec(readText.slice(Math.max(0, at - BEFORE), at))?.[1]?.toLowerCase() ?? '';
      const role = roleOf(name, (m[2] ?? '').toLowerCase(), marks);
      if (role) out.add(TERMS[countryOf(name)][role]);
    }
  }
  return [...out];
}
