import { LANGUAGES } from '../lib/language.js';
import { AGENT_TERM, asksWho } from './asksWho.js';
import { countryRoles } from './countryRoles.js';
import { dayOfTerm, isDayTerm } from './dateQuery.js';
import { isYearSpan, spanOfTerm } from './decades.js';
import { PLAIN_TYPED, termOf } from './languageTerms.js';
import { ID_FIELD, TEXT_FIELD, type SearchIndex } from './SearchIndex.js';
import { TermExpander, type Expansion } from './TermExpander.js';
import { PRICE_WORDS, type OutOfScopeTopic } from './outOfScope.js';
import { ANY_WORD, ordinalPairTerm } from './ordinalPairs.js';
import { parseQuery, type QueryTerm } from './parseQuery.js';
import { topK, type HitOrder } from './topK.js';

/** One ranked match: the fact's position in the collection, its score in 0..1, and the terms that matched. */
export interface SearchHit {
  doc: number;
  score: number;
  matched: string[];
}

/** What a search may be narrowed to. */
export interface SearchOptions {
  /** At most this many hits (after filtering). */
  limit?: number;
  /** Only facts for which this returns true. */
  filter?: (doc: number) => boolean;
  /**
   * Only facts for which this returns true too, asked of a fact only once it reaches the minimum score: for a check
   * too costly to ask of every fact a query's words touch (FactBase's set phrases read a fact's texts).
   */
  accept?: (doc: number) => boolean;
}

/**
 * A search's options inside the searcher: the score a hit must reach may be lower (to find the nearest fact), and
 * the roles the query gives the two countries (countryRoles) rank the facts that give them the same.
 */
interface SearchWithin extends SearchOptions {
  minScore?: number;
  roles?: readonly string[];
  /** Whether the query asks who (asksWho): the facts that name no person or organisation lose WHO_PENALTY. */
  who?: boolean;
}

/** The hits of a search (at most the limit), and how many facts matched in all. */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
}

/**
 * Why a search found nothing: the query's words that no fact contains, words close to them that would find, and
 * (for a query of several words none of which is unknown to that effect) fewer of its own words that do find:
 * those the nearest fact holds.
 */
export interface Miss {
  unknown: string[];
  /** The days, months and spans of years the query names that no fact is dated in ("1950-03", "1950–1959"). */
  undated: string[];
  suggestions: string[];
  fewer?: string[];
  /** What a practical question asks for that kzt never holds ("prices"): see outOfScopePhrase. */
  scope?: OutOfScopeTopic[];
  /** The set phrases the query names that no fact holds ("free trade"): see setPhrasesIn. */
  unheld?: string[];
}

/** Whether a query term is a date the query names (a day, a month or a span of years), not a word. */
const isDateTerm = (t: QueryTerm): boolean => isDayTerm(t.word) || isYearSpan(t.word);
/** A date term as a person reads it: "@1950-03" as 1950-03, "1950/1959" as 1950–1959. */
const dateLabel = (word: string): string => (isDayTerm(word) ? dayOfTerm(word) : spanOfTerm(word));

/** How facts with equal scores are ordered; by default, by their position in the collection. */
export type DocOrder = (a: number, b: number) => number;

/**
 * The most a long text loses against a short one that holds the query's words alike, and the length (in words)
 * at which it loses all of it: a fact about the thing asked outranks one that mentions it among others. Swept
 * with `npm run eval` over the 282 facts in four languages (290 queries): 0 gives hit@1 0.929; 0.003, 0.006 and
 * 0.01 at 120 words give 0.937, 0.940 and 0.944; 0.02 and 0.04 fall back to 0.940 and 0.921; 250 words is worse
 * at every size. Small enough to change an order only among near-equal scores.
 */
const FOCUS = 0.01;
const FOCUS_LENGTH = 120;

/**
 * A hit must reach this score to be shown. The score is the IDF-weighted share of the query's words that the
 * fact contains (fuzzy matches counted by their similarity), so 0.5 means "the fact covers at least half of
 * what was asked, weighted by how telling each word is". Below it a result is noise ("stock market crash").
 * Measured with `npm run eval` (148 queries, 282 facts): 0.5 gives hit@1 0.937 and no false positive; 0.45 and
 * below let one through ("penguin migration") and 0.55 drops hit@1 to 0.929.
 */
export const MIN_SCORE = 0.5;
/**
 * Hits far below the best one are dropped too: a good first answer should not trail a tail of weak ones.
 * The eval does not move between 0.4 and 0.8 (it scores only the top three); 0.6 trims visibly weak tails.
 */
