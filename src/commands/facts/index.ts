import { Command } from '@commander-js/extra-typings';
import { adopt, asGroup, withExamples } from '../../cli/KztCommand.js';
import type { Factory } from '../../context.js';
import { listCommand } from './list.js';
import { searchCommand } from './search.js';
import { showCommand } from './show.js';

/** `kzt facts`: the group of search, show and list. */
export function factsCommand(f: Factory) {
  const cmd = asGroup(new Command('facts').description('search, show and list the facts'));
  for (const sub of [searchCommand(f), showCommand(f), listCommand(f)]) adopt(cmd, sub);
  return withExamples(
    cmd,
    'kzt facts search "strategic partnership"',
    'kzt facts show twenty-agreements-2022',
    'kzt facts list --tag hlscc',
  );
}
