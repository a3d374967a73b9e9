import { Command } from '@commander-js/extra-typings';
import { adopt, withExamples } from '../../cli/KztCommand.js';
import type { Factory } from '../../context.js';
import { sourcesListCommand } from './list.js';
import { sourcesShowCommand } from './show.js';

/** `kzt sources`: the register of sources (`list`, the default) and one source with the facts citing it (`show`). */
export function sourcesCommand(f: Factory) {
  const cmd = new Command('sources').description(
    'the register of sources (`kzt sources [query]` runs `list`), and the facts that cite each',
  );
  adopt(cmd, sourcesListCommand(f), { isDefault: true });
  adopt(cmd, sourcesShowCommand(f));
  return withExamples(
    cmd,
    'kzt sources',
    'kzt sources sabah --from 2022',
    'kzt sources show dailysabah-2022-10-20',
  );
}
