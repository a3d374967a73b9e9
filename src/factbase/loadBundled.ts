import { join } from 'node:path';
import { DataError } from '../errors.js';
import type { DataSet, Entity, Fact, Series, Source, Target } from '../model/types.js';
import { positionAt } from './positionAt.js';
import { readTextFile } from './readTextFile.js';
import { checkIntegrity } from './checkIntegrity.js';

/** The bundled files, and which collections each holds. */
const FILES = {
  'sources.json': ['sources'],
  'entities.json': ['entities'],
  'facts.json': ['facts'],
  'figures.json': ['series', 'targets'],
} as const;

/** The bundled file a collection lives in (for messages). */
function fileOf(key: string): string {
  return (
    Object.entries(FILES).find(([, keys]) => (keys as readonly string[]).includes(key))?.[0] ?? `${key}.json`
  );
}

function parseFile(
  dir: string,
  name: keyof typeof FILES,
  onText: (text: string) => void,
): Record<string, unknown[]> {
  const path = join(dir, name);
  const text = readTextFile(path, `data/${name}`);
  onText(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const offset = /at position (\d+)/.exec(String(error))?.[1];
    const where = offset === undefined ? '' : `:${positionAt(text, Number(offset)).line}`;
    throw new DataError(`data/${name}${where}: invalid JSON: ${(error as Error).message}`);
  }
  const out: Record<string, unknown[]> = {};
  for (const key of FILES[name]) {
    const list = (parsed as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(list)) throw new DataError(`data/${name}: want an object with a "${key}" array`);
    out[key] = list;
  }
  return out;
}

/**
 * Loads the bundled fact base from its four files (each passed to `onText`, for hashing) and checks its
 * integrity (cheap at this size; the JSON Schema itself is enforced by the build, the test suite and
 * `kzt validate`).
 */
export function loadBundled(dataDir: string, onText: (text: string) => void = () => undefined): DataSet {
  const sources = parseFile(dataDir, 'sources.json', onText).sources as Source[];
  const entities = parseFile(dataDir, 'entities.json', onText).entities as Entity[];
  const facts = parseFile(dataDir, 'facts.json', onText).facts as Fact[];
  const figures = parseFile(dataDir, 'figures.json', onText);
  const data: DataSet = {
    sources,
    entities,
    facts,
    series: figures.series as Series[],
    targets: figures.targets as Target[],
  };
  const problems = checkIntegrity(data);
  const first = problems[0];
  if (first) {
    const file = `data/${fileOf(String(first.path[0]))}`;
    throw new DataError(
      `${file}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    );
  }
  return data;
}
