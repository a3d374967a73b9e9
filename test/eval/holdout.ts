// The steps of writing a blind holdout for the search eval, as functions: draw facts at random for a writer who
// sees nothing else, then check what they wrote against the eval and the facts before it is scored once. The
// command that runs them is scripts/holdout.ts (`npm run holdout`); CONTRIBUTING.md gives the procedure.
import type { Language } from '../../src/lib/language.js';
import type { Entity, Fact } from '../../src/model/types.js';
import { random } from '../../bench/genFacts.js';
import type { EvalQuery } from './evaluate.js';

/** A fact as a holdout's writer sees it: its date, kind, text and note in every language, its entities' names. */
export interface HoldoutFact {
  id: string;
  date: string | null;
  kind: string;
  text: Partial<Record<Language, string>>;
  note?: Partial<Record<Language, string>>;
  entities: Array<{ id: string; names: Partial<Record<string, string>> }>;
}

/** A query as a writer hands it in, before it joins the eval. */
export type DraftQuery = Pick<EvalQuery, 'query' | 'lang' | 'category' | 'expect'> & { note?: string };

/** Something to settle before a holdout is scored: `blocking` ones must be fixed (or the query dropped). */
export interface Finding {
  index: number;
  blocking: boolean;
  message: string;
}

/** `count` facts drawn at random without repeats (a partial Fisher–Yates shuffle), the same for the same seed. */
export function drawFacts<T>(facts: readonly T[], count: number, seed: number): T[] {
  const pool = facts.slice();
  const next = random(seed);
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, n);
}

/** What a writer sees of each fact: every language's text and note, and the names of its entities. */
export function holdoutFacts(
  facts: readonly Fact[],
  translation: (lang: Exclude<Language, 'en'>, id: string) => { text: string; note?: string } | undefined,
  entity: (id: string) => Entity | undefined,
): HoldoutFact[] {
  const others = ['tr', 'ru', 'kk'] as const;
  return facts.map((f) => {
    const text: Partial<Record<Language, string>> = { en: f.text };
    const note: Partial<Record<Language, string>> = f.note ? { en: f.note } : {};
    for (const lang of others) {
      const t = translation(lang, f.id);
      if (t?.text) text[lang] = t.text;
      if (f.note && t?.note) note[lang] = t.note;
    }
    return {
      id: f.id,
      date: f.date,
      kind: f.kind,
      text,
      ...(f.note ? { note } : {}),
      entities: f.entities.flatMap((id) => {
        const e = entity(id);
        return e ? [{ id, names: e.names ?? { en: e.name } }] : [];
      }),
    };
  });
}

const key = (query: string) => query.trim();

/**
 * What to settle before a holdout joins the eval: queries that repeat one of the eval's (or one met earlier in
 * the same drafts) word for word, ids that are no fact, a must-find-nothing query that expects a fact or another
 * that expects none (all blocking); and, for a date query, the other facts of the expected fact's date, which may
 * answer it as well and so be added to `expect`, with a note, before scoring.
 */
export function checkDrafts(
  drafts: readonly DraftQuery[],
  existing: readonly Pick<EvalQuery, 'query'>[],
  facts: readonly Fact[],
): Finding[] {
  const seen = new Set(existing.map((q) => key(q.query)));
  const byId = new Map(facts.map((f) => [f.id, f]));
  const out: Finding[] = [];
  drafts.forEach((q, index) => {
    if (seen.has(key(q.query))) out.push({ index, blocking: true, message: `repeats a query: ${q.query}` });
    seen.add(key(q.query));
    for (const id of q.expect)
      if (!byId.has(id)) out.push({ index, blocking: true, message: `expects ${id}, which is no fact` });
    if ((q.category === 'nothing') !== (q.expect.length === 0))
      out.push({ index, blocking: true, message: `category ${q.category} with ${q.expect.length} expected` });
    if (q.category !== 'date') return;
    const dates = new Set(q.expect.map((id) => byId.get(id)?.date));
    const sameDay = facts.filter((f) => dates.has(f.date) && !q.expect.includes(f.id)).map((f) => f.id);
    if (sameDay.length > 0)
      out.push({
        index,
        blocking: false,
        message: `facts of the same date, to add if they answer as well: ${sameDay.join(', ')}`,
      });
  });
  return out;
}

/** The drafts as eval queries of holdout set `set`, a note kept last. */
export function asHoldout(drafts: readonly DraftQuery[], set: string): EvalQuery[] {
  return drafts.map(({ query, lang, category, expect, note }) => ({
    query,
    lang,
    category,
    expect,
    holdout: true,
    set,
    ...(note ? { note } : {}),
  }));
}