export const RELATIVE_CUTOFF = 0.6;
/**
 * How much a query word that no fact contains, not even by a typo, weighs, as a share of the weight of the
 * rarest word. It cannot tell facts apart, but it says the query asks for something the facts may not hold:
 * at full weight one such word ("which consulates exist", "what did Sapiyev say") sinks a perfect match; at
 * none, one known word of a nonsense query ("penguin migration") would carry it. Measured with `npm run eval`
 * (282 facts): from 0.5 to 1 the same hit@1 and no false positive, 0.4 and below let "penguin migration" through;
 * 0.6 kept a margin while a stray word ("visa rules", "what did Sapiyev say") no longer sank the match. Then 48
 * long off-topic questions written blind ("What agreements did President Tokayev sign with Emmanuel Macron during
 * his official visit to Paris?") found 3 facts at 0.6, 2 at 0.7 and none at 0.8 (with a year weighing as the
 * rarest word), for one Turkish question lost of 448 (hit@1 0.952 → 0.949).
 */
export const UNKNOWN_SHARE = 0.8;
/**
 * Below this similarity a word's nearest spellings in the facts are other words ("bileti", ticket, against
 * "berilet"; "багажа", baggage; "difference"), and the word weighs at least as a word no fact holds does
 * (UNKNOWN_SHARE): weighed by the far match, a practical question ("İstanbul'dan Astana'ya direkt uçuş bileti ne
 * kadar?") found the flights by its other words. Measured with `npm run eval` (4,345 queries): false positives 64 →
 * 55, with one Kazakh question gained and none lost (with "кроме", except, a stopword); at 0.72, six fewer false
 * positives; at 0.78 and 0.85, four and seven questions lost.
 */
const FAR_SIMILARITY = 0.75;
/**
 * How near a word a fact must hold for the word to be held at all: the word itself, a form of it, or a longer word
 * it begins ("bilet" of "biletleri"). A word that kzt does not cover (isOutOfScope) is otherwise nearest to words
 * of another sense: "билеті" (its ticket) to "билеуші", "погода" to "повод", "асханасы" to "Астанасы".
 */
const HELD_SIMILARITY = 0.9;
/** Whether a term asks for what kzt does not cover (isOutOfScope) and no fact holds it, as typed or in a form. */
const outsideScope = (term: QueryTerm, expansions: readonly Expansion[]): boolean =>
  term.outOfScope === true && !expansions.some((e) => e.similarity >= HELD_SIMILARITY);
/**
 * A year typed alone ("visit 2015", "в 2024 году") weighs as much as the rarest word, matched or not: it says
 * when, and a fact of another year that holds the other words is not what was asked ("agreements Erdoğan signed
 * in Egypt in 2024" is not the 2022 partnership). Measured with `npm run eval` (448 queries): one false positive
 * fewer among 48 long off-topic questions written blind, hit@1 and hit@3 unchanged.
 */
const YEAR = /^\d{4}$/;
/**
 * An ordinal from the second on ("third", "13th", "11. Dönem", "он үшінші") weighs as a year does: it says which
 * of a series is meant, and the facts of a series (the sessions of a commission, the meetings of a council) share
 * every other word. "First" weighs as a word: it is also just "earliest". Measured with `npm run eval` (658
 * queries): Kazakh holdout hit@1 0.890 → 0.901 and the rest as before; with "first" too, English and Russian
 * tuned hit@1 one query lower each and a Turkish false positive.
 */
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
/**
 * A fact that holds at least this share of a query that found nothing is near enough for its words to be offered
 * as a shorter query ("fewer words find facts: ..."): below it the words it shares are chance.
 */
const NEAREST_SCORE = 0.3;
/**
 * How surely a word matches the name it is an adjective or demonym of ("қазақстандық" Қазақстан, "Kazakistanlı"
 * Kazakistan): as a near typo does, so that a fact with the word itself ranks first.
 */
const DERIVED_SIMILARITY = 0.8;
/** How surely another written form of a query word matches (an ordinal's "3rd" for "third"): all but fully. */
const FORM_SIMILARITY = 0.99;
/**
 * The shortest reading of a query word other than the typed word itself (a stem in Turkish, Russian or Kazakh, the
 * English the domain vocabulary maps it to) that may match a vocabulary word a typo away: a shorter stem one
 * letter off is mostly another word ("dizileri", series, stems as "dizi", which is not "dili", language). Measured
 * with `npm run eval` (1,008 queries): from 5 letters two holdout false positives fewer (13 → 11), one Kazakh
 * holdout question lost at hit@1 and a Turkish one at hit@3; typed words only, three fewer but tuned Turkish and
 * Russian hit@1 0.970 → 0.939; from 6 or 7 letters, more lost.
 */
const READING_TYPO_LENGTH = 5;
/** The most searches a "did you mean" may run to check that its suggestions would find something. */
const MAX_PROBES = 6;

