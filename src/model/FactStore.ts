import Fuse from 'fuse.js';
import { fold } from '../lib/fold.js';
import { FactSearcher } from '../search/FactSearcher.js';
import { SearchIndex } from '../search/SearchIndex.js';
import type { DataSet, Entity, Fact, Source } from './types.js';

/** The loaded fact base: facts in file order, with lookups by id and by any entity name or alias. */
export class FactStore {
  readonly facts: readonly Fact[];
  private factsById: Map<string, Fact> | undefined;
  private readonly sourcesById: Map<string, Source>;
  private readonly entitiesById: Map<string, Entity>;
  private aliasMap: Map<string, Set<string>> | undefined;
  private searcherCache: FactSearcher | undefined;

  constructor(
    data: DataSet,
    private readonly prebuiltIndex?: SearchIndex,
  ) {
    this.facts = data.facts;
    this.sourcesById = new Map(data.sources.map((s) => [s.id, s]));
    this.entitiesById = new Map(data.entities.map((e) => [e.id, e]));
  }

  /** The fact with this id, if any. */
  fact(id: string): Fact | undefined {
    // Built on first use: a search over 100,000 facts never needs it.
    this.factsById ??= new Map(this.facts.map((f) => [f.id, f]));
    return this.factsById.get(id);
  }

  /** The fact at a position in `facts` (a search hit's document number). */
  factAt(doc: number): Fact {
    const fact = this.facts[doc];
    if (!fact) throw new Error(`no fact at position ${doc}`);
    return fact;
  }

  /** The source with this id, if any. */
  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  /** The entity with this id, if any. */
  entity(id: string): Entity | undefined {
    return this.entitiesById.get(id);
  }

  /** Every entity, in file order. */
  get entities(): Entity[] {
    return [...this.entitiesById.values()];
  }

  /** Every source, in file order. */
  get sources(): Source[] {
    return [...this.sourcesById.values()];
  }

  /**
   * The entity ids a user's word names: its id, display name or any alias, compared folded, so
   * "erdogan", "Erdoğan" and "Эрдоган" all give ["erdogan"]. Empty when nothing matches.
   */
  resolveEntity(text: string): string[] {
    if (!this.aliasMap) {
      this.aliasMap = new Map();
      for (const e of this.entitiesById.values()) {
        for (const name of [e.id, e.name, ...e.aliases]) {
          const key = fold(name)
            .replace(/[^\p{L}\p{N}]+/gu, ' ')
            .trim();
          const set = this.aliasMap.get(key) ?? new Set<string>();
          set.add(e.id);
          this.aliasMap.set(key, set);
        }
      }
    }
    const key = fold(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return [...(this.aliasMap.get(key) ?? [])];
  }

  /** Entity names closest to a word, for "did you mean" after an unknown --entity. */
  closestEntities(text: string, limit = 3): string[] {
    const rows = this.entities.flatMap((e) =>
      [e.id, ...e.aliases].map((name) => ({ id: e.id, name: fold(name) })),
    );
    const fuse = new Fuse(rows, { keys: ['name'], threshold: 0.4, ignoreLocation: true });
    return [...new Set(fuse.search(fold(text), { limit: limit * 3 }).map((h) => h.item.id))].slice(0, limit);
  }

  /** Fact ids closest to a mistyped one, for "did you mean" after an unknown id. */
  closestIds(id: string, limit = 3): string[] {
    const fuse = new Fuse(
      this.facts.map((f) => f.id),
      { threshold: 0.45, ignoreLocation: true },
    );
    return fuse.search(id, { limit }).map((h) => h.item);
  }

  /** The full-text searcher over these facts, built on first use (or taken prebuilt). */
  get searcher(): FactSearcher {
    this.searcherCache ??= new FactSearcher(
      this.prebuiltIndex ?? SearchIndex.build(this.facts, (id) => this.entitiesById.get(id)),
    );
    return this.searcherCache;
  }
}
