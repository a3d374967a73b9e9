import type { ErrorObject, ValidateFunction } from 'ajv';
import { schemaValidators, type SchemaValidators } from './schemaValidators.js';

/** A schema problem at a JSON path. */
export interface SchemaProblem {
  path: Array<string | number>;
  message: string;
  /** Report at the property's key rather than its value (unknown properties). */
  atKey: boolean;
}

let validators: SchemaValidators | undefined;

/** The validators, made once, on first use: only user files need them (the bundled data is checked by tests). */
const compiled = (): SchemaValidators => (validators ??= schemaValidators());

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') return `unknown property "${String(p.additionalProperty)}"`;
  if (e.keyword === 'required') return `missing property "${String(p.missingProperty)}"`;
  if (e.keyword === 'enum')
    return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'pattern' && /\/(date|announced)$/.test(e.instancePath)) {
    return 'must be a date: YYYY, YYYY-MM, YYYY-MM-DD or START/END';
  }
  if (e.keyword === 'pattern' && e.instancePath.endsWith('/period')) {
    return 'must be a period: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or START/END';
  }
  if (e.keyword === 'pattern' && /\/id$|\/(tags|entities|series|by)\/\d+$|\/source$/.test(e.instancePath)) {
    return 'must be a kebab-case id (a-z, 0-9 and single hyphens)';
  }
  return e.message ?? 'is not valid';
}

/** Every problem `validate` found in a value, deduplicated, each with its JSON path. */
function problemsOf(validate: ValidateFunction, json: unknown): SchemaProblem[] {
  if (validate(json)) return [];
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  for (const e of validate.errors ?? []) {
    // "if/then" and "oneOf" wrappers only repeat what their inner errors say.
    if (e.keyword === 'if' || e.keyword === 'oneOf') continue;
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const atKey = e.keyword === 'additionalProperties';
    if (atKey) path.push(String((e.params as { additionalProperty: string }).additionalProperty));
    const last = path[path.length - 1];
    const named = typeof last === 'string' && !atKey && e.keyword !== 'required' ? `"${last}" ` : '';
    const message = `${named}${describe(e)}`;
    const id = `${path.join('/')}|${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ path, message, atKey });
  }
  return out;
}

/** The problem of a file that is neither an array of facts nor an object of collections. */
export const NOT_A_DATA_FILE = 'want an array of facts or an object with "sources", "entities" and "facts"';

/** Checks one fact against data/kzt.schema.json; paths are relative to the fact. */
export function checkFactSchema(json: unknown): SchemaProblem[] {
  return problemsOf(compiled().fact, json);
}

/**
 * Checks the object form of a data file (sources, entities, facts) against data/kzt.schema.json. Its facts are
 * checked one by one with checkFactSchema, so the caller passes `facts` as an empty array when it is one.
 */
export function checkFullFormSchema(json: object): SchemaProblem[] {
  return problemsOf(compiled().full, json);
}

/** Checks a whole parsed data file (an array of facts, or the object form) at once: for small files, the build. */
export function schemaCheck(json: unknown): SchemaProblem[] {
  if (typeof json !== 'object' || json === null)
    return [{ path: [], message: NOT_A_DATA_FILE, atKey: false }];
  if (!Array.isArray(json)) return checkFullFormSchema(json);
  return json.flatMap((fact: unknown, i) =>
    checkFactSchema(fact).map((p) => ({ ...p, path: [i, ...p.path] })),
  );
}
