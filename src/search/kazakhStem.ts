import { fold } from '../lib/fold.js';

/**
 * Kazakh inflectional endings, written as Kazakh writes them (Cyrillic, both vowel-harmony forms), in the order
 * they stack from the end of a word: a case ending (or the locative adjective -дағы, the adjective of time -ғы,
 * -гі after a consonant and -қы, -кі after a voiceless one, "жылғы", "кешкі", after which nothing more comes off,
 * or a verb ending of the past, -ды, -ған, the present, -ады, -йды, a participle, -атын, the participle with the
 * locative, -ғанда, "when … -ed", or a converb, -ып), then the possessive, then the plural, then the passive of a
 * verb. Derivational suffixes such as -лық/-лік are kept: they make other words ("елші" ambassador, "елшілік"
 * embassy), and merging those would mix up facts. The possessive is the third person's and the plural persons'
 * (-ы, -сы, -мыз, -ңыз): "my" and "your" (-ым, -ың) are not in texts about two states, and as endings they took the
 * -ім off nouns that end so ("келісім", agreement, was "келіс" while "келісімі" was "келісім").
 */
const LAYERS = [
  `ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті ын ін да де та те нда нде дан ден тан тен нан нен
    мен бен пен ғы гі қы кі дағы дегі тағы тегі ндағы ндегі ған ген қан кен ғаннан геннен қаннан кеннен ғанда
    генде қанда кенде атын етін йтын йтін
    ып іп ады еді йды йді иды иді итын итін`,
  `ы і сы сі мыз міз ңыз ңіз`,
  `лар лер дар дер тар тер`,
  `ыл іл`,
];

/** Verb endings (past, participle, passive), which leave a root that may be two letters ("ашты", "ашылды": "аш"). */
const VERBAL = [
  'ды',
  'ді',
  'ты',
  'ті',
  'ған',
  'ген',
  'қан',
  'кен',
  'ғанда',
  'генде',
  'қанда',
  'кенде',
  'ыл',
  'іл',
  'ады',
  'еді',
  'йды',
  'йді',
];

/**
 * Present and participle endings written with и, where a stem's final ы or і met the ending's й ("оқы" + "йды"
 * is "оқиды", "оқы" + "йтын" "оқитын"): the stem gets its vowel back, so both are "оқы", as "оқыды" is.
 */
const FUSED: Record<string, string> = { иды: 'ы', иді: 'і', итын: 'ы', итін: 'і' };

/**
 * The rules in the letters kzt folds Kazakh to (see fold), where each Kazakh letter and the Russian one people
 * type for it on a Russian keyboard meet (і and и as i, қ and к as k, ү, ұ and у as u, ғ and г as g, ң and н as n,
 * ө and о as o, ә and а as a): "елшилигинин", typed so, is "елшілігінің". Made on first use.
 */
interface Rules {
  layers: string[][];
  verbal: Set<string>;
  fused: Map<string, string>;
  single: Set<string>;
}
let rules: Rules | undefined;

function folded(): Rules {
  if (rules) return rules;
  const single = new Set(['ы', 'і'].map(fold));
  // Longest first, so that -ндағы is taken whole rather than as -ы; but the possessive -ы/-і before -сы/-сі:
  // "кеңесі" is far likelier "кеңес" + "і" than "кеңе" + "сі".
  const rank = (ending: string): number => (single.has(ending) ? 0 : 1);
  rules = {
    layers: LAYERS.map((layer) =>
      [...new Set(layer.split(/\s+/).filter(Boolean).map(fold))].sort(
        (a, b) => rank(a) - rank(b) || b.length - a.length,
      ),
    ),
    verbal: new Set(VERBAL.map(fold)),
    fused: new Map(Object.entries(FUSED).map(([e, v]) => [fold(e), fold(v)])),
    single,
  };
  return rules;
}

/**
 * The adjective of time (folded): it makes an adjective of a bare word ("жыл" year, "жылғы" of the year; "бұрын",
 * "бұрынғы"), so nothing before it is an ending. Without it "жылғы", in every Kazakh date, lost its -ы as a
 * possessive and became "жылқ", horse.
 */
const ADJECTIVE = new Set(['gy', 'gi', 'ky', 'ki']);

/** Voiced consonants that a vowel-initial ending made of a final к, қ or п ("елшілігі" from "елшілік"). */
const DEVOICE: Record<string, string> = { g: 'k', b: 'p' };

