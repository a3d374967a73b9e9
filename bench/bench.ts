// `npm run bench [-- sizes] [--million]`: kzt over user data of 1k, 10k and 100k synthetic facts (and 1M with
// --million), each figure beside a baseline measured in the same run: a bare `node` process that only reads and
// parses the same file. Each size runs in its own child process; the kzt runs and the baseline are interleaved so
// that a noisy neighbour slows them alike, and figures are medians. Peak memory is measured with /usr/bin/time
// where there is one. Never assert on these in tests: the machines are shared and noisy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundled } from '../src/factbase/loadBundled.js';
import { loadUserData } from '../src/factbase/loadUserData.js';
import { renderFactTable } from '../src/render/factTable.js';
import { makeStyle } from '../src/render/style.js';
import { FORMATS } from '../src/export/OutputOptions.js';
import { generateFacts } from './genFacts.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'kzt.cjs');
const TIME = '/usr/bin/time';
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

/** A process's wall time (ms) and, with /usr/bin/time, its peak memory (KiB). */
interface Run {
  ms: number;
  kib?: number;
}

function runProcess(args: string[], env: NodeJS.ProcessEnv): Run {
  const timed = existsSync(TIME);
  const t = performance.now();
  const r = timed
    ? spawnSync(TIME, ['-f', 'kzt-bench-rss %M', process.execPath, ...args], {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      })
    : spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  const stderr = r.stderr.toString();
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${stderr}`);
  const kib = /kzt-bench-rss (\d+)/.exec(stderr)?.[1];
  return { ms, kib: kib === undefined ? undefined : Number(kib) };
}

/** Measures one size; runs in a child process (argv: --size n [--exports]). */
function measure(n: number, exports: boolean): Record<string, number | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'kzt-bench-'));
  try {
    const file = join(dir, 'facts.json');
    writeFileSync(file, JSON.stringify(generateFacts(n)));
    const bytes = statSync(file).size;
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.NODE_EXTRA_CA_CERTS; // slows every node start alike
    const bare = ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)},'utf8'))`];
    const search = [
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
    const cacheEnv = (name: string) => ({ ...env, XDG_CACHE_HOME: join(dir, name) });
    const rounds = n >= 1_000_000 ? 1 : 3;
    const bareRuns: Run[] = [];
    const firstRuns: Run[] = [];
    const warmRuns: Run[] = [];
    for (let i = 0; i < rounds; i++) {
      bareRuns.push(runProcess(bare, env));
      firstRuns.push(runProcess(search, cacheEnv(`first-${i}`)));
    }
    for (let i = 0; i < 5; i++) {
      bareRuns.push(runProcess(bare, env));
      warmRuns.push(runProcess(search, cacheEnv('first-0')));
    }
    const out: Record<string, number | undefined> = {
      facts: n,
      megabytes: bytes / 1024 ** 2,
      bare: median(bareRuns.map((r) => r.ms)),
      bareKiB: median(bareRuns.map((r) => r.kib ?? 0)) || undefined,
      first: median(firstRuns.map((r) => r.ms)),
      firstKiB: Math.max(...firstRuns.map((r) => r.kib ?? 0)) || undefined,
      warm: median(warmRuns.map((r) => r.ms)),
      warmKiB: Math.max(...warmRuns.map((r) => r.kib ?? 0)) || undefined,
    };
    if (exports) {
      for (const format of FORMATS) {
        const r = runProcess(
          [BIN, '--no-bundled', '--data', file, 'facts', 'list', '--format', format],
          cacheEnv('first-0'),
        );
        out[`export ${format}`] = r.ms;
        out[`export ${format} KiB`] = r.kib;
      }
    }
    // Queries in this process, over the facts loaded as kzt loads them (from sources: one thread).
    const bundled = loadBundled(join(ROOT, 'data'));
    const fb = loadUserData(
      { files: [file], bundled: false, override: false, cache: false, maxSize: 4 * 1024 ** 3 },
      { dataDir: join(ROOT, 'data'), env: {}, readStdin: () => Buffer.alloc(0) },
      { data: bundled, texts: () => new Map(), fingerprint: () => [] },
    );
    for (const [name, queries] of Object.entries(QUERIES)) {
      for (const q of queries) fb.search(q, { limit: 10 }); // warm up: JIT, the fuzzy buckets
      const times = Array.from({ length: 5 }, () =>
        queries.map((q) => {
          const t = performance.now();
          fb.search(q, { limit: 10 });
          return performance.now() - t;
        }),
      ).flat();
      out[`${name} median`] = median(times);
      out[`${name} p95`] = p95(times);
    }
    if (n <= 100_000) {
      const rows = fb.facts.map((fact) => ({ fact }));
      const t = performance.now();
      renderFactTable(rows, 100, makeStyle(false));
      out.table = performance.now() - t;
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg > 0) {
  const n = Number(process.argv[sizeArg + 1]);
  process.stdout.write(JSON.stringify(measure(n, process.argv.includes('--exports'))));
} else {
  const million = process.argv.includes('--million');
  const list = process.argv.slice(2).find((a) => /^\d[\d,]*$/.test(a));
  const sizes = (list ?? '1000,10000,100000').split(',').map(Number);
  if (million && !sizes.includes(1_000_000)) sizes.push(1_000_000);
  const s = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
  const x = (v: number, base: number) => `${(v / base).toFixed(2)}x`;
  const mib = (kib: number | undefined) => (kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`);
  console.log(
    'kzt bench: synthetic facts (npm run gen:facts); medians, each beside a bare `node` read+parse of',
  );
  console.log('the same file measured in the same run, interleaved with it.');
  for (const n of sizes) {
    const runner = join(ROOT, 'scripts', 'run-ts.mjs');
    const self = join(ROOT, 'bench', 'bench.ts');
    const args = [runner, self, '--size', String(n), ...(n >= 1_000_000 ? ['--exports'] : [])];
    const r = spawnSync(process.execPath, ['--max-old-space-size=8192', ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(r.stderr);
    const m = JSON.parse(r.stdout) as Record<string, number | undefined>;
    const bare = m.bare ?? 1;
    const file = (m.megabytes ?? 0) * 1024;
    const mem = (kib: number | undefined) =>
      kib === undefined ? 'n/a' : `${mib(kib)} = ${(kib / file).toFixed(1)}x the file`;
    console.log(`\n${n} facts (${(m.megabytes ?? 0).toFixed(1)} MB file)`);
    console.log(`  bare node read+parse (baseline)  ${s(bare)}, peak ${mib(m.bareKiB)}`);
    console.log(
      `  first run (check, index, cache)  ${s(m.first ?? 0)} = ${x(m.first ?? 0, bare)} (target <= 3x), peak ${mem(m.firstKiB)} (target <= 8x)`,
    );
    console.log(
      `  warm search                      ${s(m.warm ?? 0)} = ${x(m.warm ?? 0, bare)} (target <= 0.75x, goal 0.5x), peak ${mem(m.warmKiB)}`,
    );
    for (const name of Object.keys(QUERIES)) {
      console.log(
        `  query, ${name.padEnd(12)}  median ${s(m[`${name} median`] ?? 0)}, p95 ${s(m[`${name} p95`] ?? 0)} (target p95 < 50 ms)`,
      );
    }
    if (m.table !== undefined)
      console.log(
        `  table of all ${n} facts, 100 columns: ${s(m.table)} (${((m.table / n) * 1000).toFixed(1)} µs a row)`,
      );
    for (const format of FORMATS) {
      const t = m[`export ${format}`];
      if (t !== undefined)
        console.log(
          `  facts list --format ${format.padEnd(6)}  ${s(t)} = ${x(t, bare)}, peak ${mem(m[`export ${format} KiB`])}`,
        );
    }
  }
}