/**
 * The lower minimum score of a fact that holds every word the query typed with a capital letter, at least one of
 * them rare (in at most RARE_SHARE of the facts), when every word of the query is a word of the facts. A question
 * about something the facts name ("Bodrum'da yapılan Türk Konseyi zirvesinin ana teması neydi?") often asks for
 * a detail in words the fact does not use; a question about something else names what the facts do not hold
 * ("Macron", "Wimbledon") or uses a word no fact has ("Arjantin'de enflasyon oranı"). Measured with `npm run
 * eval` (658 queries): hit@1 of the holdouts tr 0.868 → 0.879, ru 0.901 → 0.912, kk 0.868 → 0.879, the tuned
 * sets unchanged, no false positive added; 0.35 and 0.4 score alike. Without the rule that every word is known,
 * one false positive more ("Arjantin'de enflasyon oranı"), counting a name rare by its rarest spelling, six more.
 */
export const NAMED_MIN_SCORE = 0.4;
const RARE_SHARE = 0.05;
/**
 * What a fact loses, at most, for not giving the two countries the roles the query gives them ("Kazakhstan's first
 * ambassador to Turkey": Kazakhstan owns, Türkiye is the place), as a share of its score, in proportion to the
 * roles it misses. It only ranks: whether a fact is found at all is decided before, and a fact that holds them
 * keeps its score. Measured with `npm run eval` (1,145 queries): tuned Russian hit@1 0.970 → 1.000, holdout hit@1
 * en 0.930 → 0.938, kk 0.917 → 0.926, tr 0.922 → 0.917 (a fact that names its owner as the subject, "Kazakhstan
 * opened an honorary consulate in Mersin", holds no owner role), hit@3 tr 0.968 → 0.977, ru 0.968 → 0.963; 0.05
 * gains less, 0.15 the same. As a bonus added to the score instead, scores above 1 were cut to 1 and tied.
 */
const ROLE_PENALTY = 0.1;
/**
 * What a fact loses, at most, for not holding the names a question is about (its words typed with a capital
 * letter), in proportion to the names it lacks, as the roles do: "Абдулла Гүл 2010 жылғы сапарында Түркістанда не
 * істеді?" is about Gül's visit that took him to Turkistan, not the summit in Astana he came to the same year,
 * which holds more of the other words. It only ranks. Measured with `npm run eval` (1,283 queries): two Kazakh
 * holdout questions gained at hit@1 (0.889 → 0.897), nothing lost, at 0.1 as at 0.2; 0.05 gains one.
 */
const NAME_PENALTY = 0.1;
/**
 * What a fact that names no person and no organisation loses, as a share of its score, when the question asks who
 * ("Kazakistan'ın Mersin'deki fahri konsolosu kim?", asksWho): it cannot say who. It only ranks, as the roles do.
 * Measured with `npm run eval` (3,171 queries, 176 of them asking who): six questions gained at hit@1 (en 1, tr 2,
 * ru 2, kk 1; all six ask for Kazakhstan's honorary consul in Mersin, which a list of consulates outranked) and
 * none lost, at 0.1 as at 0.2; counting persons only, 0.2 lost "Кто оплатил реставрацию мавзолея …?", whose
 * answer is TİKA. As one more country role (its share among them), the roles weighed less and six were lost.
 */
const WHO_PENALTY = 0.1;
/**
 * What a fact whose text holds the word an ordinal of the query counts, but not after that ordinal, loses as a
 * share of its score, per such ordinal ("тұңғыш саммиті", the first summit: ordinalPairs): the Turkic Council's
 * first summit in Almaty ranks above the 2010 Istanbul summit, whose text has "first" only of a Secretary General
 * and "summit" apart. It only ranks, as the roles do. Measured with `npm run eval` (12,704 queries): at 0.1,
 * fifteen gained at hit@1, among them a tuned English one, and three lost; at 0.03, 0.05 and 0.15, seven and one,
 * eleven and two, fifteen and seven ("the first to visit Türkiye after the coup attempt" counts a visit, not the
 * facts' visitors). Every fact that lacks the pair losing it: thirteen gained and fifteen lost ("convened for the
 * first time" is how the council's first meeting is told, hence a "time" word pairs with any); a fact holding the
 * word only in its keywords, where no pair is read, losing it: a tuned English question lost; the query's every
 * word, not the next, as the counted one: eight gained, four lost.
 */
const PAIR_PENALTY = 0.1;
/**
 * What a fact loses, at most, in proportion to the share of the query's words (by weight) that its id does not
 * hold: a fact's id names what it is about ("nakhchivan-agreement-in-force-2010", "hlscc-3rd-meeting"), and of two
 * sibling facts that hold the same words, the one about them ranks first (not the approval of an agreement "one
 * day before the third meeting"). It only ranks, as the roles do. Measured with `npm run eval` (4,345 queries):
 * holdout hit@1 en 0.919 → 0.923, ru 0.917 → 0.926, kk 0.916 → 0.924, tr 0.929 as before (42 questions gained, 22
 * lost), tuned Russian 0.970 → 1.000 at 0.05 but Kazakh 1.000 → 0.964 at both; at 0.05, 28 gained and 12 lost; at
 * 0.2, less. Then on six holdouts written blind before it was chosen (the 62nd to 67th, 337 questions): 307 hits
 * without it, 310 at 0.05, 314 at 0.1; hit@3 and false positives the same.
 */
