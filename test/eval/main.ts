// `npm run eval`: prints hit@1, hit@3, MRR and false positives of the bundled search eval, per category.
import { fileURLToPath } from 'node:url';
import { loadBundled } from '../../src/factbase/loadBundled.js';
import { FactBase } from '../../src/factbase/FactBase.js';
import { evaluate, loadQueries } from './evaluate.js';

const store = new FactBase(loadBundled(fileURLToPath(new URL('../../data/', import.meta.url))));
const report = evaluate(store, loadQueries());
const pct = (n: number) => n.toFixed(3);
const rows = [
  ['overall', report.overall] as const,
  ...Object.entries(report.byCategory),
  ['holdout', report.holdout] as const,
];
console.log('category    queries  hit@1  hit@3  MRR    false+');
for (const [name, m] of rows) {
  console.log(
    `${name.padEnd(11)} ${String(m.queries).padStart(7)}  ${pct(m.hitAt1)}  ${pct(m.hitAt3)}  ${pct(m.mrr)}  ${m.falsePositives}`,
  );
}
if (report.misses.length > 0) {
  console.log('\nnot first:');
  for (const m of report.misses)
    console.log(
      `  ${JSON.stringify(m.query)} want ${m.expect.join('|') || '(nothing)'} got ${m.got.join(', ') || '(nothing)'}`,
    );
}
console.log('\ntargets: hit@1 >= 0.93, hit@3 >= 0.98, false positives 0');
