import { Command } from '@commander-js/extra-typings';
import { completeArguments, withExamples } from '../../cli/KztCommand.js';
import { outputOf, withOutput } from '../../cli/outputOptions.js';
import { finish, type Runner } from '../../cli/runner.js';
import type { CommandContext, Factory } from '../../context.js';
import { ExitCode, NotFoundError, type ExitCodeValue } from '../../errors.js';
import { emitWithFacts } from '../../export/emitWithFacts.js';
import { SOURCE_SHOW_FIELDS } from '../../export/fields.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import { sourceToJson } from '../../export/sourceToJson.js';
import { renderSourceDetail } from '../../render/sourceDetail.js';
import { terminalSafe } from '../../render/terminalSafe.js';
import { inDateOrder } from '../../timeline/chronological.js';

/** Options of `kzt sources show`. */
export interface SourceShowOptions {
  id: string;
  output: OutputOptions;
}

/** `kzt sources show <id>`: its flags, help and completion (source ids); the action hands them to `run`. */
export function sourcesShowCommand(f: Factory, run: Runner<SourceShowOptions> = runSourcesShow) {
  const cmd = withOutput(
    new Command('show')
      .description(
        'one source: its title, publisher, authors, date, kind and URL, and every fact that cites it',
      )
      .argument('<id>', 'source id, as printed by `kzt sources` and `kzt facts show`'),
    SOURCE_SHOW_FIELDS,
  ).action((id, opts) => {
    const ctx = f.context();
    finish(run({ id, output: outputOf(opts, ctx.isTTY, SOURCE_SHOW_FIELDS) }, ctx));
  });
  completeArguments(cmd, { values: (s) => s.factBase().sources.map((x) => x.id) });
  return withExamples(
    cmd,
    'kzt sources show dailysabah-2022-10-20',
    "kzt sources show dailysabah-2022-10-20 --json | jq -r '.facts[].id'",
  );
}

/** One source and the facts citing it, in date order; an unknown id suggests the closest. */
export function runSourcesShow(options: SourceShowOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const source = fb.source(options.id);
  if (!source) {
    const near = fb.closestSourceIds(options.id).map((id) => terminalSafe(id));
    const hint =
      near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '; `kzt sources` lists every source';
    throw new NotFoundError(`no source with id "${terminalSafe(options.id)}"${hint}`);
  }
  const facts = inDateOrder(fb.factsCiting(source.id));
  emitWithFacts(source, facts, fb, sourceToJson, options.output, ctx, {
    table: () => renderSourceDetail(source, facts, ctx.columns, ctx.style),
    // Piped, one line like the register's, with the ids of the facts that cite it.
    plain: ['id', 'date', 'publisher', 'title', 'facts'],
    tabular: SOURCE_SHOW_FIELDS,
  });
  return ExitCode.ok;
}
