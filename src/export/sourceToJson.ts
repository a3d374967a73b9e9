import { authorsOf } from '../model/authorsOf.js';
import type { Source } from '../model/types.js';
import type { FactJson } from './factToJson.js';

/** A source as `kzt sources` prints it in JSON: its own fields, and how many facts cite it. */
export interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  /** The names of its authors, as the document gives them; empty when it names none. */
  author: string[];
  date: string | null;
  kind: string;
  url: string | null;
  /** How many facts cite it. */
  factCount: number;
  /** `sources show` only: the facts that cite it, in date order. */
  facts?: FactJson[];
}

/** The JSON object for a source in the register; `facts` is given for `sources show`. */
export function sourceToJson(source: Source, factCount: number, facts?: FactJson[]): SourceRecord {
  const out: SourceRecord = {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    author: authorsOf(source),
    date: source.date,
    kind: source.kind,
    url: source.url ?? null,
    factCount,
  };
  if (facts) out.facts = facts;
  return out;
}
