// Build step: checks the bundled data (the JSON Schema and the integrity rules) and writes it, with its search
// index, to dist/ (bundled.json, bundled.idx), so that kzt starts without checking or indexing anything.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundled } from '../src/factbase/loadBundled.js';
import { PREBUILT } from '../src/factbase/prebuilt.js';
import { schemaCheck } from '../src/factbase/schemaCheck.js';
import { FactStore } from '../src/model/FactStore.js';
import { SearchIndex } from '../src/search/SearchIndex.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = join(root, 'data');
const distDir = process.argv[2] ?? join(root, 'dist');
for (const name of ['sources.json', 'entities.json', 'facts.json', 'figures.json']) {
  const problems = schemaCheck(JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as unknown);
  if (problems.length > 0) {
    console.error(
      `kzt build: data/${name}: ${problems.map((p) => `${p.path.join('/')} ${p.message}`).join('; ')}`,
    );
    process.exit(65);
  }
}
let data;
try {
  data = loadBundled(dataDir); // also runs the integrity checks
} catch (error) {
  console.error(`kzt build: ${(error as Error).message}`);
  process.exit(65);
}
const store = new FactStore(data);
const index = SearchIndex.build(data.facts, (id) => store.entity(id));
// The figures go in a file of their own, read only by the runs that use them (see loadPrebuilt).
const { series, targets, ...factsAndRegisters } = data;
writeFileSync(join(distDir, PREBUILT.data), JSON.stringify(factsAndRegisters));
writeFileSync(join(distDir, PREBUILT.figures), JSON.stringify({ series, targets }));
writeFileSync(join(distDir, PREBUILT.index), index.encode());