/** Letters that fold to two or more (ш sh, ж zh, х kh, ч ch, ц ts, щ shch, я ya, ю yu, ё yo). */
const DIGRAPHS = /shch|sh|zh|kh|ch|ts|y[aeou]/g;

/** How many letters a folded stem was written with. */
function letters(stem: string): number {
  let extra = 0;
  for (const m of stem.matchAll(DIGRAPHS)) extra += m[0].length - 1;
  return stem.length - extra;
}

/**
 * Case endings (folded) whose н is the one a case takes after the possessive ("Астанасына", "елшілігінде"): after
 * anything else the н is the word's own ("Астана", "Қазақстанда" is "Қазақстан" + "да").
 */
const POSSESSED_ONLY = new Set(['na', 'ne', 'nda', 'nde', 'ndagy', 'ndegi']);

/** A vowel in folded Kazakh (ы folds to y, й to i as и does, its breve taken off by NFKD: both count as vowels). */
const VOWEL = /[aeiouy]/;

/**
 * Whether an ending may be taken off a stem: a stem of three letters or more (four before a one-letter ending,
 * two before a verb ending) with a vowel in it, and the endings that depend on the sound before them where it is
 * right: the dative -на and the locative -нда after the possessive only ("Астана" stays, "Қазақстанда" is
 * "Қазақстан" + "да"), the ablative -нан after the possessive or н, м ("Қазақстаннан"), the possessive -сы after
 * a vowel and -ы after a consonant ("кеңесі" is "кеңес" + "і").
 */
function fits(stem: string, ending: string, r: Rules): boolean {
  const min = ending.length === 1 ? 4 : r.verbal.has(ending) || r.fused.has(ending) ? 2 : 3;
  if (letters(stem) < min || !VOWEL.test(stem)) return false;
  const before = stem.slice(-1);
  if (POSSESSED_ONLY.has(ending)) return before === 'y' || before === 'i';
  if (ending === 'nan' || ending === 'nen') return /[yimn]/.test(before);
  if (ending === 'sy' || ending === 'si') return VOWEL.test(before);
  // -ғы/-гі after a consonant (after a vowel, "аяғы", it is a root's қ with the possessive), -қы/-кі after a
  // voiceless one only (k, p, s, t, and the h of ш, х, ч): "түркі" is no "түр" with it.
  if (ending === 'gy' || ending === 'gi') return !VOWEL.test(before);
  if (ending === 'ky' || ending === 'ki') return /[kpsthf]/.test(before);
  if (r.single.has(ending)) return !VOWEL.test(before);
  return true;
}

/**
 * A light suffix stemmer for Kazakh (no kept library does Kazakh): takes off at most one ending of each layer,
 * outermost first, and undoes the voicing a vowel ending causes ("елшілігі" → elshilik, "қатынастарды" →
 * katynas, "Қазақстанның" → kazakstan). It works on the folded word and gives a folded stem, so that Kazakh typed
 * with Russian letters stems as Kazakh does. It runs on the Kazakh texts and on queries alike, so it only has to
 * be consistent; the eval measures it.
 */
export function kazakhStem(word: string): string {
  const r = folded();
  let w = fold(word);
  let layers = r.layers;
  // After й the ending is -ды, -ді (past, accusative) or -тын, -тін, never the fused -иды: й folds as и does, so
  // without this "қойды" (signed) lost its й as "оқиды" its и, and met neither "қойылды" nor "қойған".
  const afterY = /й(ды|ді|тын|тін)$/.exec(word);
  const root = afterY ? fold(word.slice(0, afterY.index + 1)) : '';
  // The root must be long enough for a verb ending ("-ды" stands for them all).
  if (afterY && fits(root, 'dy', r)) {
    w = root;
    layers = r.layers.slice(1);
  }
  for (const layer of layers) {
    const ending = layer.find((e) => w.endsWith(e) && fits(w.slice(0, -e.length), e, r));
    if (!ending) continue;
    const stem = w.slice(0, -ending.length) + (r.fused.get(ending) ?? '');
    const last = stem.slice(-1);
    w = VOWEL.test(ending[0] ?? '') && DEVOICE[last] ? `${stem.slice(0, -1)}${DEVOICE[last]}` : stem;
    if (ADJECTIVE.has(ending)) break;
  }
  return w;
}
