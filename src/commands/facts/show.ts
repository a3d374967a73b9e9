import type { CommandContext } from '../../context.js';
import { ExitCode, NotFoundError, type ExitCodeValue } from '../../errors.js';
import { factToJson } from '../../export/factToJson.js';
import { renderFactDetail } from '../../render/factDetail.js';
import { terminalSafe } from '../../render/terminalSafe.js';
import { writeJson } from '../../render/writeJson.js';

/** Options of `kzt facts show`. */
export interface ShowOptions {
  id: string;
  json: boolean;
}

/** `kzt facts show <id>`: one whole fact with its entities and sources; an unknown id suggests the closest. */
export function runShow(options: ShowOptions, ctx: CommandContext): ExitCodeValue {
  const store = ctx.store();
  const fact = store.fact(options.id);
  if (!fact) {
    const near = store.closestIds(options.id);
    const hint =
      near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '; `kzt facts list` shows every id';
    throw new NotFoundError(`no fact with id "${terminalSafe(options.id)}"${hint}`);
  }
  if (options.json) writeJson(factToJson(fact, store), ctx);
  else ctx.stdout.write(renderFactDetail(fact, store, ctx.columns, ctx.style));
  return ExitCode.ok;
}
