import { FactStore, type TextSource } from '../model/FactStore.js';
import type { DataSet, Fact } from '../model/types.js';
import { FactSearcher } from '../search/FactSearcher.js';
import { SearchIndex } from '../search/SearchIndex.js';

/** One search result: the fact itself, its score in 0..1 and the index terms it matched (for highlighting). */
export interface FactHit {
  fact: Fact;
  score: number;
  matched: string[];
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

  private indexCache: SearchIndex | undefined;

  constructor(data: DataSet, prebuiltIndex?: SearchIndex, texts?: TextSource) {
    super(data, texts);
    this.indexCache = prebuiltIndex;
  }

  /** The search index: the prebuilt or cached one, else built now over every language's texts. */
  searchIndex(): SearchIndex {
    this.indexCache ??= SearchIndex.build(
      this.facts,
      (id) => this.entity(id),
      (fact) => this.translationsOf(fact),
    );
    return this.indexCache;
  }

  private get searcher(): FactSearcher {
    this.searcherCache ??= new FactSearcher(this.searchIndex());
    return this.searcherCache;
  }

  /** The facts matching a free-text query, best first; empty when nothing reaches the minimum score. */
  search(query: string, options: FactQuery = {}): FactHit[] {
    const { filter } = options;
    const hits = this.searcher.search(query, {
      limit: options.limit,
      filter: filter && ((doc) => filter(this.at(doc))),
    });
    return hits.map((h) => ({ fact: this.at(h.doc), score: h.score, matched: h.matched }));
  }

  /** Indexed words close to the query's words, for "did you mean" after a search that found nothing. */
  suggest(query: string): string[] {
    return this.searcher.suggest(query);
  }

  private at(doc: number): Fact {
    const fact = this.facts[doc];
    if (!fact) throw new Error(`the search index names fact ${doc}, which does not exist`);
    return fact;
  }
}
