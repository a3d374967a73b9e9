import type { CommandContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { factToJson } from '../export/factToJson.js';
import { renderFactLines } from '../render/factLines.js';
import { renderTimeline } from '../render/timelineView.js';
import { writeJson } from '../render/writeJson.js';
import { chronological } from '../timeline/chronological.js';
import { parseFilter, type FilterFlags } from './factFilter.js';

/** Options of `kzt timeline`. */
export interface TimelineOptions extends FilterFlags {
  /** Keep only facts matching this fuzzy search (still shown in date order). */
  query?: string;
  reverse: boolean;
  limit?: number;
  json: boolean;
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

  if (options.json)
    writeJson(
      facts.map((f) => factToJson(f, store)),
      ctx,
    );
  else if (facts.length > 0 && ctx.isTTY) ctx.stdout.write(renderTimeline(facts, ctx.columns, ctx.style));
  else ctx.stdout.write(renderFactLines(facts.map((fact) => ({ fact }))));
  if (facts.length === 0) {
    ctx.stderr.write('kzt: no dated facts match\n');
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