const ID_PENALTY = 0.1;
/**
 * A word weighs as its rarest reading (matchTerm), so "Kazakhstan", whose Turkish reading "kazakhs" five facts
 * hold, weighs nearly as much as a name, though 262 of the 282 facts name Kazakhstan. That ranks well, but it let
 * questions about what the facts lack pass on the two countries: "Is there an extradition treaty between
 * Kazakhstan and Turkey?" found the strategic partnership treaty, "extradition" matching only the near spelling
 * "extraction". So when a query word is held only a typo away (or as a name it may be derived from), a fact must
 * also reach this share of the minimum score with every word weighed as its commonest reading. Measured with `npm
 * run eval` (1,417 queries): holdout false positives 25 → 17 (en 6 → 4, tr 3 → 1, ru 7 → 3, kk 9), holdout hit@1
 * ru 0.920 → 0.917 and kk 0.899 → 0.895 (two questions now find nothing), hit@3 ru 0.965 → 0.958, kk 0.962 →
 * 0.958; the tuned sets and the 184 typo queries unchanged. At 0.9, 22 false positives; at 1.1 and 1.2, 17 and 16
 * with hit@1 0.907 and 0.903 overall (0.914 at 1). Applied to every query, 13, but eleven questions lost at hit@1,
 * six of them Russian with a word no fact holds ("состоялся", "длилось").
 */
const PLAIN_SHARE = 1;
/**
 * The same share for every other query, lower: "When did Kazakhstan join the WTO?" found four facts that name
 * Kazakhstan and hold "joint", by the weight of Kazakhstan's rare reading, though no fact holds "WTO".
 * Measured with `npm run eval` (7,649 queries): false positives 112 → 106 and one Russian question lost; at 0.875,
 * 104 and three lost; at 0.9, 101 and five; at 1, 86 and twenty; at 0.8, 110 and one. Then on eight holdouts
 * written blind before it was chosen and scored on both states (the 118th to 125th): 40 of 192 must-find-nothing
 * questions find facts, against 43 without it, and the 289 questions with an answer score alike.
 */
const PLAIN_SHARE_ANY = 0.85;

/**
 * How much a Turkish or Russian verb in the past tense weighs in ranking, as a share of its weight (see
 * isPastTenseVerb): "Какую награду Эрдоган получил от Токаева в Астане?" ranks first the Order of Friendship that
 * Tokayev "вручил" (presented) to Erdoğan, not the fact in which Kazakhstan "получил" the next Nomad Games, whose
 * text names both presidents too. Whether a fact is found at all is decided at the full weight, so a question
 * about what the facts lack finds nothing as before. Measured with `npm run eval` (2,565 queries): holdout hit@1
 * tr 0.889 → 0.892, ru 0.885 → 0.894, hit@3 tr 0.950 → 0.952, ru 0.947 → 0.950, seven questions gained at hit@1
 * and none lost, the tuned sets and the false positives unchanged; 0.3, 0.4 and 0.6 gain eight, eight and five but
 * lose four, two and one. Weighed so for finding too, eleven gained and as many lost, and a tuned long off-topic
 * question and a Russian holdout one found facts. English "-ed" gained a tuned query and lost a holdout one;
 * Kazakh, whose past tense ends as its accusative does, lost six for three.
 */
const PAST_VERB_SHARE = 0.5;

/** The share of `of` things a fact does not hold, having `held` of them (none when there are none to hold). */
const missedShare = (held: number | undefined, of: number) => (of > 0 ? 1 - (held ?? 0) / of : 0);

/**
 * How one query word matched: its weight, the vocabulary terms that stand for it, its weight by its commonest
 * reading (`plain`), and whether the facts hold it only a typo away (`typoOnly`): not as typed, not as one of its
 * readings or forms, and not unknown either.
 */
interface TermMatch {
  weight: number;
  expansions: Expansion[];
  plain: number;
  typoOnly: boolean;
}

/** Ranks facts for a free-text query with an inverted index, fuse.js fuzzy term expansion and IDF weighting. */
export class FactSearcher {
  private expanderCache: TermExpander | undefined;
  private pricedCache: Uint8Array | undefined;

  constructor(
    private readonly index: SearchIndex,
    private readonly tieOrder: DocOrder = (a, b) => a - b,
  ) {}

  /** Which facts state what something cost (PRICE_WORDS), 1 for each: worked out on the first price asked. */
  private pricedFacts(): Uint8Array {
    if (!this.pricedCache) {
      const priced = new Uint8Array(this.index.docCount);
      for (const lang of LANGUAGES)
        for (const word of PRICE_WORDS[lang])
          for (const doc of this.index.postingArrays(termOf(word, lang)).docs) priced[doc] = 1;
      this.pricedCache = priced;
    }
    return this.pricedCache;
  }

