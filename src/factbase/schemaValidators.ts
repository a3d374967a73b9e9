import { Ajv, type Options, type ValidateFunction } from 'ajv';
import schema from '../../data/kzt.schema.json' with { type: 'json' };

/** The validators of data/kzt.schema.json that a user file is checked with. */
export interface SchemaValidators {
  /** One fact. */
  fact: ValidateFunction;
  /** The object form of a data file (sources, entities, facts), its facts checked one by one with `fact`. */
  full: ValidateFunction;
}

/** Where in the schema (added as "kzt") each validator starts. */
export const VALIDATED: Record<keyof SchemaValidators, string> = {
  fact: 'kzt#/definitions/fact',
  full: 'kzt#/definitions/fullForm',
};

/** Every problem of a value rather than the first; the schema's annotations ("description") are allowed. */
const AJV_OPTIONS: Options = { allErrors: true, strict: false };

/** An Ajv instance that holds the schema as "kzt", with `options` beside AJV_OPTIONS. */
export function schemaAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ ...AJV_OPTIONS, ...options });
  ajv.addSchema(schema, 'kzt');
  return ajv;
}

/**
 * Compiles the validators from the schema. This is what runs from the sources (the tests); the build puts in its
 * place the code Ajv writes for the same validators (scripts/schemaCode.ts), so that the first run over a user file
 * does not spend ~100 ms compiling the schema, nor load Ajv's compiler.
 */
export function schemaValidators(): SchemaValidators {
  const ajv = schemaAjv();
  return { fact: ajv.compile({ $ref: VALIDATED.fact }), full: ajv.compile({ $ref: VALIDATED.full }) };
}
