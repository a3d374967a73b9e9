import { Command, Option } from '@commander-js/extra-typings';
import { oneOf } from '../../cli/filterOptions.js';
import { completeOption, withExamples } from '../../cli/KztCommand.js';
import { collect } from '../../cli/options.js';
import { outputOf, withOutput } from '../../cli/outputOptions.js';
import { emitRegister } from '../../cli/emitRegister.js';
import { finish, type Runner } from '../../cli/runner.js';
import type { CommandContext, Factory } from '../../context.js';
import type { ExitCodeValue } from '../../errors.js';
import { entityToJson } from '../../export/entityToJson.js';
import { ENTITY_FIELDS } from '../../export/fields.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import { foldedWords, matchesWords } from '../../lib/matchesWords.js';
import { factCounts } from '../../model/factCounts.js';
import { ENTITY_TYPES, type Entity } from '../../model/types.js';
import { renderEntityTable } from '../../render/entityTable.js';

/** One of ENTITY_TYPES. */
type EntityType = (typeof ENTITY_TYPES)[number];

/** Options of `kzt entities` (`kzt entities list`). */
export interface EntitiesOptions {
  /** Words that must all occur in a name (any language or script), alias, description or id; empty for all. */
  query: string;
  /** Types, any of which the entity must have; empty for every type. */
  types: readonly EntityType[];
  output: OutputOptions;
}

/** `kzt entities [query...]`: its flags, help and completion; the action checks them and hands them to `run`. */
export function entitiesListCommand(f: Factory, run: Runner<EntitiesOptions> = runEntitiesList) {
  const cmd = withOutput(
    new Command('list')
      .description(
        'the register of people, countries, cities, organisations and agreements, with their names',
      )
      .argument('[query...]', 'words to find in a name (any language or script), alias, description or id')
      .addOption(
        new Option(
          '--type <type>',
          `only entities of this type: ${ENTITY_TYPES.join(', ')} (comma-separated: any)`,
        ).argParser(collect),
      ),
    ENTITY_FIELDS,
  ).action((words, opts) => {
    const ctx = f.context();
    const types = oneOf(opts.type, ENTITY_TYPES, 'type');
    const output = outputOf(opts, ctx.isTTY, ENTITY_FIELDS);
    finish(run({ query: words.join(' '), types, output }, ctx));
  });
  completeOption(cmd, '--type', { values: () => ENTITY_TYPES, list: true });
  return withExamples(
    cmd,
    'kzt entities',
    'kzt entities --type person',
    'kzt entities Назарбаев',
    "kzt entities --type city --json | jq -r '.[].names.kk'",
  );
}

/** Every text an entity is found by: its id, names in every language, aliases and description. */
function entityTexts(e: Entity): string[] {
  return [e.id, e.name, ...Object.values(e.names ?? {}), ...e.aliases, e.description];
}

/** The register of entities, in file order, narrowed by the query and types; exit 1 when none is left. */
export function runEntitiesList(options: EntitiesOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const counts = factCounts(fb.facts, (fact) => fact.entities);
  const words = foldedWords(options.query);
  const types = new Set<string>(options.types);
  const rows = fb.entities
    .filter((e) => (types.size === 0 || types.has(e.type)) && matchesWords(words, entityTexts(e)))
    .map((entity) => ({ entity, factCount: counts.get(entity.id) ?? 0 }));
  return emitRegister(
    rows,
    (r) => entityToJson(r.entity, r.factCount),
    options.output,
    ctx,
    {
      table: () => renderEntityTable(rows, ctx.columns, ctx.style),
      plain: ['id', 'type', 'name', 'description'],
      tabular: ENTITY_FIELDS,
    },
    {
      one: 'entity',
      many: 'entities',
      next: '`kzt entities show <name>` gives one with the facts that name it',
    },
  );
}
