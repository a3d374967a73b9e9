import type { FactStore, ResolvedSource } from '../model/FactStore.js';
import type { Fact, FactKind, FactStatus, Visit } from '../model/types.js';

/** A source as exported with a fact: the reference plus the source's own fields, so the output stands alone. */
export type SourceJson = ResolvedSource;

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
  visit?: Visit;
  series?: string[];
  origin?: string;
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
    sources: store.sourcesOf(fact),
    status: fact.status,
  };
  if (fact.note !== undefined) out.note = fact.note;
  if (fact.visit !== undefined) out.visit = fact.visit;
  if (fact.series !== undefined) out.series = fact.series;
  if (fact.origin !== undefined) out.origin = fact.origin;
  return out;
}
