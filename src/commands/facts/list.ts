import type { CommandContext } from '../../context.js';
import { ExitCode, type ExitCodeValue } from '../../errors.js';
import { emitRecords } from '../../export/emitRecords.js';
import { factToJson } from '../../export/factToJson.js';
import { TABULAR_FACT_FIELDS } from '../../export/fields.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import { renderFactTable } from '../../render/factTable.js';
import { parseFilter, type FilterFlags } from '../factFilter.js';

/** Options of `kzt facts list`. */
export interface ListOptions extends FilterFlags {
  output: OutputOptions;
}

/** `kzt facts list`: every fact in file order, narrowed by the filter flags; exit 1 when none is left. */
export function runList(options: ListOptions, ctx: CommandContext): ExitCodeValue {
  const store = ctx.store();
  const filter = parseFilter(options, store);
  const facts = filter ? store.facts.filter(filter) : store.facts;
  emitRecords(
    facts.map((f) => factToJson(f, store)),
    options.output,
    ctx,
    {
      table: () =>
        renderFactTable(
          facts.map((fact) => ({ fact })),
          ctx.columns,
          ctx.style,
        ),
      plain: ['id', 'date', 'text'],
      tabular: TABULAR_FACT_FIELDS,
    },
  );
  if (facts.length === 0) {
    ctx.stderr.write('kzt: no facts match the filters\n');
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
