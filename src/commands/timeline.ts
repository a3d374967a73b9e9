import type { CommandContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { emitRecords } from '../export/emitRecords.js';
import { factToJson } from '../export/factToJson.js';
import type { OutputOptions } from '../export/OutputOptions.js';
import { renderTimeline } from '../render/timelineView.js';
import { chronological } from '../timeline/chronological.js';
import { parseFilter, type FilterFlags } from './factFilter.js';
import { TABULAR_FACT_FIELDS } from '../export/fields.js';

/** Options of `kzt timeline`. */
export interface TimelineOptions extends FilterFlags {
  /** Keep only facts matching this fuzzy search (still shown in date order). */
  query?: string;
  reverse: boolean;
  limit?: number;
  output: OutputOptions;
}

/** `kzt timeline [query...]`: dated facts in the order they happened, grouped by year. */
export function runTimeline(options: TimelineOptions, ctx: CommandContext): ExitCodeValue {
  const store = ctx.store();
  const filter = parseFilter(options, store);
  const candidates =
    options.query === undefined
      ? store.facts.filter((f) => !filter || filter(f))
      : store.searcher
          .search(options.query, { filter: filter && ((doc) => filter(store.factAt(doc))) })
          .map((h) => store.factAt(h.doc));
  let facts = chronological(candidates);
  if (options.reverse) facts.reverse();
  if (options.limit !== undefined) facts = facts.slice(0, options.limit);
  emitRecords(
    facts.map((f) => factToJson(f, store)),
    options.output,
    ctx,
    {
      table: () => renderTimeline(facts, ctx.columns, ctx.style),
      plain: ['id', 'date', 'text'],
      tabular: TABULAR_FACT_FIELDS,
    },
  );
  if (facts.length === 0) {
    ctx.stderr.write('kzt: no dated facts match\n');
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
