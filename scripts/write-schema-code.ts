// `node scripts/run-ts.mjs scripts/write-schema-code.ts <file>`: writes schemaCode() to <file> for the build.
import { writeFileSync } from 'node:fs';
import { schemaCode } from './schemaCode.js';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: write-schema-code.ts <file>');
  process.exit(2);
}
writeFileSync(file, schemaCode());
