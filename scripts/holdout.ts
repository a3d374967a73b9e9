// `npm run holdout -- <step>`: the steps of a blind holdout for the search eval (see CONTRIBUTING.md).
//   sample <n> <seed> [dir]   draw 36 facts for the n-th holdout into <dir>/h<n>-facts.json (default: a temporary
//                             directory), with the writer's prompt beside it as h<n>-prompt.txt
//   check <drafts.json>...    what to settle first: repeats, unknown ids, category mismatches (exit 1), and the
//                             facts that share a date query's date
//   add <n> <drafts.json>     append the drafts to test/eval/queries.json as holdout set "holdout-<n>", then
//                             format it; refused while check finds anything blocking
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundled } from '../src/factbase/loadBundled.js';
import { lazyTexts } from '../src/factbase/loadTexts.js';
import { asHoldout, checkDrafts, drawFacts, holdoutFacts, type DraftQuery } from '../test/eval/holdout.js';
import { loadQueries } from '../test/eval/evaluate.js';

const FACTS_PER_HOLDOUT = 36;
const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const queriesFile = fileURLToPath(new URL('../test/eval/queries.json', import.meta.url));
const promptFile = fileURLToPath(new URL('../test/eval/holdout-prompt.md', import.meta.url));

function fail(message: string): never {
  console.error(`holdout: ${message}`);
  process.exit(2);
}

function readDrafts(file: string): DraftQuery[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DraftQuery[];
  } catch (e) {
    return fail(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const [step, ...args] = process.argv.slice(2);
const data = loadBundled(dataDir);
if (step === 'sample') {
  const [n, seed, dir = mkdtempSync(join(tmpdir(), 'kzt-holdout-'))] = args;
  if (!n || !/^\d+$/.test(n) || !seed || !/^\d+$/.test(seed)) fail('usage: sample <n> <seed> [dir]');
  mkdirSync(dir, { recursive: true });
  const texts = lazyTexts(dataDir, false);
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const facts = holdoutFacts(
    drawFacts(data.facts, FACTS_PER_HOLDOUT, Number(seed)),
    (lang, id) => texts(lang).get(id),
    (id) => entities.get(id),
  );
  const factsFile = join(dir, `h${n}-facts.json`);
  writeFileSync(factsFile, `${JSON.stringify(facts, null, 1)}\n`);
  const prompt = readFileSync(promptFile, 'utf8')
    .replaceAll('FACTS_FILE', factsFile)
    .replaceAll('QUERIES_FILE', join(dir, `h${n}-queries.json`));
  writeFileSync(join(dir, `h${n}-prompt.txt`), prompt);
  console.log(`${factsFile}\n${join(dir, `h${n}-prompt.txt`)}`);
} else if (step === 'check' || step === 'add') {
  const files = step === 'add' ? args.slice(1) : args;
  const n = step === 'add' ? args[0] : undefined;
  if (files.length === 0 || (step === 'add' && (!n || !/^\d+$/.test(n) || files.length !== 1)))
    fail(step === 'add' ? 'usage: add <n> <drafts.json>' : 'usage: check <drafts.json>...');
  // Each file is checked against the eval and the files before it, so two new sets cannot repeat each other.
  const existing = loadQueries().map((q) => ({ query: q.query }));
  let blocking = 0;
  for (const file of files) {
    const drafts = readDrafts(file);
    for (const f of checkDrafts(drafts, existing, data.facts)) {
      console.log(`${file} #${f.index}: ${f.blocking ? '' : '(to look at) '}${f.message}`);
      if (f.blocking) blocking++;
    }
    existing.push(...drafts.map((q) => ({ query: q.query })));
  }
  if (blocking > 0) {
    console.error(`holdout: ${blocking} to fix or drop before the holdout joins the eval`);
    process.exit(1);
  }
  if (step === 'add' && n) {
    const doc = JSON.parse(readFileSync(queriesFile, 'utf8')) as { queries: unknown[] };
    const set = `holdout-${n}`;
    if (loadQueries().some((q) => q.set === set)) fail(`${set} is in the eval already`);
    doc.queries.push(...asHoldout(readDrafts(files[0] as string), set));
    writeFileSync(queriesFile, `${JSON.stringify(doc, null, 2)}\n`);
    execFileSync('npx', ['prettier', '--write', queriesFile], { stdio: 'ignore' });
    console.log(`added ${set}; run npm run eval once, and record what it scored in docs/search-quality.md`);
  }
} else {
  fail('usage: sample <n> <seed> [dir] | check <drafts.json>... | add <n> <drafts.json>');
}
