/**
 * Turkish verb endings that Snowball's Turkish stemmer leaves on. That stemmer takes off noun endings (and the
 * past -DI after a consonant, as the copula), so a verb and the noun made from it end up as different terms:
 * "açıldı" (was opened) → "açıl", "açtı" (opened) → "aç", "açılması" (its opening) → "açılmas", "tanıdı"
 * (recognised) → "tanıdı", "tanıyan" (recognising) → "tanıya". This rule runs on Snowball's stem and takes off,
 * from the end, one tense (with the present -Iyor, and a "can" -Abil before it), participle, verbal-noun or "can"
 * (-Abilir) ending, then the passive, so that all of those become the verb's root ("aç", "tanı"). A noun ending
 * only counts where Turkish vowel harmony allows it after the stem ("acil", urgent, is not "ac" + the passive -ıl:
 * after "a" the passive is "-ıl"), and only a stem of two letters or more with a vowel in it is left. Like the
 * Kazakh rule it runs on the texts and on queries alike, so it only has to be consistent; the eval measures it.
 */

const VOWELS = 'aeıioöuü';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** The last vowel of a word, or undefined. */
function lastVowel(word: string): string | undefined {
  for (let i = word.length - 1; i >= 0; i--) if (isVowel(word[i])) return word[i];
  return undefined;
}

/** Whether a suffix's vowel follows the stem's last vowel as harmony wants (four-way ı/i/u/ü, two-way a/e). */
function harmonizes(stem: string, suffix: string): boolean {
  const last = lastVowel(stem);
  const own = [...suffix].find(isVowel);
  if (last === undefined) return false;
  if (own === undefined) return true;
  const back = 'aıou'.includes(last);
  if (own === 'a' || own === 'e') return own === (back ? 'a' : 'e');
  const rounded = 'ouöü'.includes(last);
  return own === (back ? (rounded ? 'u' : 'ı') : rounded ? 'ü' : 'i');
}

/** Whether a stem may be left: two letters or more with a vowel. */
const enough = (stem: string): boolean => stem.length >= 2 && lastVowel(stem) !== undefined;

/**
 * Tense, participle and verbal-noun endings (the forms Snowball leaves: "-dığı" as "-dık", "-ması" as "-mas",
 * "-an" as "-a"), the first that fits taken off, longer before shorter. `afterVowel` endings only follow a vowel
 * (the past -DI after a consonant is gone already); `whole` ones only come off a word Snowball left whole;
 * `afterPassive` ones only follow a passive (-Il, or -n after a vowel): "açıla" from "açılan", while "sıra"
 * stays; `min` is the fewest letters to leave (two by default); `notAfter`, what the root may not end in;
 * `nounOnly` ones not after a verb's ending that Snowball took off (verbalCut).
 */
const OUTER: ReadonlyArray<{
  endings: string[];
  before?: string[];
  afterVowel?: true;
  afterPassive?: true;
  whole?: true;
  min?: number;
  notAfter?: RegExp;
  nounOnly?: true;
}> = [
  // The abilitative "-(y)Abil" with its aorist, as questions ask ("kalabilir": can stay; "yapılabilir").
  { endings: ['yabilir', 'yebilir', 'abilir', 'ebilir', 'yabil', 'yebil', 'abil', 'ebil'] },
  // The present continuous "-Iyor", which Snowball leaves on ("çalışıyor": is working; "açılıyor"), with the
  // abilitative before it where there is one ("kalabiliyor": can stay).
  { endings: ['ıyor', 'iyor', 'uyor', 'üyor'], before: ['yabil', 'yebil', 'abil', 'ebil'] },
  { endings: ['dık', 'dik', 'duk', 'dük', 'tık', 'tik', 'tuk', 'tük'] },
  { endings: ['mış', 'miş', 'muş', 'müş'] },
  { endings: ['yarak', 'yerek', 'arak', 'erek', 'yacak', 'yecek', 'acak', 'ecek'] },
  // The converb "-(y)Ip" ("arayıp": having called; "gelip"), after a root of three letters: "ekip" (team) stays,
  // and so does the English "-ship" a query word read as Turkish may end in ("citizenship", "partnership").
  { endings: ['yıp', 'yip', 'yup', 'yüp', 'ıp', 'ip', 'up', 'üp'], min: 3, notAfter: /sh$/ },
  { endings: ['mak', 'mek', 'mas', 'mes'] },
  // The verbal noun -(y)Iş ("açılış", opening; "giriş"), but not after a verb's ending that Snowball took off:
  // then the -Iş is the verb's own ("görüştü", met, "konuştu", spoke), and stays, as in its noun "görüşme".
  { endings: ['yış', 'yiş', 'yuş', 'yüş', 'ış', 'iş', 'uş', 'üş'], nounOnly: true },
  { endings: ['dı', 'di', 'du', 'dü'], afterVowel: true, whole: true, min: 3 },
  { endings: ['ya', 'ye'], afterVowel: true, min: 3 },
  { endings: ['ma', 'me'], min: 3 },
  { endings: ['a', 'e'], afterPassive: true },
];

