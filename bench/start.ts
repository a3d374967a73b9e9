// `npm run bench:start`: how long kzt takes to start and answer, beside a bare `node -e 0` measured in the same
// run. The commands are interleaved, N times each (default 21), so that a noisy neighbour hits them alike;
// figures are medians and ratios to `node -e 0` (target for `kzt facts search erdogan`: 2.0x or less).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(fileURLToPath(new URL('..', import.meta.url)), 'bin', 'kzt.cjs');
const runs = Number(process.argv[2] ?? '21');
const commands: Array<[string, string[]]> = [
  ['node -e 0', ['-e', '0']],
  ['kzt --version', [bin, '--version']],
  ['kzt facts search erdogan', [bin, 'facts', 'search', 'erdogan']],
  ['kzt timeline', [bin, 'timeline']],
];
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS; // an extra CA bundle slows every node start alike
const times = new Map<string, number[]>(commands.map(([name]) => [name, []]));
for (let i = 0; i < runs + 3; i++) {
  for (const [name, args] of commands) {
    const t = performance.now();
    spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    if (i >= 3) times.get(name)?.push(performance.now() - t); // the first rounds warm the disk cache
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const base = median(times.get('node -e 0') ?? []);
console.log(`kzt start time: medians of ${runs} interleaved runs, stdout to /dev/null`);
for (const [name] of commands) {
  const m = median(times.get(name) ?? []);
  console.log(`  ${name.padEnd(26)} ${m.toFixed(1).padStart(6)} ms  ${(m / base).toFixed(2)}x node -e 0`);
}
