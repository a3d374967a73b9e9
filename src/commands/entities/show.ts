import { Command } from '@commander-js/extra-typings';
import { completeArguments, withExamples } from '../../cli/KztCommand.js';
import { outputOf, withOutput } from '../../cli/outputOptions.js';
import { finish, type Runner } from '../../cli/runner.js';
import type { CommandContext, Factory } from '../../context.js';
import { ExitCode, NotFoundError, UsageError, type ExitCodeValue } from '../../errors.js';
import { emitWithFacts } from '../../export/emitWithFacts.js';
import { entityToJson } from '../../export/entityToJson.js';
import { ENTITY_SHOW_FIELDS } from '../../export/fields.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import type { FactBase } from '../../factbase/FactBase.js';
import type { Entity } from '../../model/types.js';
import { renderEntityDetail } from '../../render/entityDetail.js';
import { terminalSafe } from '../../render/terminalSafe.js';
import { inDateOrder } from '../../timeline/chronological.js';

/** Options of `kzt entities show`. */
export interface EntityShowOptions {
  /** An id, or any name or alias in any language or script. */
  name: string;
  output: OutputOptions;
}

/** `kzt entities show <name>`: its flags, help and completion (entity ids); the action hands them to `run`. */
export function entitiesShowCommand(f: Factory, run: Runner<EntityShowOptions> = runEntitiesShow) {
  const cmd = withOutput(
    new Command('show')
      .description('one entity: its names in every language, description, roles, and the facts that name it')
      .argument('<name...>', 'its id, or any of its names or aliases, in any language or script'),
    ENTITY_SHOW_FIELDS,
  ).action((words, opts) => {
    const ctx = f.context();
    finish(run({ name: words.join(' '), output: outputOf(opts, ctx.isTTY, ENTITY_SHOW_FIELDS) }, ctx));
  });
  completeArguments(cmd, { values: (s) => s.factBase().entities.map((e) => e.id) });
  return withExamples(
    cmd,
    'kzt entities show erdogan',
    'kzt entities show Эрдоган',
    'kzt entities show "Nursultan Nazarbayev" --json',
  );
}

/** The entity a name stands for: by id, else by any name or alias; unknown is exit 1, ambiguous a usage error. */
function entityNamed(name: string, fb: FactBase): Entity {
  const ids = fb.entity(name) ? [name] : fb.resolveEntity(name);
  const first = ids[0] === undefined ? undefined : fb.entity(ids[0]);
  if (ids.length > 1)
    throw new UsageError(
      `"${terminalSafe(name)}" names ${ids.length} entities (${ids.join(', ')}): give an id`,
    );
  if (!first) {
    const near = fb.closestEntities(name).map((id) => terminalSafe(id));
    const hint = near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '; `kzt entities` lists them all';
    throw new NotFoundError(`no entity named "${terminalSafe(name)}"${hint}`);
  }
  return first;
}

/** One entity and the facts naming it, in date order. */
export function runEntitiesShow(options: EntityShowOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const entity = entityNamed(options.name, fb);
  const facts = inDateOrder(fb.factsNaming(entity.id));
  emitWithFacts(entity, facts, fb, entityToJson, options.output, ctx, {
    table: () => renderEntityDetail(entity, facts, ctx.columns, ctx.style),
    plain: ['id', 'type', 'name', 'description', 'facts'],
    tabular: ENTITY_SHOW_FIELDS,
  });
  return ExitCode.ok;
}
