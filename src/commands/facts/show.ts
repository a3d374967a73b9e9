import type { CommandContext } from '../../context.js';
import { ExitCode, NotFoundError, type ExitCodeValue } from '../../errors.js';
import { emitRecords } from '../../export/emitRecords.js';
import { factToJson } from '../../export/factToJson.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import { renderFactDetail } from '../../render/factDetail.js';
import { terminalSafe } from '../../render/terminalSafe.js';
import { TABULAR_FACT_FIELDS } from '../../export/fields.js';

/** Options of `kzt facts show`. */
export interface ShowOptions {
  id: string;
  output: OutputOptions;
}

/** `kzt facts show <id>`: one whole fact with its entities and sources; an unknown id suggests the closest. */
export function runShow(options: ShowOptions, ctx: CommandContext): ExitCodeValue {
  const store = ctx.store();
  const fact = store.fact(options.id);
  if (!fact) {
    const near = store.closestIds(options.id).map((id) => terminalSafe(id));
    const hint =
      near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '; `kzt facts list` shows every id';
    throw new NotFoundError(`no fact with id "${terminalSafe(options.id)}"${hint}`);
  }
  emitRecords([factToJson(fact, store)], options.output, ctx, {
    table: () => renderFactDetail(fact, store, ctx.columns, ctx.style),
    // Piped, one line like every command's; it keeps the status and the sources that show is asked for.
    plain: ['id', 'date', 'status', 'text', 'sources'],
    tabular: TABULAR_FACT_FIELDS,
    single: true,
  });
  return ExitCode.ok;
}