  private get expander(): TermExpander {
    this.expanderCache ??= new TermExpander(this.index.vocabulary);
    return this.expanderCache;
  }

  private expansions(term: Pick<QueryTerm, 'alternatives' | 'derived' | 'forms'>): Expansion[] {
    const best = new Map<string, number>();
    const add = (word: string, factor: number, typos = true) => {
      for (const e of this.expander.expand(word, undefined, typos)) {
        const similarity = e.similarity * factor;
        if (similarity > (best.get(e.term) ?? 0)) best.set(e.term, similarity);
      }
    };
    // A typo is in what was typed: the word's other readings (its stems in each language, the English of the
    // domain vocabulary) match a typo's neighbours only from READING_TYPO_LENGTH letters, and only when its first
    // reading is no word of the facts: a word the facts hold is spelled right, and a typo away from its other
    // readings lie other words (the Kazakh stem "түрксо" of "ТҮРКСОЙ" is two letters from "түркі", Turkic).
    // Eval (8,771 queries): six gained, two lost, false positives alike; the 132nd to 137th holdouts, blind, alike.
    const known = this.expander.has(term.alternatives[0] ?? '');
    term.alternatives.forEach((alt, i) =>
      add(alt, 1, i === 0 || (!known && alt.length >= READING_TYPO_LENGTH)),
    );
    for (const name of term.derived ?? []) add(name, DERIVED_SIMILARITY);
    // A plain-typed Turkish form (plainTurkishTerm) matches only as it is: looking for its typos would build the
    // typo tables (TermExpander) for a query whose words the facts all hold, and cost every such search its start.
    for (const form of term.forms ?? []) add(form, FORM_SIMILARITY, !form.startsWith(PLAIN_TYPED));
    return [...best].map(([t, similarity]) => ({ term: t, similarity }));
  }

  private matchTerm(term: QueryTerm): TermMatch {
    const expansions = this.expansions(term);
    const typoOnly = expansions.length > 0 && expansions.every((e) => e.similarity < FORM_SIMILARITY);
    const { weight, plain = weight } = this.weigh(term, expansions);
    return { weight, expansions, plain, typoOnly };
  }

