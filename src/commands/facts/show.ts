import { Command } from '@commander-js/extra-typings';
import { completeArguments, withExamples } from '../../cli/KztCommand.js';
import { outputOf, withOutput } from '../../cli/outputOptions.js';
import { finish, type Runner } from '../../cli/runner.js';
import type { CommandContext, Factory } from '../../context.js';
import { ExitCode, NotFoundError, type ExitCodeValue } from '../../errors.js';
import { emitRecords } from '../../export/emitRecords.js';
import { factToJson, jsonView } from '../../export/factToJson.js';
import { FACT_FIELDS, TABULAR_FACT_FIELDS } from '../../export/fields.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import { renderFactDetail } from '../../render/factDetail.js';
import { terminalSafe } from '../../render/terminalSafe.js';

/** Options of `kzt facts show`. */
export interface ShowOptions {
  id: string;
  output: OutputOptions;
}

/** `kzt facts show <id>`: its flags, help and completion (fact ids); the action hands them to `run`. */
export function showCommand(f: Factory, run: Runner<ShowOptions> = runShow) {
  const cmd = withOutput(
    new Command('show')
      .description('the whole fact: text, date, status, entities and every source')
      .argument('<id>', 'fact id, as printed by search and list'),
    FACT_FIELDS,
  ).action((id, opts) => {
    const ctx = f.context();
    finish(run({ id, output: outputOf(opts, ctx.isTTY, FACT_FIELDS) }, ctx));
  });
  completeArguments(cmd, { values: (s) => s.factBase().facts.map((fact) => fact.id) });
  return withExamples(
    cmd,
    'kzt facts show diplomatic-relations-established',
    'kzt facts show first-diplomatic-mission-claim --json',
  );
}

/** One whole fact with its entities and sources; an unknown id suggests the closest. */
export function runShow(options: ShowOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const fact = fb.fact(options.id);
  if (!fact) {
    const near = fb.closestIds(options.id).map((id) => terminalSafe(id));
    const hint =
      near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '; `kzt facts list` shows every id';
    throw new NotFoundError(`no fact with id "${terminalSafe(options.id)}"${hint}`);
  }
  const view = jsonView(ctx.lang, options.output);
  emitRecords([fact], (x) => factToJson(x, fb, view), options.output, ctx, {
    table: () => renderFactDetail(fact, fb, ctx.columns, ctx.style, ctx.lang),
    // Piped, one line like every command's; it keeps the status and the sources that show is asked for.
    plain: ['id', 'date', 'status', 'text', 'sources'],
    tabular: TABULAR_FACT_FIELDS,
    single: true,
  });
  return ExitCode.ok;
}
