// Build step: writes dist/kzt.1, the man page, from the same command definitions as --help.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProgram } from '../src/program.js';
import { manPage } from '../src/cli/manPage.js';
import { VERSION } from '../src/version.js';

const unused = () => {
  throw new Error('not used to render the man page');
};
const program = buildProgram({
  stdout: { write: () => undefined },
  stderr: { write: () => undefined },
  isTTY: false,
  columns: 80,
  env: {},
  now: () => new Date(0),
  readStdin: unused,
  openFactBase: unused,
  page: () => undefined,
});
const page = manPage(program, {
  version: VERSION,
  exitCodes: [
    [0, 'found (or help and version)'],
    [1, 'nothing found: no match (still [] with --json), or an unknown fact id'],
    [2, 'usage error: unknown command or option, missing argument, bad value'],
    [
      65,
      'a data file is invalid: bad JSON or UTF-8, duplicate keys, schema or integrity error, conflicting ids',
    ],
    [66, 'a data file cannot be read: missing, a directory, no permission, not a regular file, too large'],
    [70, 'internal error (a stack trace only with KZT_DEBUG=1)'],
    [74, 'output cannot be written, for example on a full disk'],
  ],
  environment: [
    ['KZT_DATA', 'data files to load before any --data files, separated by colons'],
    ['KZT_MAX_SIZE', 'the largest data file to read (default 512M), as --max-size'],
    ['KZT_LANG', 'the language to print, en, tr, ru or kk (after --lang, before the locale)'],
    [
      'LC_ALL, LC_MESSAGES, LANG',
      'the locale: the first one set chooses the language (tr_TR.UTF-8 is Turkish); others mean English',
    ],
    ['NO_COLOR', 'when set and not empty, no colour (after --color)'],
    ['FORCE_COLOR', 'colour even when stdout is not a terminal, unless 0 (after NO_COLOR)'],
    ['TERM', 'dumb turns colour off'],
    ['KZT_PAGER', 'the pager for long output on a terminal (before PAGER); cat or an empty value: none'],
    ['PAGER', 'the pager when KZT_PAGER is not set (default less -FRX); cat or an empty value: none'],
    ['XDG_CACHE_HOME', 'where the search index cache lives (kzt/ below it; default ~/.cache)'],
    ['KZT_DEBUG', '1 prints a stack trace after an internal error'],
  ],
  files: [
    ['$XDG_CACHE_HOME/kzt/', 'cached search indexes of data files, keyed by a hash of their contents'],
    ['data/kzt.schema.json', 'in the package: the JSON Schema of data files'],
    ['data/texts/', 'in the package: the facts in Turkish, Russian and Kazakh (tr.json, ru.json, kk.json)'],
  ],
});
writeFileSync(join(process.argv[2] ?? 'dist', 'kzt.1'), page);
