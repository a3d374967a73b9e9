import { Command } from '@commander-js/extra-typings';
import { withExamples } from '../cli/KztCommand.js';
import { finish, type Runner } from '../cli/runner.js';
import type { CommandContext, Factory } from '../context.js';
import { ExitCode, isKztError, type ExitCodeValue } from '../errors.js';
import { userDataModule } from '../factbase/userData.js';
import { terminalSafe } from '../render/terminalSafe.js';

/** Options of `kzt validate`. */
export interface ValidateOptions {
  files: string[];
}

/** `kzt validate <file...>`: its arguments and help; the action hands them to `run`. */
export function validateCommand(f: Factory, run: Runner<ValidateOptions> = runValidate) {
  const cmd = new Command('validate')
    .description(
      'check data files against the schema and integrity rules; every problem as file:line:col: message',
    )
    .argument('<file...>', 'data files to check (- reads stdin)')
    .action((files) => finish(run({ files }, f.context())));
  return withExamples(cmd, 'kzt validate my-facts.json', 'kzt facts list --json | kzt validate -');
}

/**
 * Checks data files against the schema and the integrity rules (references may cite
 * the bundled sources and entities, and those of the files before), without searching. Every problem is a
 * `file:line:col: message` line on stderr, as compilers report diagnostics, then a summary line; stdout stays
 * empty. Exit 0 when all are valid, 65 when any is not, 66 when one cannot be read (the others are still checked).
 */
export function runValidate(options: ValidateOptions, ctx: CommandContext): ExitCodeValue {
  const register = ctx.factBase();
  const known = {
    sources: new Set(register.sources.map((s) => s.id)),
    entities: new Set(register.entities.map((e) => e.id)),
    series: new Set(register.series.map((s) => s.id)),
  };
  const { checkDataFile, readInput } = userDataModule();
  let code: ExitCodeValue = ExitCode.ok;
  let invalid = 0;
  for (const file of options.files) {
    let checked;
    try {
      checked = checkDataFile(
        readInput(file, ctx.maxSize, (limit) => ctx.readStdin(limit)),
        known,
      );
    } catch (error) {
      if (!isKztError(error)) throw error;
      ctx.stderr.write(`${terminalSafe(error.message)}\n`);
      code = ExitCode.noInput;
      invalid++;
      continue;
    }
    for (const p of checked.problems) {
      ctx.stderr.write(`${terminalSafe(checked.label)}:${p.line}:${p.column}: ${terminalSafe(p.message)}\n`);
    }
    if (checked.problems.length > 0) {
      invalid++;
      if (code === ExitCode.ok) code = ExitCode.dataInvalid;
    } else if (checked.data) {
      for (const s of checked.data.sources) known.sources.add(s.id);
      for (const e of checked.data.entities) known.entities.add(e.id);
      for (const s of checked.data.series ?? []) known.series.add(s.id);
    }
  }
  const n = options.files.length;
  ctx.stderr.write(
    invalid === 0
      ? `kzt: ${n === 1 ? 'the file is' : `all ${n} files are`} valid\n`
      : `kzt: ${invalid} of ${n} ${n === 1 ? 'file' : 'files'} ${invalid === 1 ? 'has' : 'have'} problems\n`,
  );
  return code;
}
