import type { CommandContext } from '../../context.js';
import { ExitCode, type ExitCodeValue } from '../../errors.js';
import { factToJson } from '../../export/factToJson.js';
import { renderFactLines } from '../../render/factLines.js';
import { renderFactTable } from '../../render/factTable.js';
import { terminalSafe } from '../../render/terminalSafe.js';
import { writeJson } from '../../render/writeJson.js';
import { parseFilter, type FilterFlags } from '../factFilter.js';

/** Options of `kzt facts search`. */
export interface SearchOptions extends FilterFlags {
  query: string;
  limit: number;
  json: boolean;
}

/** `kzt facts search <query...>`: ranked fuzzy matches, best first; exit 1 when nothing matches. */
export function runSearch(options: SearchOptions, ctx: CommandContext): ExitCodeValue {
  const store = ctx.store();
  const filter = parseFilter(options, store);
  const hits = store.searcher.search(options.query, {
    limit: options.limit,
    filter: filter && ((doc) => filter(store.factAt(doc))),
  });
  const rows = hits.map((h) => ({
    fact: store.factAt(h.doc),
    score: Math.round(h.score * 1000) / 1000,
    matched: h.matched,
  }));
  if (options.json) {
    writeJson(
      rows.map((r) => ({ ...factToJson(r.fact, store), score: r.score })),
      ctx,
    );
  } else if (rows.length > 0) {
    if (ctx.isTTY) {
      ctx.stdout.write(
        renderFactTable(
          rows.map((r, i) => ({ ...r, rank: i + 1 })),
          ctx.columns,
          ctx.style,
        ),
      );
      const n = rows.length === 1 ? '1 match' : `${rows.length} matches`;
      ctx.stderr.write(`kzt: ${n}; \`kzt facts show <id>\` gives a fact's sources\n`);
    } else {
      ctx.stdout.write(renderFactLines(rows.map((r) => ({ fact: r.fact, extra: [r.score.toFixed(3)] }))));
    }
  }
  if (rows.length === 0) {
    const near = store.searcher.suggest(options.query);
    const hint = near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '';
    ctx.stderr.write(`kzt: no facts match "${terminalSafe(options.query)}"${hint}\n`);
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
