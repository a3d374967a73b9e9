import { Option, type Command, type OptionValues } from '@commander-js/extra-typings';
import { FORMATS, parseOutputOptions, type OutputOptions } from '../export/OutputOptions.js';
import { completeOption } from './KztCommand.js';

/**
 * Adds --format, --json and --fields to a command, the fields being this command's own (so help, validation and
 * completion offer exactly what it prints).
 */
export function withOutput<A extends unknown[], O extends OptionValues, G extends OptionValues>(
  cmd: Command<A, O, G>,
  fields: readonly string[],
  formats: readonly string[] = FORMATS,
) {
  const out = cmd
    .addOption(
      new Option(
        '--format <format>',
        'output format (default: table on a terminal, plain lines in a pipe)',
      ).choices(formats),
    )
    .addOption(new Option('--json', 'short for --format json'))
    .addOption(
      new Option('--fields <list>', `comma-separated fields to print, in order: ${fields.join(', ')}`),
    );
  completeOption(out, '--fields', { values: () => fields, list: true });
  return out;
}

/** The output flags of one command parsed against its fields: a usage error for a contradiction or a bad field. */
export function outputOf(
  flags: { format?: string; json?: true; fields?: string },
  isTTY: boolean,
  fields: readonly string[],
): OutputOptions {
  return parseOutputOptions(flags, isTTY, fields);
}
