import { Option, type Command, type OptionValues } from '@commander-js/extra-typings';
import { DEFAULT_MAX_SIZE } from '../factbase/readInput.js';
import { LANGUAGES } from '../lib/language.js';
import { completeOption } from './KztCommand.js';
import { collect, size } from './options.js';

/**
 * Adds kzt's global options to the root command: colour, the language, the data files to load (and whether to
 * load the bundled facts, let later files override, use the cache), the size limit and the pager; their types
 * are inferred.
 */
export function withGlobalOptions<A extends unknown[], O extends OptionValues, G extends OptionValues>(
  cmd: Command<A, O, G>,
) {
  const out = cmd
    .addOption(
      new Option('--color <when>', 'colour output: auto, always or never')
        .choices(['auto', 'always', 'never'] as const)
        .default('auto' as const),
    )
    .addOption(
      new Option(
        '--data <file>',
        'load a data file on top of the bundled facts (repeatable; - reads stdin)',
      ).argParser(collect),
    )
    .addOption(
      new Option(
        '--no-bundled',
        'use only the --data files (bundled sources and entities stay available to cite)',
      ),
    )
    .addOption(
      new Option('--override', 'let later data files replace facts, sources and entities with the same id'),
    )
    .addOption(
      new Option(
        '--lang <lang>',
        'language of texts, dates and headings: en, tr, ru or kk (default: KZT_LANG, then the locale)',
      ).choices(LANGUAGES),
    )
    .addOption(new Option('--no-cache', 'do not read or write the search index cache'))
    .addOption(
      new Option(
        '--max-size <size>',
        `largest data file to read, e.g. 100M or 2G (default ${DEFAULT_MAX_SIZE / 1024 ** 2}M)`,
      ).argParser(size),
    )
    .addOption(
      new Option(
        '--no-pager',
        'never page long output on a terminal (default: KZT_PAGER, then PAGER, then less -FRX)',
      ),
    );
  completeOption(out, '--data', { values: () => [] });
  return out;
}
