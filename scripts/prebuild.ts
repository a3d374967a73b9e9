// Build step: checks the bundled data (the JSON Schemas and the integrity rules) and writes it, with its search
// index over every language, to dist/: bundled.json (the facts, in English), registers.json, figures.json,
// bundled.idx (the index) and one texts-<lang>.json per translation, so that kzt starts without checking or
// indexing anything and a run reads only the language it prints.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { checkTexts } from '../src/factbase/checkTexts.js';
import { FactBase } from '../src/factbase/FactBase.js';
import { loadBundled } from '../src/factbase/loadBundled.js';
import { lazyTexts, textsPath, type TextsFile } from '../src/factbase/loadTexts.js';
import { PREBUILT } from '../src/factbase/prebuilt.js';
import { schemaCheck } from '../src/factbase/schemaCheck.js';
import { TRANSLATED } from '../src/lib/language.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = join(root, 'data');
const distDir = process.argv[2] ?? join(root, 'dist');
const fail = (message: string): never => {
  console.error(`kzt build: ${message}`);
  process.exit(65);
};
for (const name of ['sources.json', 'entities.json', 'facts.json', 'figures.json']) {
  const problems = schemaCheck(JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as unknown);
  if (problems.length > 0)
    fail(`data/${name}: ${problems.map((p) => `${p.path.join('/')} ${p.message}`).join('; ')}`);
}
let data;
try {
  data = loadBundled(dataDir); // also runs the integrity checks
} catch (error) {
  fail((error as Error).message);
}
if (!data) process.exit(65);
const textsSchema = new Ajv({ allErrors: true }).compile(
  JSON.parse(readFileSync(join(dataDir, 'texts', 'texts.schema.json'), 'utf8')) as object,
);
const texts = lazyTexts(dataDir, false);
for (const lang of TRANSLATED) {
  let file: TextsFile;
  try {
    file = JSON.parse(readFileSync(textsPath(dataDir, lang, false), 'utf8')) as TextsFile;
  } catch {
    continue; // a language without its file yet: every fact shows in English
  }
  if (!textsSchema(file))
    fail(
      `data/texts/${lang}.json: ${textsSchema.errors?.map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ')}`,
    );
  const problems = checkTexts(file, lang, data.facts);
  if (problems.length > 0) fail(`data/texts/${lang}.json: ${problems.join('; ')}`);
  writeFileSync(join(distDir, `texts-${lang}.json`), JSON.stringify({ lang, facts: file.facts }));
}
const fb = new FactBase(data, undefined, texts);
// The registers and the figures go in files of their own, read only by the runs that use them (see loadPrebuilt).
const { facts, sources, entities, series, targets } = data;
// build.mjs rewrites bundled.json in ASCII after this, as it does the bundle.
writeFileSync(join(distDir, PREBUILT.data), JSON.stringify({ facts }));
writeFileSync(join(distDir, PREBUILT.registers), JSON.stringify({ sources, entities }));
writeFileSync(join(distDir, PREBUILT.figures), JSON.stringify({ series, targets }));
writeFileSync(join(distDir, PREBUILT.index), fb.searchIndex().encode());
