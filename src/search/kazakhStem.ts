/**
 * Kazakh inflectional endings, written as Kazakh writes them (Cyrillic, both vowel-harmony forms), in the order
 * they stack from the end of a word: a case ending (or the locative adjective -дағы, or a verb ending of the
 * past, -ды, -ған, the present, -ады, -йды, a participle, -атын, or a converb, -ып), then the possessive, then the plural, then the passive of a verb.
 * Derivational suffixes such as -лық/-лік are kept: they make other words ("елші" ambassador, "елшілік"
 * embassy), and merging those would mix up facts.
 */
const rank = (ending: string): number => (ending === 'ы' || ending === 'і' ? 0 : 1);

const LAYERS = [
  `ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті ын ін да де та те нда нде дан ден тан тен нан нен
    мен бен пен дағы дегі тағы тегі ндағы ндегі ған ген қан кен ғаннан геннен қаннан кеннен атын етін йтын йтін
    ып іп ады еді йды йді иды иді итын итін`,
  `ым ім ың ің ы і сы сі мыз міз ңыз ңіз`,
  `лар лер дар дер тар тер`,
  `ыл іл`,
].map((layer) =>
  layer
    .split(/\s+/)
    .filter(Boolean)
    // Longest first, so that -ндағы is taken whole rather than as -ы; but the possessive -ы/-і before -сы/-сі:
    // "кеңесі" is far likelier "кеңес" + "і" than "кеңе" + "сі".
    .sort((a, b) => rank(a) - rank(b) || b.length - a.length),
);

/** Voiced consonants that a vowel-initial ending made of a final к, қ or п ("елшілігі" from "елшілік"). */
const DEVOICE: Record<string, string> = { г: 'к', ғ: 'қ', б: 'п' };

const VOWEL = /[аәеиоөұүуыіэюя]/;

/** Verb endings (past, participle, passive), which leave a root that may be two letters ("ашты", "ашылды": "аш"). */
const VERBAL = new Set([
  'ды',
  'ді',
  'ты',
  'ті',
  'ған',
  'ген',
  'қан',
  'кен',
  'ыл',
  'іл',
  'ады',
  'еді',
  'йды',
  'йді',
]);

/**
 * Present and participle endings written with и, where a stem's final ы or і met the ending's й ("оқы" + "йды"
 * is "оқиды", "оқы" + "йтын" "оқитын"): the stem gets its vowel back, so both are "оқы", as "оқыды" is.
 */
const FUSED: Record<string, string> = { иды: 'ы', иді: 'і', итын: 'ы', итін: 'і' };

/**
 * Whether an ending may be taken off a stem: a stem of three letters or more (four before a one-letter ending,
 * two before a verb ending) with a vowel in it, and the endings that depend on the sound before them where it is
 * right: the dative -на after the possessive only ("Астана" stays), the possessive -сы after a vowel and -ы after
 * a consonant ("кеңесі" is "кеңес" + "і").
 */
function fits(stem: string, ending: string): boolean {
  const min = ending.length === 1 ? 4 : VERBAL.has(ending) || ending in FUSED ? 2 : 3;
  if (stem.length < min || !VOWEL.test(stem)) return false;
  const before = stem.slice(-1);
  if (ending === 'на' || ending === 'не') return before === 'ы' || before === 'і';
  if (ending === 'сы' || ending === 'сі') return VOWEL.test(before);
  if (ending === 'ы' || ending === 'і') return !VOWEL.test(before);
  return true;
}

/**
 * A light suffix stemmer for Kazakh (no kept library does Kazakh): takes off at most one ending of each layer,
 * outermost first, and undoes the voicing a vowel ending causes ("елшілігі" → "елшілік", "қатынастарды" →
 * "қатынас", "Қазақстанның" → "қазақстан"). It runs on the Kazakh texts and on queries alike, so it only has to
 * be consistent; the eval measures it.
 */
export function kazakhStem(word: string): string {
  let w = word;
  for (const layer of LAYERS) {
    const ending = layer.find((e) => w.endsWith(e) && fits(w.slice(0, -e.length), e));
    if (!ending) continue;
    const stem = w.slice(0, -ending.length) + (FUSED[ending] ?? '');
    const last = stem.slice(-1);
    w = VOWEL.test(ending[0] ?? '') && DEVOICE[last] ? `${stem.slice(0, -1)}${DEVOICE[last]}` : stem;
  }
  return w;
}
