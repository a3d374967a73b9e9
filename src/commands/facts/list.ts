import type { CommandContext } from '../../context.js';
import { ExitCode, type ExitCodeValue } from '../../errors.js';
import { factToJson } from '../../export/factToJson.js';
import { renderFactLines } from '../../render/factLines.js';
import { renderFactTable } from '../../render/factTable.js';
import { writeJson } from '../../render/writeJson.js';
import { parseFilter, type FilterFlags } from '../factFilter.js';

/** Options of `kzt facts list`. */
export interface ListOptions extends FilterFlags {
  json: boolean;
}

/** `kzt facts list`: every fact in file order, narrowed by the filter flags; exit 1 when none is left. */
export function runList(options: ListOptions, ctx: CommandContext): ExitCodeValue {
  const store = ctx.store();
  const filter = parseFilter(options, store);
  const facts = filter ? store.facts.filter(filter) : store.facts;
  if (options.json)
    writeJson(
      facts.map((f) => factToJson(f, store)),
      ctx,
    );
  else if (ctx.isTTY)
    ctx.stdout.write(
      renderFactTable(
        facts.map((fact) => ({ fact })),
        ctx.columns,
        ctx.style,
      ),
    );
  else ctx.stdout.write(renderFactLines(facts.map((fact) => ({ fact }))));
  if (facts.length === 0) {
    ctx.stderr.write('kzt: no facts match the filters\n');
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
