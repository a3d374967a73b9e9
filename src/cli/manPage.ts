import type { CommandUnknownOpts as Command, Option } from '@commander-js/extra-typings';
import { commandPaths, examplesOf, shortcutOf } from './KztCommand.js';

/** Escapes text for roff: backslashes, hyphens in options, and a leading dot or quote. */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^([.'])/gm, '\\&$1');
}

function optionLines(options: readonly Option[]): string[] {
  return options.flatMap((o) => ['.TP', `.B ${roff(o.flags)}`, roff(o.description)]);
}

/** Static sections: what --help cannot say in a line. */
export interface ManExtras {
  version: string;
  exitCodes: ReadonlyArray<[number, string]>;
  environment: ReadonlyArray<[string, string]>;
  files: ReadonlyArray<[string, string]>;
}

/**
 * The man page kzt.1, made from the same command tree as --help (names, arguments, options, descriptions and
 * examples), so the two cannot drift apart.
 */
export function manPage(program: Command, extras: ManExtras): string {
  const help = program.createHelp();
  const out = [
    `.TH KZT 1 "" "kzt ${extras.version}" "User Commands"`,
    '.SH NAME',
    `kzt \\- ${roff(program.description())}`,
    '.SH SYNOPSIS',
    '.B kzt',
    '[\\fIglobal options\\fR] \\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]',
    '.SH DESCRIPTION',
    roff(
      'kzt answers questions about Kazakhstan\u2013T\u00fcrkiye relations from a bundled, sourced fact base, offline. ' +
        'Every fact has its date at its true precision and its sources; disputed claims say who claims what. ' +
        'Queries may be in English, Turkish, Kazakh or Russian, in Latin or Cyrillic script.',
    ),
    '.SH EXAMPLES',
    '.nf',
    ...examplesOf(program).map((e) => roff(`$ ${e}`)),
    '.fi',
    '.SH GLOBAL OPTIONS',
    ...optionLines(help.visibleOptions(program)),
    '.SH COMMANDS',
  ];
  const paths = commandPaths(program);
  // Each command has one section, headed by its name and usage once; a shortcut is named in its command's section.
  for (const { name, cmd } of paths.filter((p) => shortcutOf(p.cmd) === undefined)) {
    const h = cmd.createHelp();
    out.push(`.SS "kzt ${roff(name.join(' '))} ${roff(cmd.usage())}"`.replace(/ +"$/, '"'));
    out.push(roff(cmd.description()));
    const short = paths.filter((p) => shortcutOf(p.cmd) === name.join(' '));
    if (short.length > 0)
      out.push('.PP', roff(`Short form: ${short.map((p) => `kzt ${p.name.join(' ')}`).join(', ')}.`));
    const examples = examplesOf(cmd);
    if (examples.length > 0)
      out.push('.PP', 'Examples:', '.nf', ...examples.map((e) => roff(`  $ ${e}`)), '.fi');
    const args = h.visibleArguments(cmd);
    for (const a of args) out.push('.TP', `.I ${roff(a.name())}`, roff(a.description));
    out.push(...optionLines(h.visibleOptions(cmd).filter((o) => o.long !== '--help')));
  }
  out.push('.SH EXIT STATUS');
  for (const [code, meaning] of extras.exitCodes) out.push('.TP', `.B ${code}`, roff(meaning));
  out.push('.SH ENVIRONMENT');
  for (const [name, meaning] of extras.environment) out.push('.TP', `.B ${name}`, roff(meaning));
  out.push('.SH FILES');
  for (const [name, meaning] of extras.files) out.push('.TP', `.I ${roff(name)}`, roff(meaning));
  out.push(
    '.SH SEE ALSO',
    'The README of the kzt package: the JSON contract, the search and scores, your own data.',
  );
  return `${out.join('\n')}\n`;
}
