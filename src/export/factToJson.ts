import type { Language } from '../lib/language.js';
import type { FactStore, ResolvedSource } from '../model/FactStore.js';
import type { Fact, FactKind, FactStatus, Visit } from '../model/types.js';
import type { OutputOptions } from './OutputOptions.js';

/** A source as exported with a fact: the reference plus the source's own fields, so the output stands alone. */
export type SourceJson = ResolvedSource;

/** A fact as every command prints it in JSON (the contract in docs and README). */
export interface FactJson {
  id: string;
  /** The statement in `lang`. */
  text: string;
  /** The language `text` and `note` are in: the one asked for, or English where the fact has no translation. */
  lang: Language;
  /** The statement in every language, null where there is none yet. */
  texts?: Record<Language, string | null>;
  date: string | null;
  kind: FactKind;
  tags: string[];
  entities: string[];
  sources: SourceJson[];
  status: FactStatus;
  note?: string;
  /** The note in every language, on facts with a note. */
  notes?: Record<Language, string | null>;
  visit?: Visit;
  series?: string[];
  origin?: string;
}

/** How facts are exported in a run: the language asked for, and whether every language's texts are printed. */
export interface JsonView {
  lang: Language;
  /** `texts` and `notes` read every language's file, so they are made only when the output prints them. */
  everyLanguage: boolean;
}

/** The view for an output: every language when JSON prints whole objects or --fields names texts or notes. */
export function jsonView(lang: Language, output: OutputOptions): JsonView {
  const whole = (output.format === 'json' || output.format === 'ndjson') && !output.fields;
  return {
    lang,
    everyLanguage: whole || (output.fields ?? []).some((f) => f === 'texts' || f === 'notes'),
  };
}

/**
 * The JSON object for a fact: the stored fields, the text and note in the view's language (with `lang` naming
 * it), and sources embedded so that the output is a valid data file (resolved when first read).
 */
export function factToJson(
  fact: Fact,
  store: FactStore,
  view: JsonView = { lang: 'en', everyLanguage: true },
): FactJson {
  const local = store.textIn(fact, view.lang);
  // Resolved on first read: plain lines and the table of a search print no sources, and a run that prints none
  // does not read the register of sources at all.
  let sources: SourceJson[] | undefined;
  const out: FactJson = {
    id: fact.id,
    text: local.text,
    lang: local.lang,
    ...(view.everyLanguage ? { texts: store.textsOf(fact) } : {}),
    date: fact.date,
    kind: fact.kind,
    tags: fact.tags,
    entities: fact.entities,
    get sources() {
      return (sources ??= store.sourcesOf(fact));
    },
    status: fact.status,
  };
  if (local.note !== undefined) out.note = local.note;
  const notes = view.everyLanguage ? store.notesOf(fact) : undefined;
  if (notes !== undefined) out.notes = notes;
  if (fact.visit !== undefined) out.visit = fact.visit;
  if (fact.series !== undefined) out.series = fact.series;
  if (fact.origin !== undefined) out.origin = fact.origin;
  return out;
}
