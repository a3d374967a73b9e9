import type { CommandContext } from '../context.js';
import { ExitCode, isKztError, type ExitCodeValue } from '../errors.js';
import { userDataModule } from '../lazy/userData.js';
import { terminalSafe } from '../render/terminalSafe.js';

/** Options of `kzt validate`. */
export interface ValidateOptions {
  files: string[];
  maxSize: number;
}

/**
 * `kzt validate <file...>`: checks data files against the schema and the integrity rules (references may cite
 * the bundled sources and entities, and those of the files before), without searching. Every problem is a
 * `file:line:col: message` line on stderr, as compilers report diagnostics, then a summary line; stdout stays
 * empty. Exit 0 when all are valid, 65 when any is not, 66 when one cannot be read (the others are still checked).
 */
export function runValidate(options: ValidateOptions, ctx: CommandContext): ExitCodeValue {
  const register = ctx.store();
  const known = {
    sources: new Set(register.sources.map((s) => s.id)),
    entities: new Set(register.entities.map((e) => e.id)),
  };
  const { checkDataFile, readInput } = userDataModule();
  let code: ExitCodeValue = ExitCode.ok;
  let invalid = 0;
  for (const file of options.files) {
    let checked;
    try {
      checked = checkDataFile(
        readInput(file, options.maxSize, (limit) => ctx.readStdin(limit)),
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
