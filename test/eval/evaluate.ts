import { readFileSync } from 'node:fs';
import type { FactBase } from '../../src/factbase/FactBase.js';
import { LANGUAGES, type Language } from '../../src/lib/language.js';

/** One eval query: what a user types, in which language, and the ids of the facts that answer it. */
export interface EvalQuery {
  query: string;
  /** The language the query is written in (a name alone counts as the language of its script). */
  lang: Language;
  category: 'keyword' | 'language' | 'typo' | 'question' | 'date' | 'nothing';
  /** The facts that answer it; none for category "nothing", which must find nothing. */
  expect: string[];
  /** Written after the search was tuned, and scored apart: the honest measure of what tuning did not see. */
  holdout?: boolean;
  /** Which holdout set the query belongs to (e.g. "holdout-2"), so later holdouts can be scored on their own. */
  set?: string;
  note?: string;
}

/** Quality figures over a set of queries. */
export interface EvalMetrics {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Queries that must find nothing but returned results. */
  falsePositives: number;
}

/** The eval's result: figures overall, per language (tuned and holdout apart), per category, and the misses. */
export interface EvalReport {
  overall: EvalMetrics;
  byLanguage: Record<Language, EvalMetrics>;
  holdoutByLanguage: Record<Language, EvalMetrics>;
  /** Per named `set` (e.g. "holdout-2"), figures per language over that set's queries alone. */
  bySet: Record<string, Record<Language, EvalMetrics>>;
  byCategory: Record<string, EvalMetrics>;
  misses: Array<{ query: string; lang: Language; expect: string[]; got: string[] }>;
}

/** The bundled eval queries. */
export function loadQueries(): EvalQuery[] {
  const file = new URL('./queries.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalQuery[] }).queries;
}

type Row = { q: EvalQuery; got: string[] };

function metrics(rows: readonly Row[]): EvalMetrics {
  const positive = rows.filter((r) => r.q.expect.length > 0);
  const rank = (r: Row) => r.got.findIndex((id) => r.q.expect.includes(id)) + 1;
  const share = (n: number) => (positive.length === 0 ? 1 : n / positive.length);
  return {
    queries: rows.length,
    hitAt1: share(positive.filter((r) => rank(r) === 1).length),
    hitAt3: share(positive.filter((r) => rank(r) >= 1 && rank(r) <= 3).length),
    mrr: share(positive.reduce((sum, r) => sum + (rank(r) > 0 ? 1 / rank(r) : 0), 0)),
    falsePositives: rows.filter((r) => r.q.expect.length === 0 && r.got.length > 0).length,
  };
}

function perLanguage(rows: readonly Row[]): Record<Language, EvalMetrics> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, metrics(rows.filter((r) => r.q.lang === l))])) as Record<
    Language,
    EvalMetrics
  >;
}

/** Runs every query through the store's searcher (top 10, as `kzt facts search` shows) and scores the ranking. */
export function evaluate(store: FactBase, queries: readonly EvalQuery[]): EvalReport {
  const rows = queries.map((q) => ({
    q,
    got: store.search(q.query, { limit: 10 }).map((h) => h.fact.id),
  }));
  const categories = [...new Set(queries.map((q) => q.category))];
  const sets = [...new Set(queries.flatMap((q) => (q.set === undefined ? [] : [q.set])))];
  return {
    overall: metrics(rows),
    byLanguage: perLanguage(rows.filter((r) => !r.q.holdout)),
    holdoutByLanguage: perLanguage(rows.filter((r) => r.q.holdout)),
    bySet: Object.fromEntries(sets.map((s) => [s, perLanguage(rows.filter((r) => r.q.set === s))])),
    byCategory: Object.fromEntries(
      categories.map((c) => [c, metrics(rows.filter((r) => r.q.category === c))]),
    ),
    misses: rows
      .filter((r) => (r.q.expect.length === 0 ? r.got.length > 0 : !r.q.expect.includes(r.got[0] ?? '')))
      .map((r) => ({
        query: r.q.query,
        lang: r.q.lang,
        expect: r.q.expect.slice(0, 3),
        got: r.got.slice(0, 3),
      })),
  };
}

/** Turkish's own letters and the plain ones a keyboard without them types instead. */
const PLAIN_LETTERS: Record<string, string> = {
  ç: 'c',
  ğ: 'g',
  ı: 'i',
  ö: 'o',
  ş: 's',
  ü: 'u',
  â: 'a',
  î: 'i',
  û: 'u',
  Ç: 'C',
  Ğ: 'G',
  İ: 'I',
  Ö: 'O',
  Ş: 'S',
  Ü: 'U',
  Â: 'A',
  Î: 'I',
  Û: 'U',
};

/**
 * The Turkish queries as typed on a keyboard without Turkish letters ("Kazakistan deprem bagislari"): the same
 * questions, whose answers are the same facts.
 */
export function typedPlainly(queries: readonly EvalQuery[]): EvalQuery[] {
  return queries
    .filter((q) => q.lang === 'tr')
    .map((q) => ({ ...q, query: q.query.replace(/[çğıöşüâîûÇĞİÖŞÜÂÎÛ]/g, (c) => PLAIN_LETTERS[c] ?? c) }));
}
