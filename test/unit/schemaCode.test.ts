import type { ErrorObject, ValidateFunction } from 'ajv';
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { schemaCode } from '../../scripts/schemaCode.js';
import { schemaValidators, type SchemaValidators } from '../../src/factbase/schemaValidators.js';

// The build bundles the code Ajv writes for the schema in place of compiling it (scripts/build.mjs). It must judge
// every value as the compiled schema does, with the same problems: checked here on the bundled data and on
// hundreds of broken copies of it.
const written = (): SchemaValidators => {
  const { code } = transformSync(schemaCode(), { format: 'cjs', loader: 'js' });
  const module = { exports: {} as { schemaValidators?: () => SchemaValidators } };
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(import.meta.url));
  const make = module.exports.schemaValidators;
  if (!make) throw new Error('the written code exports no schemaValidators');
  return make();
};

const data = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** What a validator says of a value: whether it passes, and each problem as schemaCheck reads it. */
const verdict = (validate: ValidateFunction, value: unknown) => ({
  valid: validate(value),
  errors: (validate.errors ?? []).map(({ instancePath, keyword, params, message }: ErrorObject) => ({
    instancePath,
    keyword,
    params,
    message,
  })),
});

/** The value, and copies with each property dropped, set to wrong values, and one property too many. */
function broken(value: Record<string, unknown>): unknown[] {
  const out: unknown[] = [value, { ...value, extra: true }];
  for (const key of Object.keys(value)) {
    out.push(Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)));
    for (const wrong of [42, null, '', [], {}, 'Not An Id', '2022-13-45', ['Bad Tag']])
      out.push({ ...value, [key]: wrong });
  }
  return out;
}

describe('the schema validators the build bundles (scripts/schemaCode.ts)', () => {
  const compiled = schemaValidators();
  const bundled = written();
  const facts = data('facts.json').facts as Array<Record<string, unknown>>;

  it('judge every bundled fact and its broken copies as the compiled schema does', () => {
    const values = facts.flatMap((f, i) => (i % 7 === 0 ? broken(f) : [f]));
    expect(values.length).toBeGreaterThan(2_000);
    for (const value of values) expect(verdict(bundled.fact, value)).toEqual(verdict(compiled.fact, value));
    // the copies do break: most fail, with problems
    expect(values.filter((v) => !compiled.fact(v)).length).toBeGreaterThan(1_500);
  });

  it('judge the object form, its registers and broken copies as the compiled schema does', () => {
    const forms: Array<Record<string, unknown>> = [
      { sources: data('sources.json').sources, facts: [] },
      { entities: data('entities.json').entities },
      { series: data('figures.json').series, targets: data('figures.json').targets },
    ];
    const registers = forms.flatMap((form) =>
      Object.entries(form).flatMap(([kind, items]) =>
        (items as Array<Record<string, unknown>>)
          .slice(0, 4)
          .flatMap((item) => broken(item).map((b) => ({ [kind]: [b] }))),
      ),
    );
    const values = [...forms, {}, { facts: 'none' }, { unknown: [] }, ...registers];
    for (const value of values) expect(verdict(bundled.full, value)).toEqual(verdict(compiled.full, value));
    expect(values.filter((v) => !compiled.full(v)).length).toBeGreaterThan(100);
  });
});
