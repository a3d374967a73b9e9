import type { Entity, NameLanguage, Role } from '../model/types.js';
import type { FactJson } from './factToJson.js';

/** An office or role in JSON: both dates always present, null where unknown (or, for `to`, still held). */
export interface RoleJson {
  role: string;
  from: string | null;
  to: string | null;
}

/** An entity as `kzt entities` prints it in JSON. */
export interface EntityRecord {
  id: string;
  name: string;
  type: string;
  description: string;
  /** Its name per language as the data records it; `en` is always there (the entity's name). */
  names: Partial<Record<NameLanguage, string>>;
  aliases: string[];
  roles: RoleJson[];
  /** How many facts name it. */
  factCount: number;
  /** `entities show` only: the facts that name it, in date order. */
  facts?: FactJson[];
}

function roleJson(r: Role): RoleJson {
  return { role: r.role, from: r.from ?? null, to: r.to ?? null };
}

/** The JSON object for an entity in the register; `facts` is given for `entities show`. */
export function entityToJson(entity: Entity, factCount: number, facts?: FactJson[]): EntityRecord {
  const out: EntityRecord = {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    description: entity.description,
    names: { en: entity.name, ...entity.names },
    aliases: entity.aliases,
    roles: (entity.roles ?? []).map(roleJson),
    factCount,
  };
  if (facts) out.facts = facts;
  return out;
}
