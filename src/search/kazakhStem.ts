/**
 * Kazakh inflectional endings, written as Kazakh writes them (Cyrillic, both vowel-harmony forms): plural, the
 * possessive, the six cases, the locative adjective -дағы, and the common verb endings of the past (-ды, -ған)
 * and of converbs (-ып). Derivational suffixes such as -лық/-лік are kept: they make other words ("елші"
 * ambassador, "елшілік" embassy), and merging those would mix up facts.
 */
const ENDINGS = `лар лер дар дер тар тер
  ым ім ың ің ы і сы сі мыз міз ңыз ңіз
  ның нің дың дің тың тің
  ға ге қа ке на не
  ны ні ды ді ты ті ын ін
  да де та те нда нде
  дан ден тан тен нан нен
  мен бен пен
  дағы дегі тағы тегі ндағы ндегі
  ған ген қан кен атын етін йтын йтін
  ып іп ыл іл
  ғаннан геннен қаннан кеннен`
  .split(/\s+/)
  .filter(Boolean)
  // Longest first, so that -ндағы is taken whole rather than as -ы.
  .sort((a, b) => b.length - a.length);

/** Voiced consonants that a vowel-initial ending made of a final к, қ or п ("елшілігі" from "елшілік"). */
const DEVOICE: Record<string, string> = { г: 'к', ғ: 'қ', б: 'п' };

const VOWEL = /[аәеиоөұүуыіэюя]/;

/** Verb endings (past, participle, passive), which leave a root that may be two letters ("ашты", "ашылды": "аш"). */
const VERBAL = new Set(['ды', 'ді', 'ты', 'ті', 'ған', 'ген', 'қан', 'кен', 'ыл', 'іл']);

/** The dative after the possessive (-ына, -іне): elsewhere -на is part of the word ("Астана"). */
const AFTER_POSSESSIVE = new Set(['на', 'не']);

/**
 * A light suffix stemmer for Kazakh (no kept library does Kazakh): strips up to three inflectional endings
 * from a lower-case Cyrillic word, keeping a stem of at least three letters with a vowel in it, and undoes the
 * voicing a vowel ending causes ("елшілігі" → "елшілік", "қатынастарды" → "қатынас"). It runs on the Kazakh
 * texts and on queries alike, so it only has to be consistent; the eval measures it.
 */
export function kazakhStem(word: string): string {
  let w = word;
  for (let round = 0; round < 3; round++) {
    const ending = ENDINGS.find(
      (e) =>
        w.endsWith(e) &&
        w.length - e.length >= (e.length === 1 ? 4 : VERBAL.has(e) ? 2 : 3) &&
        (!AFTER_POSSESSIVE.has(e) || /[ыі]$/.test(w.slice(0, -e.length))),
    );
    if (!ending) break;
    const stem = w.slice(0, -ending.length);
    if (!VOWEL.test(stem)) break;
    const last = stem.slice(-1);
    w = VOWEL.test(ending[0] ?? '') && DEVOICE[last] ? `${stem.slice(0, -1)}${DEVOICE[last]}` : stem;
  }
  return w;
}
