import type { FactStore } from '../model/FactStore.js';
import type { Fact, FactKind, FactStatus } from '../model/types.js';

/** A source as exported with a fact: the reference plus the source's own fields, so the output stands alone. */
export interface SourceJson {
  source: string;
  locator: string | null;
  title: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
  kind: string | null;
}

/** A fact as every command prints it in JSON (the contract in docs and README). */
export interface FactJson {
  id: string;
  text: string;
  date: string | null;
  kind: FactKind;
  tags: string[];
  entities: string[];
  sources: SourceJson[];
  status: FactStatus;
  note?: string;
  origin?: string;
}

/** Resolves a fact's citations against the store: embedded fields win, then the source record. */
export function sourcesOf(fact: Fact, store: FactStore): SourceJson[] {
  return fact.sources.map((ref) => {
    const s = store.source(ref.source);
    const url = ref.url ?? s?.url ?? null;
    return {
      source: ref.source,
      locator: ref.locator ?? url,
      title: ref.title ?? s?.title ?? null,
      publisher: ref.publisher ?? s?.publisher ?? null,
      date: ref.date !== undefined ? ref.date : (s?.date ?? null),
      url,
      kind: ref.kind ?? s?.kind ?? null,
    };
  });
}

/** The JSON object for a fact: the stored fields, with sources embedded so that the output is a valid data file. */
export function factToJson(fact: Fact, store: FactStore): FactJson {
  const out: FactJson = {
    id: fact.id,
    text: fact.text,
    date: fact.date,
    kind: fact.kind,
    tags: fact.tags,
    entities: fact.entities,
    sources: sourcesOf(fact, store),
    status: fact.status,
  };
  if (fact.note !== undefined) out.note = fact.note;
  if (fact.origin !== undefined) out.origin = fact.origin;
  return out;
}
