import { join } from 'node:path';
import { DataError } from '../errors.js';
import type { DataSet, Entity, Fact, Source } from '../model/types.js';
import { positionAt } from './positionAt.js';
import { readTextFile } from './readTextFile.js';
import { checkIntegrity } from './checkIntegrity.js';

function parseFile<K extends keyof DataSet>(
  dir: string,
  name: string,
  key: K,
  onText: (text: string) => void,
): DataSet[K] {
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
  const list = (parsed as Partial<DataSet> | null)?.[key];
  if (!Array.isArray(list)) throw new DataError(`data/${name}: want an object with a "${key}" array`);
  return list as DataSet[K];
}

/**
 * Loads the bundled fact base from its three files (each passed to `onText`, for hashing) and checks its integrity (cheap at this size; the
 * JSON Schema itself is enforced by the test suite and `kzt validate`).
 */
export function loadBundled(dataDir: string, onText: (text: string) => void = () => undefined): DataSet {
  const data: DataSet = {
    sources: parseFile(dataDir, 'sources.json', 'sources', onText) as Source[],
    entities: parseFile(dataDir, 'entities.json', 'entities', onText) as Entity[],
    facts: parseFile(dataDir, 'facts.json', 'facts', onText) as Fact[],
  };
  const problems = checkIntegrity(data);
  const first = problems[0];
  if (first) {
    const file = `data/${String(first.path[0])}.json`;
    throw new DataError(
      `${file}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    );
  }
  return data;
}
