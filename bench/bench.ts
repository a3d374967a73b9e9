// `npm run bench`: speed and memory of kzt on 1k, 10k and 100k synthetic facts, each figure beside a baseline
// measured in the same run (a bare `node` process that only reads and parses the same file). Each size runs in
// its own child process so that peak memory is that size's own. Timings are medians; never assert on them in
// tests: the machines are shared and noisy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundled } from '../src/factbase/loadBundled.js';
import { normalise } from '../src/factbase/checkDataFile.js';
import { FactBase } from '../src/factbase/FactBase.js';
import { SearchIndex } from '../src/search/SearchIndex.js';
import { renderFactTable } from '../src/render/factTable.js';
import { makeStyle } from '../src/render/style.js';
import { generateFacts } from './genFacts.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'kzt.cjs');
const QUERIES = {
  'one word': ['erdogan', 'embassy', 'astana', 'agreement', 'visa', 'trade', 'summit', 'nazarbayev'],
  'three words': [
    'strategic partnership agreement',
    'embassy opened ankara',
    'erdogan visit astana',
    'turkish airlines almaty',
    'trade billion 2023',
    'yesevi university turkistan',
  ],
  question: [
    'which treaty made the two countries strategic partners',
    'when did kazakhstan and turkey establish diplomatic relations',
    'how long can turkish citizens stay in kazakhstan without a visa',
    'where was the tenth summit of the organization of turkic states held',
  ],
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;
function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
function timeProcess(args: string[], env: NodeJS.ProcessEnv): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr.toString()}`);
  return performance.now() - t;
}

/** Measures one size; runs in a child process (argv: --size n). */
function measure(n: number): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'kzt-bench-'));
  try {
    const file = join(dir, 'facts.json');
    writeFileSync(file, JSON.stringify(generateFacts(n)));
    const text = readFileSync(file, 'utf8');
    let json: unknown;
    const parse = median([1, 2, 3].map(() => time(() => (json = JSON.parse(text)))));
    const bundled = loadBundled(join(ROOT, 'data'));
    const data = normalise(json, file);
    const store = new FactBase({ ...bundled, facts: data.facts });
    let index: SearchIndex | undefined;
    const build = time(() => (index = SearchIndex.build(data.facts, (id) => store.entity(id))));
    const searcher = new FactBase({ ...bundled, facts: data.facts }, index);
    const out: Record<string, number> = {
      facts: n,
      megabytes: statSync(file).size / 1024 ** 2,
      parse,
      build,
    };
    for (const [name, queries] of Object.entries(QUERIES)) {
      for (const q of queries) searcher.search(q, { limit: 10 }); // warm up: fuse buckets, JIT
      const times = Array.from({ length: 5 }, () =>
        queries.map((q) => time(() => searcher.search(q, { limit: 10 }))),
      ).flat();
      out[`${name} median`] = median(times);
      out[`${name} p95`] = p95(times);
    }
    const rows = data.facts.map((fact) => ({ fact }));
    out['table render'] = time(() => renderFactTable(rows, 100, makeStyle(false)));
    out['peak MiB'] = process.resourceUsage().maxRSS / 1024;
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(dir, 'cache'), NO_COLOR: '1' };
    delete env.NODE_EXTRA_CA_CERTS; // slows every node start alike
    const kzt = [
      BIN,
      '--no-bundled',
      '--data',
      file,
      'facts',
      'search',
      'strategic partnership agreement',
      '--json',
      '--limit',
      '5',
    ];
    out['first run'] = timeProcess(kzt, env);
    const bare = [] as number[];
    const warm = [] as number[];
    for (let i = 0; i < 5; i++) {
      bare.push(
        timeProcess(['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)},'utf8'))`], env),
      );
      warm.push(timeProcess(kzt, env));
    }
    out['bare parse'] = median(bare);
    out['warm start'] = median(warm);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg > 0) {
  process.stdout.write(JSON.stringify(measure(Number(process.argv[sizeArg + 1]))));
} else {
  const sizes = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);
  const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
  console.log(
    'kzt bench: synthetic facts (npm run gen:facts), medians; ratios against a bare `node` read+parse of the same file',
  );
  for (const n of sizes) {
    const runner = join(ROOT, 'scripts', 'run-ts.mjs');
    const self = join(ROOT, 'bench', 'bench.ts');
    const r = spawnSync(process.execPath, [runner, self, '--size', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(r.stderr);
    const m = JSON.parse(r.stdout) as Record<string, number>;
    const bare = m['bare parse'] ?? 1;
    console.log(`\n${n} facts (${(m.megabytes ?? 0).toFixed(1)} MB file)`);
    console.log(`  file parse (in-process JSON.parse) ${ms(m.parse ?? 0)}`);
    console.log(`  index build                        ${ms(m.build ?? 0)}`);
    console.log(`  bare node read+parse (baseline)    ${ms(bare)}`);
    console.log(
      `  kzt first run (check, index, cache) ${ms(m['first run'] ?? 0)}  = ${((m['first run'] ?? 0) / bare).toFixed(2)}x baseline`,
    );
    console.log(
      `  kzt warm-cache search              ${ms(m['warm start'] ?? 0)}  = ${((m['warm start'] ?? 0) / bare).toFixed(2)}x baseline (target <= 3x at 100k)`,
    );
    for (const name of Object.keys(QUERIES)) {
      console.log(
        `  query, ${name.padEnd(12)} median ${ms(m[`${name} median`] ?? 0)}, p95 ${ms(m[`${name} p95`] ?? 0)} (target: median < 50 ms at 100k)`,
      );
    }
    const table = m['table render'] ?? 0;
    console.log(
      `  table of all ${n} facts, 100 columns    ${ms(table)} (${((table / n) * 1000).toFixed(1)} µs a row)`,
    );
    console.log(
      `  peak memory (in-process load, build, queries, table) ${(m['peak MiB'] ?? 0).toFixed(0)} MiB`,
    );
  }
}
