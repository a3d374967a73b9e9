import { readFileSync } from 'node:fs';
import type { FactBase } from '../../src/factbase/FactBase.js';

/** One eval query: what a user types and the ids of the facts that answer it (none for category "nothing"). */
export interface EvalQuery {
  query: string;
  category: 'keyword' | 'language' | 'typo' | 'question' | 'nothing';
  expect: string[];
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

/** The eval's result: figures overall, per category and for the holdout, and the queries that missed. */
export interface EvalReport {
  overall: EvalMetrics;
  byCategory: Record<string, EvalMetrics>;
  /** The queries written after tuning (their note starts "holdout"). */
  holdout: EvalMetrics;
  misses: Array<{ query: string; expect: string[]; got: string[] }>;
}

/** The bundled eval queries. */
export function loadQueries(): EvalQuery[] {
  const file = new URL('./queries.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalQuery[] }).queries;
}

function metrics(rows: Array<{ q: EvalQuery; got: string[] }>): EvalMetrics {
  const positive = rows.filter((r) => r.q.expect.length > 0);
  const rank = (r: { q: EvalQuery; got: string[] }) => r.got.findIndex((id) => r.q.expect.includes(id)) + 1;
  const share = (n: number) => (positive.length === 0 ? 1 : n / positive.length);
  return {
    queries: rows.length,
    hitAt1: share(positive.filter((r) => rank(r) === 1).length),
    hitAt3: share(positive.filter((r) => rank(r) >= 1 && rank(r) <= 3).length),
    mrr: share(positive.reduce((sum, r) => sum + (rank(r) > 0 ? 1 / rank(r) : 0), 0)),
    falsePositives: rows.filter((r) => r.q.expect.length === 0 && r.got.length > 0).length,
  };
}

/** Runs every query through the store's searcher (top 10, as `kzt facts search` shows) and scores the ranking. */
export function evaluate(store: FactBase, queries: readonly EvalQuery[]): EvalReport {
  const rows = queries.map((q) => ({
    q,
    got: store.search(q.query, { limit: 10 }).map((h) => h.fact.id),
  }));
  const categories = [...new Set(queries.map((q) => q.category))];
  return {
    overall: metrics(rows),
    byCategory: Object.fromEntries(
      categories.map((c) => [c, metrics(rows.filter((r) => r.q.category === c))]),
    ),
    holdout: metrics(rows.filter((r) => r.q.note?.startsWith('holdout') === true)),
    misses: rows
      .filter((r) => (r.q.expect.length === 0 ? r.got.length > 0 : !r.q.expect.includes(r.got[0] ?? '')))
      .map((r) => ({ query: r.q.query, expect: r.q.expect.slice(0, 3), got: r.got.slice(0, 3) })),
  };
}
