// `npm run gen:facts -- <n> [file]`: writes n realistic synthetic facts (the `facts list --json` form) to a file
// or stdout, for tests and benchmarks. Deterministic for a given n: texts recombine the bundled facts' sentences
// and words, and every fact cites bundled sources and names bundled entities, so the file is valid as it is.
import { closeSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundled } from '../src/factbase/loadBundled.js';
import type { Fact } from '../src/model/types.js';

/** A small deterministic pseudo-random generator (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n synthetic facts built from the bundled data. */
export function generateFacts(n: number, seed = 42): Fact[] {
  return [...syntheticFacts(n, seed)];
}

/** The same facts one at a time, so that a million of them never have to be in memory (or one string) at once. */
export function* syntheticFacts(n: number, seed = 42): Generator<Fact> {
  const data = loadBundled(fileURLToPath(new URL('../data/', import.meta.url)));
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const words = data.facts.flatMap((f) => f.text.split(/\s+/));
  const tags = [...new Set(data.facts.flatMap((f) => f.tags))];
  const pad = (x: number) => String(x).padStart(2, '0');
  // Real collections keep meeting new names, so the vocabulary grows with their size: each fact names a
  // made-up person or place built from syllables (about one new word per fact).
  const syllables = [
    'ka',
    'zak',
    'tur',
    'an',
    'ber',
    'dy',
    'mu',
    'rat',
    'sel',
    'ji',
    'nur',
    'os',
    'man',
    'ay',
    'gul',
    'tem',
    'ir',
    'bek',
    'lan',
    'sha',
  ];
  const name = () => {
    const n = 2 + Math.floor(rnd() * 3);
    const w = Array.from({ length: n }, () => pick(syllables)).join('');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  for (let i = 0; i < n; i++) {
    const base = pick(data.facts);
    // The base text with a few words swapped and a clause of words drawn from the whole fact base.
    const text = base.text.split(/\s+/).map((w) => (rnd() < 0.15 ? pick(words) : w));
    const extra = Array.from({ length: 4 + Math.floor(rnd() * 10) }, () => pick(words));
    const year = 1991 + Math.floor(rnd() * 36);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const precision = rnd();
    const date =
      precision < 0.6
        ? `${year}-${pad(month)}-${pad(day)}`
        : precision < 0.85
          ? `${year}-${pad(month)}`
          : `${year}`;
    yield {
      id: `synthetic-${i}-${base.id}`.slice(0, 120).replace(/-+$/, ''),
      text: `${text.join(' ')} Also: ${name()} ${extra.join(' ')}.`,
      date: rnd() < 0.03 ? null : date,
      kind: base.kind,
      tags: [...new Set([...base.tags, pick(tags)])],
      entities: base.entities,
      sources: base.sources.map((s) => ({ source: s.source, ...(s.locator ? { locator: s.locator } : {}) })),
      status: base.status === 'disputed' ? 'single-source' : base.status,
      // A visit names who travelled and where (the schema asks for it on every fact of kind visit).
      ...(base.visit ? { visit: base.visit } : {}),
    };
  }
}

/**
 * Writes the facts as one JSON array, a few thousand facts per write: a million facts make a file (about 600 MB)
 * longer than V8's longest string, so it cannot be built as one.
 */
function writeFacts(n: number, write: (text: string) => void): void {
  let chunk: string[] = [];
  let first = true;
  const flush = () => {
    write(chunk.join(''));
    chunk = [];
  };
  chunk.push('[');
  for (const fact of syntheticFacts(n)) {
    chunk.push(first ? '' : ',', JSON.stringify(fact));
    first = false;
    if (chunk.length >= 20000) flush();
  }
  chunk.push(']');
  flush();
}

if (process.argv[1] && /genFacts\.ts$/.test(process.argv[1])) {
  const n = Number(process.argv[2] ?? '1000');
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: npm run gen:facts -- <count> [file]');
    process.exit(2);
  }
  const file = process.argv[3];
  if (file) {
    const fd = openSync(file, 'w');
    writeFacts(n, (text) => writeSync(fd, text));
    closeSync(fd);
  } else writeFacts(n, (text) => process.stdout.write(text));
}
