import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import type { DataSet, Entity, Fact, FactLists, Series, Source, Target } from '../model/types.js';
import { positionAt } from './positionAt.js';
import { readTextFile } from './readTextFile.js';
import { checkIntegrity } from './checkIntegrity.js';
import { checkFactLists, KEYWORD_LISTS, QUESTION_LISTS, type FactListSpec } from './checkFactLists.js';

/** The bundled files, and which collections each holds. */
const FILES = {
  'sources.json': ['sources'],
  'entities.json': ['entities'],
  'facts.json': ['facts'],
  'figures.json': ['series', 'targets'],
} as const;

/**
 * The bundled facts' search keywords and the questions each answers, read when the facts are indexed from the data
 * files (as the build does), each with its checker.
 */
export const KEYWORDS = KEYWORD_LISTS.file;
export const QUESTIONS = QUESTION_LISTS.file;
const FACT_LISTS = [
  { key: 'keywords', spec: KEYWORD_LISTS },
  { key: 'questions', spec: QUESTION_LISTS },
] as const;

/** The bundled file a collection lives in (for messages). */
function fileOf(key: string): string {
  return (
    Object.entries(FILES).find(([, keys]) => (keys as readonly string[]).includes(key))?.[0] ?? `${key}.json`
  );
}

/** A bundled file read (and passed to `onText`) and parsed; invalid JSON is a data error naming file and line. */
function readJson(dir: string, name: string, onText: (text: string) => void): unknown {
  const text = readTextFile(join(dir, name), `data/${name}`);
  onText(text);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const offset = /at position (\d+)/.exec(String(error))?.[1];
    const where = offset === undefined ? '' : `:${positionAt(text, Number(offset)).line}`;
    throw new DataError(`data/${name}${where}: invalid JSON: ${(error as Error).message}`);
  }
}

function parseFile(
  dir: string,
  name: keyof typeof FILES,
  onText: (text: string) => void,
): Record<string, unknown[]> {
  const parsed = readJson(dir, name, onText);
  const out: Record<string, unknown[]> = {};
  for (const key of FILES[name]) {
    const list = (parsed as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(list)) throw new DataError(`data/${name}: want an object with a "${key}" array`);
    out[key] = list;
  }
  return out;
}

/**
 * Loads the bundled fact base from its four files (each passed to `onText`, for hashing) and checks its integrity
 * (cheap at this size; the JSON Schema itself is enforced by the build, the test suite and `kzt validate`). The
 * facts' search keywords and questions (data/keywords.json and data/questions.json, when there) are read and checked
 * on first use of `keywords` and `questions`.
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
  withFactLists(data, dataDir);
  return data;
}

/**
 * Gives the bundled `data` its facts' search keywords and questions (data/keywords.json and data/questions.json,
 * when there), each read and checked when first asked for: when the facts are first indexed. A run that indexes
 * no bundled fact (a user's file with --no-bundled, or any run with the prebuilt index) does not read them.
 */
export function withFactLists(data: DataSet, dataDir: string): void {
  for (const { key, spec } of FACT_LISTS) {
    if (!existsSync(join(dataDir, spec.file))) continue;
    let table: FactLists | undefined;
    Object.defineProperty(data, key, {
      get: () => (table ??= loadFactLists(dataDir, spec, data.facts)),
      // Not enumerable: a copy of the data set ({ ...data }) must not read them.
      enumerable: false,
      configurable: true,
    });
  }
}

/** A bundled file of lists by fact and language (data/keywords.json, data/questions.json), checked. */
function loadFactLists(dataDir: string, spec: FactListSpec, facts: readonly Fact[]): FactLists {
  const json = readJson(dataDir, spec.file, () => undefined);
  const { table, problems } = checkFactLists(json, new Set(facts.map((f) => f.id)), spec);
  if (problems.length > 0) {
    throw new DataError(
      `data/${spec.file}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    );
  }
  return table;
}
