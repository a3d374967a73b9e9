// `npm run eval`: prints hit@1, hit@3, MRR and false positives of the bundled search eval per language (the
// queries tuned on, and the holdout written after tuning, apart), overall and per category, and of every Turkish
// query typed without Turkish letters ("tr plainly").
import { fileURLToPath } from 'node:url';
import { FactBase } from '../../src/factbase/FactBase.js';
import { loadBundled } from '../../src/factbase/loadBundled.js';
import { lazyTexts } from '../../src/factbase/loadTexts.js';
import { evaluate, loadQueries, typedPlainly, type EvalMetrics } from './evaluate.js';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const store = new FactBase(loadBundled(dataDir), undefined, lazyTexts(dataDir, false));
const report = evaluate(store, loadQueries());
const pct = (n: number) => n.toFixed(3);
const line = (name: string, m: EvalMetrics) =>
  console.log(
    `${name.padEnd(14)} ${String(m.queries).padStart(7)}  ${pct(m.hitAt1)}  ${pct(m.hitAt3)}  ${pct(m.mrr)}  ${m.falsePositives}`,
  );
console.log('               queries  hit@1  hit@3  MRR    false+');
line('overall', report.overall);
for (const [lang, m] of Object.entries(report.byLanguage)) line(`${lang}`, m);
for (const [lang, m] of Object.entries(report.holdoutByLanguage)) line(`${lang} holdout`, m);
for (const [set, byLang] of Object.entries(report.bySet))
  for (const [lang, m] of Object.entries(byLang)) line(`${lang} ${set}`, m);
for (const [name, m] of Object.entries(report.byCategory)) line(name, m);
line('tr plainly', evaluate(store, typedPlainly(loadQueries())).overall);
if (report.misses.length > 0) {
  console.log('\nnot first:');
  for (const m of report.misses)
    console.log(
      `  [${m.lang}] ${JSON.stringify(m.query)} want ${m.expect.join('|') || '(nothing)'} got ${m.got.join(', ') || '(nothing)'}`,
    );
}
console.log('\ntargets per language (tuned and holdout): hit@1 >= 0.95, hit@3 >= 0.98, false positives 0');
