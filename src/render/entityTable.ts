import type { Entity } from '../model/types.js';
import type { Style } from './style.js';
import { idColumn, renderTable } from './table.js';
import { terminalSafe } from './terminalSafe.js';

/** One row of the register of entities: the entity and how many facts name it. */
export interface EntityRow {
  entity: Entity;
  factCount: number;
}

/**
 * The register of entities for a terminal: the name with the description under it, the type, the number of
 * facts naming it and the id; stacked blocks on narrow terminals. Every line fits `columns`.
 */
export function renderEntityTable(rows: readonly EntityRow[], columns: number, style: Style): string {
  return renderTable(
    [
      {
        header: 'Entity',
        cells: rows.map(({ entity: e }) => `${terminalSafe(e.name)}\n${terminalSafe(e.description)}`),
        flex: true,
      },
      { header: 'Type', cells: rows.map((r) => terminalSafe(r.entity.type)) },
      { header: 'Facts', cells: rows.map((r) => String(r.factCount)) },
      idColumn(
        rows.map((r) => terminalSafe(r.entity.id)),
        style,
      ),
    ],
    rows.length,
    columns,
    style,
  );
}
