import type { CommandContext } from '../context.js';
import type { FactStore } from '../model/FactStore.js';
import type { Fact } from '../model/types.js';
import { emitRecords, type RecordViews } from './emitRecords.js';
import { factToJson, type FactJson } from './factToJson.js';
import type { OutputRecord } from './fields.js';
import type { OutputOptions } from './OutputOptions.js';

/**
 * Prints one entry of a register (a source, an entity) with the facts that cite or name it: its page on a
 * terminal, one JSON object with the facts as fact objects, one line elsewhere with the facts' ids.
 */
export function emitWithFacts<T>(
  item: T,
  facts: readonly Fact[],
  store: FactStore,
  toJson: (item: T, factCount: number, facts: FactJson[]) => OutputRecord,
  out: OutputOptions,
  ctx: CommandContext,
  views: Omit<RecordViews<T>, 'single'>,
): void {
  const record = (x: T) =>
    toJson(
      x,
      facts.length,
      facts.map((fact) => factToJson(fact, store)),
    );
  emitRecords([item], record, out, ctx, { ...views, single: true });
}