/**
 * Verbs whose -Il is part of the root, not a passive: "katıl" (to take part, attend) is no passive of "kat" (to
 * add), and its noun "katılım" (participation) keeps it. Without it "zirveye katıldı" (attended the summit) read as
 * "kat" and "zirveye katılım" as "katil", and the two never met.
 */
const OWN_IL: ReadonlySet<string> = new Set(['katıl']);

/**
 * The length of a passive at the end of a stem: -Il after a consonant, with its harmony ("açıl", "kurul"), or
 * -In after an l ("alın", "bulun"), or -n after a root of three letters or more that ends in a vowel ("tanın",
 * "imzalan"); 0 if none.
 */
function passiveLength(stem: string): number {
  const n = stem.length;
  const [a, b, c] = [stem[n - 3], stem[n - 2], stem[n - 1]];
  if (c === 'l' && 'ıiuü'.includes(b ?? '') && a !== undefined && !isVowel(a)) {
    const root = stem.slice(0, -2);
    return enough(root) && harmonizes(root, stem.slice(-2)) ? 2 : 0;
  }
  if (c === 'n' && 'ıiuü'.includes(b ?? '') && a === 'l') {
    const root = stem.slice(0, -2);
    return enough(root) && harmonizes(root, stem.slice(-2)) ? 2 : 0;
  }
  if (c === 'n' && isVowel(b) && n - 1 >= 3) return 1;
  return 0;
}

/**
 * Whether what Snowball took off a word was a verb's: the past -DI (not the copula -DIr) or the reported past
 * -mIş, as in "açıldı" → "açıl", "açılmıştır" → "açıl". Its other cuts are a noun's ("okullar" → "okul"), after
 * which a final -ul is the noun's own.
 */
export function verbalCut(word: string, stem: string): boolean {
  if (!word.startsWith(stem) || word === stem) return false;
  const rest = word.slice(stem.length);
  return /^m[ıiuü]ş/.test(rest) || (/^[dt][ıiuü]/.test(rest) && !/^[dt][ıiuü]r/.test(rest));
}

/**
 * The root of a Turkish verb form as Snowball's stemmer left it (lower-case, unfolded); other words unchanged.
 * `cut`: Snowball took a verb's ending off already (verbalCut), so a passive left at the end is one; `whole`:
 * Snowball took nothing off, so a final -DI after a vowel ("tanıdı", "başladı") is the past it leaves on, and not
 * what remains of a noun ("belediye" → "beledi").
 */
export function turkishVerbStem(stem: string, cut = false, whole = false): string {
  let w = stem;
  let verbal = cut;
  for (const {
    endings,
    before,
    afterVowel,
    afterPassive,
    whole: onWord,
    min = 2,
    notAfter,
    nounOnly,
  } of OUTER) {
    if (onWord && !whole) continue;
    if (nounOnly && cut) continue;
    const ending = endings.find((e) => w.endsWith(e));
    if (ending === undefined) continue;
    const root = w.slice(0, -ending.length);
    if (root.length < min || !enough(root) || !harmonizes(root, ending)) continue;
    if (afterVowel && !isVowel(root.slice(-1))) continue;
    if (notAfter?.test(root)) continue;
    if (afterPassive && passiveLength(root) === 0) continue;
    w = root;
    verbal = true;
    const inner = before?.find((e) => w.endsWith(e));
    const rest = inner === undefined ? '' : w.slice(0, -inner.length);
    if (inner !== undefined && enough(rest) && harmonizes(rest, inner)) w = rest;
    break;
  }
  // The passive only after a verb's ending (taken off here or by Snowball): a bare "-il" or "-n" is a noun's; and
  // not where the -Il is the verb's own (OWN_IL).
  if (verbal && !OWN_IL.has(w)) {
    const p = passiveLength(w);
    if (p > 0) w = w.slice(0, -p);
  }
  return w;
}
