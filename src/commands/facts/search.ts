import type { CommandContext } from '../../context.js';
import { ExitCode, type ExitCodeValue } from '../../errors.js';
import { emitRecords } from '../../export/emitRecords.js';
import { factToJson } from '../../export/factToJson.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import { renderFactTable } from '../../render/factTable.js';
import { terminalSafe } from '../../render/terminalSafe.js';
import { parseFilter, type FilterFlags } from '../factFilter.js';
import { TABULAR_FACT_FIELDS } from '../../export/fields.js';

/** Options of `kzt facts search`. */
export interface SearchOptions extends FilterFlags {
  query: string;
  limit: number;
  output: OutputOptions;
}

/** `kzt facts search <query...>`: ranked fuzzy matches, best first; exit 1 when nothing matches. */
export function runSearch(options: SearchOptions, ctx: CommandContext): ExitCodeValue {
  const store = ctx.store();
  const filter = parseFilter(options, store);
  const hits = store.searcher.search(options.query, {
    limit: options.limit,
    filter: filter && ((doc) => filter(store.factAt(doc))),
  });
  const rows = hits.map((h, i) => ({ fact: store.factAt(h.doc), rank: i + 1, matched: h.matched }));
  const records = hits.map((h) => ({
    ...factToJson(store.factAt(h.doc), store),
    score: Math.round(h.score * 1000) / 1000,
  }));
  emitRecords(records, options.output, ctx, {
    table: () => renderFactTable(rows, ctx.columns, ctx.style),
    plain: ['id', 'score', 'date', 'text'],
    tabular: ['id', 'score', ...TABULAR_FACT_FIELDS.slice(1)],
  });
  if (rows.length === 0) {
    const near = store.searcher.suggest(options.query).map((w) => terminalSafe(w));
    const hint = near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '';
    ctx.stderr.write(`kzt: no facts match "${terminalSafe(options.query)}"${hint}\n`);
    return ExitCode.notFound;
  }
  if (ctx.isTTY && options.output.format === 'table') {
    const n = rows.length === 1 ? '1 match' : `${rows.length} matches`;
    ctx.stderr.write(`kzt: ${n}; \`kzt facts show <id>\` gives a fact's sources\n`);
  }
  return ExitCode.ok;
}
