// The code Ajv writes for kzt's schema validators (src/factbase/schemaValidators.ts), as a module that exports
// `fact`, `full` and `schemaValidators()`: the build bundles it in place of compiling the schema at run time.
import standalone from 'ajv/dist/standalone/index.js';
import { schemaAjv, VALIDATED } from '../src/factbase/schemaValidators.js';

export function schemaCode(): string {
  const code = standalone.default(schemaAjv({ code: { source: true, esm: true } }), VALIDATED);
  return `${code}\nexport const schemaValidators = () => ({ fact, full });\n`;
}
