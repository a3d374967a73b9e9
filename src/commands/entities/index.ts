import { Command } from '@commander-js/extra-typings';
import { adopt, withExamples } from '../../cli/KztCommand.js';
import type { Factory } from '../../context.js';
import { entitiesListCommand } from './list.js';
import { entitiesShowCommand } from './show.js';

/** `kzt entities`: the register of entities (`list`, the default) and one entity with its facts (`show`). */
export function entitiesCommand(f: Factory) {
  const cmd = new Command('entities').description(
    'the register of people, countries, cities, organisations and agreements (`kzt entities [query]` runs `list`), and the facts naming each',
  );
  adopt(cmd, entitiesListCommand(f), { isDefault: true });
  adopt(cmd, entitiesShowCommand(f));
  return withExamples(cmd, 'kzt entities --type person', 'kzt entities show Токаев');
}