  /** A query word's weight, and its weight by its commonest reading where that differs (see PLAIN_SHARE). */
  private weigh(term: QueryTerm, expansions: readonly Expansion[]): { weight: number; plain?: number } {
    const year = YEAR.test(term.word) || isYearSpan(term.word);
    const ordinal = Number(ORDINAL.exec(term.word)?.[1] ?? 0) >= 2;
    if (year || ordinal) return { weight: this.index.idf(null) };
    // A framing weighs as its commonest kind: "what did Sapiyev say about visits" asks for a statement or a quote,
    // and the few quotes must not outrank the statement about visits by their rarity. Eval (868 queries): the
    // same hit@1 and hit@3 as weighing by the rarest kind.
    if (term.framing) {
      return { weight: Math.min(...term.alternatives.map((a) => this.index.idf(a))) };
    }
    const unknownWeight = this.index.idf(null) * UNKNOWN_SHARE;
    if (expansions.length === 0) return { weight: unknownWeight };
    let weight = 0;
    let plain = 0;
    let bestSimilarity = 0;
    for (const { term, similarity } of expansions) {
      // A word weighs as much as the rarest-for-its-closeness spelling it matched; plainly, as the commonest.
      const idf = this.index.idf(term);
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity;
        weight = idf;
        plain = idf;
      } else if (similarity === bestSimilarity) {
        weight = Math.max(weight, idf);
        plain = Math.min(plain, idf);
      }
    }
    // A word the facts hold only longer or misspelt weighs by how sure that reading is: otherwise one rare longer
    // word that begins it makes every fact without that word lose as if it lacked the word typed. (Its matches
    // count by their similarity already, so a one-word query scores as before.) Eval (282 facts): hit@1
    // unchanged in every language, hit@3 of the Turkish holdout 0.900 → 1.000, no false positive.
    // A word the facts hold only far from it weighs at least as one they do not hold at all (FAR_SIMILARITY).
    const floor = bestSimilarity < FAR_SIMILARITY ? unknownWeight : 0;
    return {
      weight: Math.max(weight * bestSimilarity, floor),
      plain: Math.max(plain * bestSimilarity, floor),
    };
  }

  /** Ranked hits for a query, best first, and the number of facts that matched; none below the minimum score. */
  search(query: string, options: SearchOptions = {}): SearchResult {
    return this.searchTerms(
      parseQuery(query, (term) => this.expander.has(term)),
      {
        ...options,
        roles: countryRoles(query),
        who: asksWho(query),
      },
    );
  }

  private searchTerms(query: readonly QueryTerm[], options: SearchWithin): SearchResult {
    // A practical question kzt never answers, such as a flight's length (outOfScopePhrase), has no answer either; a
    // price is asked with the query's other words.
    const scope = query.find((t) => t.scope)?.scope;
    if (scope !== undefined && scope !== 'prices') return { hits: [], total: 0 };
    const terms = scope === undefined ? query : query.filter((t) => !t.scope);
    if (terms.length === 0) return { hits: [], total: 0 };
    const n = this.index.docCount;
    // What a fact must hold to answer at all, one mark per fact each: a cost, when the query asks a price
    // (PRICE_WORDS), and each other country it names (isThirdCountry), marked below as its word is matched. A set
    // phrase, which needs the fact's texts, is the caller's `accept`.
    const required: Uint8Array[] = scope === 'prices' ? [this.pricedFacts()] : [];
    const matches = terms.map((t) => this.matchTerm(t));
    // A question for what no fact holds, such as a fare or the weather, has no answer here (isOutOfScope).
    if (terms.some((t, i) => outsideScope(t, matches[i]?.expansions ?? []))) return { hits: [], total: 0 };
    const total = matches.reduce((sum, m) => sum + m.weight, 0);
    // The weight of the query's words an id may hold (ID_PENALTY): not the kind its framing asks for, nor a day
    // or month ("@1992-03"), which no id is written with; a query of those only ranks by the rest.
    const inIds = (t: number) => !terms[t]?.framing && !isDayTerm(terms[t]?.word ?? '');
    const idTotal = matches.reduce((sum, m, t) => sum + (inIds(t) ? m.weight : 0), 0);
    // Each word's weight in ranking, and the facts' coverage so weighed, where a past-tense verb weighs less
    // (PAST_VERB_SHARE); without one, ranking uses the coverage itself.
    const reweighed = terms.some((t) => t.pastVerb);
    const rankWeights = matches.map((m, t) => (terms[t]?.pastVerb ? m.weight * PAST_VERB_SHARE : m.weight));
    const rankTotal = rankWeights.reduce((sum, w) => sum + w, 0);
    const rankSum = new Float64Array(reweighed ? n : 0);
    // Coverage by the commonest readings too (PLAIN_SHARE), of which a query must reach a share of the minimum
    // score: more of it with a word the facts hold only a typo away.
    const plainShare = matches.some((m) => m.typoOnly) ? PLAIN_SHARE : PLAIN_SHARE_ANY;
    const plainTotal = matches.reduce((sum, m) => sum + m.plain, 0);
    const plainSum = new Float64Array(n);
    // One set of arrays of the facts' size for the whole query, however many words it has: each word's best
    // contribution per fact is gathered in `best` and added to `sum`, then cleared for the next word.
    const sum = new Float64Array(n);
    const best = new Float32Array(n);
    // The same for the words each fact holds in its id (ID_PENALTY).
    const idSum = new Float64Array(n);
    const bestInId = new Float32Array(n);
    // 0 = not yet seen, 1 = passes the filter, 2 = filtered out; the filter runs once per fact.
    const state = new Uint8Array(n);
    // Whether a fact matched a word of the query itself, not only the kind its framing asks for.
    const content = new Uint8Array(n);
    const seen: number[] = [];
    const touched: number[] = [];
    // For the named-subject rule and NAME_PENALTY: how many of the query's capitalized words each fact holds, and
    // whether one of them is rare (by the number of facts that hold the word in any spelling it matched).
    const allKnown = matches.every((m) => m.expansions.length > 0);
    const names = terms.filter((t) => t.capitalized && !t.framing).length;
    const namesHeld = new Uint8Array(names > 0 ? n : 0);
    const rareName = new Uint8Array(names > 0 ? n : 0);
    const rareDf = Math.max(1, RARE_SHARE * n);
    const lastTerm = new Int32Array(names > 0 ? n : 0).fill(-1);
    matches.forEach((m, t) => {
      const name = terms[t]?.capitalized && !terms[t]?.framing;
      let df = 0;
      for (const { term, similarity } of m.expansions) {
        // A plain loop over the arrays: a common word has a posting in most of 100,000 facts.
        const { docs, codes, weights } = this.index.postingArrays(term);
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as number;
          if (name && lastTerm[doc] !== t) {
            lastTerm[doc] = t;
            df++;
          }
          if (state[doc] === 0) {
            state[doc] = !options.filter || options.filter(doc) ? 1 : 2;
            if (state[doc] === 1) seen.push(doc);
          }
          if (state[doc] !== 1) continue;
          const code = codes[i] as number;
          const c = similarity * (weights[code] as number);
          const prev = best[doc] as number;
          if (prev === 0) touched.push(doc);
          if (c > prev) best[doc] = c;
          if (code & ID_FIELD && similarity > (bestInId[doc] as number)) bestInId[doc] = similarity;
        }
      }
      const framing = terms[t]?.framing;
      const rare = df <= rareDf;
      // A question that names another country asks about it: "Товарооборот Казахстана и Китая" is not the trade
      // with Türkiye. Only a fact that names that country too answers it.
      const country = terms[t]?.thirdCountry ? new Uint8Array(n) : undefined;
      if (country) required.push(country);
      for (const doc of touched) {
        if (country) country[doc] = 1;
        sum[doc] = (sum[doc] ?? 0) + m.weight * (best[doc] ?? 0);
        if (reweighed)
          rankSum[doc] = (rankSum[doc] as number) + (rankWeights[t] as number) * (best[doc] ?? 0);
        plainSum[doc] = (plainSum[doc] as number) + m.plain * (best[doc] ?? 0);
        if (!framing) {
          content[doc] = 1;
          if (inIds(t)) idSum[doc] = (idSum[doc] as number) + m.weight * (bestInId[doc] as number);
        }
        bestInId[doc] = 0;
        if (name) {
          namesHeld[doc] = (namesHeld[doc] as number) + 1;
          if (rare) rareName[doc] = 1;
        }
        best[doc] = 0;
      }
      touched.length = 0;
    });
    // How many of the query's country roles each fact gives the countries too.
    const roles = options.roles ?? [];
    const rolesHeld = new Uint8Array(roles.length > 0 ? n : 0);
    for (const role of roles) {
      for (const doc of this.index.postingArrays(role).docs) rolesHeld[doc] = (rolesHeld[doc] as number) + 1;
    }
    const pairs = this.missedOrdinalPairs(terms, matches);
    // Which facts name a person or an organisation, for a question that asks who.
    const agents = new Uint8Array(options.who ? n : 0);
    if (options.who) for (const doc of this.index.postingArrays(AGENT_TERM).docs) agents[doc] = 1;
    let top = 0;
    const hits: SearchHit[] = [];
    for (const doc of seen) {
      if (content[doc] === 0 || required.some((marks) => marks[doc] === 0)) continue;
      const coverage = Math.min(1, (sum[doc] ?? 0) / total);
      const named = allKnown && names > 0 && namesHeld[doc] === names && rareName[doc] === 1;
      const minScore = options.minScore ?? (named ? Math.min(MIN_SCORE, NAMED_MIN_SCORE) : MIN_SCORE);
      if (coverage < minScore) continue;
      if ((plainSum[doc] as number) < plainShare * minScore * plainTotal) continue;
      if (options.accept && !options.accept(doc)) continue;
      // Of two facts that hold the query's words alike, the one about them (the shorter) ranks first; then one
      // that lacks some of the question's country roles or names loses a share (never below the minimum).
      const share = reweighed ? Math.min(1, (rankSum[doc] as number) / rankTotal) : coverage;
      const score = Math.max(
        minScore,
        (share - FOCUS * Math.min(1, this.index.lengthOf(doc) / FOCUS_LENGTH)) *
          (1 - ROLE_PENALTY * missedShare(rolesHeld[doc], roles.length)) *
          (1 - NAME_PENALTY * missedShare(namesHeld[doc], names)) *
          (pairs.asked > 0 ? 1 - (PAIR_PENALTY * (pairs.missed[doc] as number)) / pairs.asked : 1) *
          (options.who && agents[doc] === 0 ? 1 - WHO_PENALTY : 1) *
          (idTotal > 0 ? 1 - ID_PENALTY * (1 - Math.min(1, (idSum[doc] as number) / idTotal)) : 1),
      );
      hits.push({ doc, score, matched: [] });
      if (score > top) top = score;
    }
    // Scores equal to the precision kzt prints are a tie, ordered the same way every time (by date, then id).
    const shown = (score: number) => Math.round(score * 1000);
    const order: HitOrder = (a, b) => shown(b.score) - shown(a.score) || this.tieOrder(a.doc, b.doc);
    const kept = hits.filter((h) => h.score >= top * RELATIVE_CUTOFF);
    const ranked = topK(kept, options.limit ?? kept.length, order);
    // Which vocabulary terms matched, for highlighting: looked up again for the hits returned only, so nothing
    // per word and fact is kept while ranking.
    for (const h of ranked) {
      for (const m of matches) {
        let bestTerm: string | undefined;
        let bestValue = 0;
        for (const { term, similarity } of m.expansions) {
          const c = similarity * this.index.weightIn(term, h.doc);
          if (c > bestValue) {
            bestValue = c;
            bestTerm = term;
          }
        }
        // A plain-typed Turkish form stands for the words it refers to: those the fact holds are what matched.
        if (bestTerm?.startsWith(PLAIN_TYPED)) {
          const doc = h.doc;
          h.matched.push(
            ...this.index.referredTerms(bestTerm).filter((t) => this.index.weightIn(t, doc) > 0),
          );
        } else if (bestTerm !== undefined) h.matched.push(bestTerm);
      }
    }
    return { hits: ranked, total: kept.length };
  }

  /**
   * How many of the query's ordinals each fact misses: its text holds the word an ordinal counts, but not after it
   * ("first summit" in a text with "first Secretary General" and "summit": ordinalPairs), out of `asked`. An ordinal
   * no fact holds next to that word tells no fact from another and is not asked.
   */
  private missedOrdinalPairs(
    terms: readonly QueryTerm[],
    matches: readonly TermMatch[],
  ): { missed: Uint8Array; asked: number } {
    const n = this.index.docCount;
    const missed = new Uint8Array(terms.some((t) => t.counts) ? n : 0);
    let asked = 0;
    for (const { counts } of terms) {
      const m = counts && matches[terms.findIndex((c) => c.word === counts.word)];
      if (!counts || !m) continue;
      const holds = new Uint8Array(n);
      let held = false;
      for (const { term } of m.expansions)
        for (const doc of this.index.postingArrays(ordinalPairTerm(counts.n, term)).docs) {
          holds[doc] = 1;
          held = true;
        }
      if (!held) continue;
      asked++;
      for (const doc of this.index.postingArrays(ordinalPairTerm(counts.n, ANY_WORD)).docs) holds[doc] = 1;
      // The word in the text, where the pairs are read from (a keyword's "embassy" is no text's).
      for (const { term } of m.expansions) {
        const { docs, codes } = this.index.postingArrays(term);
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as number;
          if (holds[doc] === 0 && ((codes[i] as number) & TEXT_FIELD) !== 0) {
            holds[doc] = 1;
            missed[doc] = (missed[doc] as number) + 1;
          }
        }
      }
    }
    return { missed, asked };
  }

  /**
   * Why a query found nothing: its words that no fact contains (not even by a typo), and for each a word of
   * the facts a few typos away that, with the query's other known words, would find something. Never a word
   * that was typed.
   */
  explainMiss(query: string, options: SearchOptions = {}, limit = 3): Miss {
    const terms = parseQuery(query, (term) => this.expander.has(term));
    const scope = terms.flatMap((t) => (t.scope ? [t.scope] : []));
    if (scope.length > 0) return { unknown: [], undated: [], suggestions: [], scope };
    const typed = new Set(terms.map((t) => t.word));
    // A word no fact holds, and one that asks for what kzt does not cover that no fact holds as it is (isOutOfScope).
    const missing = terms.filter((t) => {
      const expansions = this.expansions(t);
      return expansions.length === 0 || outsideScope(t, expansions);
    });
    // A date no fact is dated in has no spelling near it to offer: it is reported as a date, not a word.
    const unknown = missing.filter((t) => !isDateTerm(t));
    const known = terms.filter((t) => !missing.includes(t));
    const suggestions = new Set<string>();
    // Each candidate costs a search: a bounded number, so that a miss over 100,000 facts still answers at once.
    let probes = MAX_PROBES;
    // A word kzt does not cover was meant as typed: nothing near it is offered.
    for (const t of unknown.filter((u) => !u.outOfScope)) {
      // The word as English reads it first, then its readings in its own languages: a Russian typo is nearer the
      // Russian stem of the word meant than the whole folded word is ("землятресение", "землетрясение").
      const readings = [
        t.word,
        ...t.alternatives.filter((a) => a !== t.word && a.length >= READING_TYPO_LENGTH),
      ];
      for (const candidate of readings.flatMap((r) => this.expander.suggest(r, 5))) {
        if (typed.has(candidate) || suggestions.size >= limit || probes-- <= 0) continue;
        const probe = [...known, { word: candidate, surface: candidate, alternatives: [candidate] }];
        if (this.searchTerms(probe, { ...options, limit: 1 }).total > 0) {
          suggestions.add(this.index.surfaceOf(candidate));
          break;
        }
      }
    }
    const fewer = missing.length === 0 ? this.fewerWords(terms, options) : undefined;
    return {
      unknown: unknown.map((t) => t.surface),
      undated: missing.filter(isDateTerm).map((t) => dateLabel(t.word)),
      suggestions: [...suggestions],
      ...(fewer ? { fewer } : {}),
    };
  }

  /**
   * For a query of several words that found nothing: the words of it that the nearest fact holds, as typed, when
   * they are at least two and not all of them, and find something by themselves. A whole question put in other
   * words than a fact's ("who first put forward the idea of a Turkic Council") often shares its names and key
   * words with the fact that answers it.
   */
  private fewerWords(terms: readonly QueryTerm[], options: SearchOptions): string[] | undefined {
    const content = terms.filter((t) => !t.framing);
    if (content.length < 3) return undefined;
    const nearest = this.searchTerms(terms, { ...options, limit: 1, minScore: NEAREST_SCORE }).hits[0];
    if (!nearest) return undefined;
    const held = content.filter((t) =>
      this.expansions(t).some((e) => this.index.weightIn(e.term, nearest.doc) > 0),
    );
    if (held.length < 2 || held.length === content.length) return undefined;
    if (this.searchTerms(held, { ...options, limit: 1 }).total === 0) return undefined;
    return held.map((t) => (isDayTerm(t.word) ? dayOfTerm(t.word) : t.surface));
  }
}
