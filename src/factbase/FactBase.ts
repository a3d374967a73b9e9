import { FactStore, type TextSource } from '../model/FactStore.js';
import type { FactList } from '../model/FactList.js';
import type { DataSet, Fact } from '../model/types.js';
import { FactSearcher, type Miss } from '../search/FactSearcher.js';
import { dateKey } from '../timeline/chronological.js';
import { SearchIndex } from '../search/SearchIndex.js';
import { holdsPhrase, setPhrasesIn } from '../search/setPhrases.js';

/** One search result: the fact itself, its score in 0..1 and the index terms it matched (for highlighting). */
export interface FactHit {
  fact: Fact;
  score: number;
  matched: string[];
}

/** One page of search results: the hits (at most the limit) and how many facts matched in all. */
export interface FactPage {
  hits: FactHit[];
  total: number;
}

/** What a search may be narrowed to. */
export interface FactQuery {
  /** Only facts for which this is true. */
  filter?: (fact: Fact) => boolean;
  /** At most this many hits, after filtering. */
  limit?: number;
}

/**
 * The fact base a command works with: the registers and lookups of the store plus search, answered in facts
 * (never positions in the collection). The search index is the prebuilt or cached one when the loader had it,
 * otherwise it is built on the first search.
 */
export class FactBase extends FactStore {
  private searcherCache: FactSearcher | undefined;
  private tieKeys: string[] | undefined;

  private indexCache: SearchIndex | undefined;

  constructor(
    data: Omit<DataSet, 'facts'> & { facts: readonly Fact[] | FactList },
    prebuiltIndex?: SearchIndex,
    texts?: TextSource,
  ) {
    super(data, texts);
    this.indexCache = prebuiltIndex;
  }

  /** The search index: the prebuilt or cached one, else built now over every language's texts. */
  searchIndex(): SearchIndex {
    this.indexCache ??= SearchIndex.build(
      this.facts,
      (id) => this.entity(id),
      (fact) => this.translationsOf(fact),
      (fact) => this.keywordsOf(fact),
      (fact) => this.questionsOf(fact),
    );
    return this.indexCache;
  }

  private get searcher(): FactSearcher {
    this.searcherCache ??= new FactSearcher(this.searchIndex(), (a, b) => this.tieOrder(a, b));
    return this.searcherCache;
  }

  /**
   * Equal scores by date, then id. Each fact's date key is worked out once, on its first tie: a query over
   * 100,000 similar facts compares hundreds of thousands of ties.
   */
  private tieOrder(a: number, b: number): number {
    const keys = (this.tieKeys ??= []);
    const ka = (keys[a] ??= this.tieKey(a));
    const kb = (keys[b] ??= this.tieKey(b));
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  }

  /**
   * A fact's date key, then its id after a NUL (which sorts below every character of a key, so a shorter date
   * still comes first): one string per fact, so that a tie never reads a fact a second time (a user's fact is
   * parsed from its file on each read).
   */
  private tieKey(doc: number): string {
    const fact = this.factAt(doc);
    return `${dateKey(fact)}\u0000${fact.id}`;
  }

  /** The facts matching a free-text query, best first; empty when nothing reaches the minimum score. */
  search(query: string, options: FactQuery = {}): FactHit[] {
    return this.searchPage(query, options).hits;
  }

  /** Like search, with the number of facts that matched before the limit cut the list. */
  searchPage(query: string, options: FactQuery = {}): FactPage {
    const result = this.searcher.search(query, {
      limit: options.limit,
      filter: this.within(options),
      accept: this.phraseCheck(setPhrasesIn(query)),
    });
    return {
      hits: result.hits.map((h) => ({ fact: this.factAt(h.doc), score: h.score, matched: h.matched })),
      total: result.total,
    };
  }

  /** After a search that found nothing: the query's words no fact contains, and close words that would find. */
  explainMiss(query: string, options: FactQuery = {}): Miss {
    const filter = this.within(options);
    const phrases = setPhrasesIn(query);
    const miss = this.searcher.explainMiss(query, { filter, accept: this.phraseCheck(phrases) });
    // When the query's words find facts and none of them holds a set phrase it names, the phrase is the reason.
    if (phrases.length === 0 || this.searcher.search(query, { limit: 1, filter }).total === 0) return miss;
    return { ...miss, fewer: undefined, unheld: phrases.map(({ name }) => name) };
  }

  /** The caller's filter of facts, as the searcher asks it (by position), or undefined when it keeps every fact. */
  private within(options: FactQuery): ((doc: number) => boolean) | undefined {
    const { filter } = options;
    return filter && ((doc) => filter(this.factAt(doc)));
  }

  /**
   * For the set phrases a query names ("free trade", "dual citizenship": setPhrasesIn), the check that a fact's
   * texts hold them, asked only of the facts that reach the minimum score; undefined when it names none.
   */
  private phraseCheck(phrases: ReturnType<typeof setPhrasesIn>): ((doc: number) => boolean) | undefined {
    if (phrases.length === 0) return undefined;
    return (doc) => {
      const fact = this.factAt(doc);
      return phrases.every(({ forms }) => this.holds(fact, forms));
    };
  }

  /** Whether one of a fact's texts or notes, in any language, holds one of a set phrase's forms. */
  private holds(fact: Fact, forms: readonly string[]): boolean {
    const texts = [...Object.values(this.textsOf(fact)), ...Object.values(this.notesOf(fact) ?? {})];
    return texts.some((text) => text !== null && holdsPhrase(text, forms));
  }
}
