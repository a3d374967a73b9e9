import { createHash } from 'node:crypto';
import { DataError } from '../errors.js';
import type { DataSet } from '../model/types.js';
import { VERSION } from '../version.js';
import { checkDataFile, normalise } from './checkDataFile.js';
import { decodeText } from './decodeText.js';
import { FactBase } from './FactBase.js';
import { cacheDirectory, readCachedIndex, writeCachedIndex } from './indexCache.js';
import { JsonLocator } from './locate.js';
import type { LoadEnvironment, LoadOptions } from './openFactBase.js';
import type { Bundled } from './prebuilt.js';
import { readInput, type DataInput } from './readInput.js';

/** Bumped whenever what the cache holds changes meaning. */
const CACHE_FORMAT = 'kzt-cache-3';

type Kind = 'facts' | 'sources' | 'entities' | 'series' | 'targets';
const KINDS: readonly Kind[] = ['sources', 'entities', 'facts', 'series', 'targets'];
const NOUN: Record<Kind, string> = {
  facts: 'fact',
  sources: 'source',
  entities: 'entity',
  series: 'series',
  targets: 'target',
};

/** A second definition of an id. */
interface Conflict {
  kind: Kind;
  id: string;
  file: number;
  index: number;
  earlier: string;
}

/**
 * Merges user files over a base, in order. A repeated id (fact, source or entity) is a conflict; with
 * `override` the later definition replaces the earlier one where it stood. Returns the merged data and every
 * conflict (which, without override, the caller reports).
 */
function merge(
  base: DataSet,
  baseLabel: string,
  files: ReadonlyArray<{ label: string; data: DataSet }>,
  override: boolean,
) {
  const out: Required<DataSet> = {
    sources: [...base.sources],
    entities: [...base.entities],
    facts: [...base.facts],
    series: [...(base.series ?? [])],
    targets: [...(base.targets ?? [])],
  };
  const conflicts: Conflict[] = [];
  for (const kind of KINDS) {
    const list = out[kind] as Array<{ id: string }>;
    const where = new Map<string, { at: number; label: string }>();
    list.forEach((item, at) => where.set(item.id, { at, label: baseLabel }));
    files.forEach(({ label, data }, file) => {
      ((data[kind] ?? []) as Array<{ id: string }>).forEach((item, index) => {
        const before = where.get(item.id);
        if (!before) {
          where.set(item.id, { at: list.length, label });
          list.push(item);
          return;
        }
        conflicts.push({ kind, id: item.id, file, index, earlier: before.label });
        if (override) {
          list[before.at] = item;
          where.set(item.id, { at: before.at, label });
        }
      });
    });
  }
  // Report conflicts in file order, as a reader goes through the files.
  conflicts.sort(
    (a, b) => a.file - b.file || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.index - b.index,
  );
  return { data: out, conflicts };
}

function sha256(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
}

function jsonText(input: DataInput): string {
  return decodeText(input.bytes, input.label);
}

/**
 * Loads user data files over the bundled data (its facts unless --no-bundled; its sources and entities always
 * stay available as the shared register that user facts may cite), each file in order.
 *
 * User files are checked completely (syntax, duplicate keys, schema, references, conflicts) and indexed, and
 * the index is cached under a hash of every input: kzt's version, the bundled data, the flags and each file's
 * bytes. On a later run with the same inputs the cached index is used and the files are only parsed, which
 * is what keeps 100,000 facts interactive. A cache file that does not match is ignored and rebuilt.
 */
export function loadUserData(options: LoadOptions, environment: LoadEnvironment, bundled: Bundled): FactBase {
  // --no-bundled leaves out the bundled facts and figures; sources and entities stay as the register.
  const base: DataSet = {
    sources: bundled.data.sources,
    entities: bundled.data.entities,
    facts: options.bundled ? bundled.data.facts : [],
    series: options.bundled ? (bundled.data.series ?? []) : [],
    targets: options.bundled ? (bundled.data.targets ?? []) : [],
  };

  const inputs = options.files.map((f) => readInput(f, options.maxSize, environment.readStdin));
  const key = sha256(
    CACHE_FORMAT,
    VERSION,
    bundled.fingerprint(),
    `bundled=${options.bundled} override=${options.override}`,
    ...inputs.map((i) => sha256(i.bytes)),
  );
  const dir = options.cache ? cacheDirectory(environment.env) : undefined;

  const cached = dir ? readCachedIndex(dir, key) : undefined;
  if (cached) {
    // These exact bytes passed every check when the cache was written: parse them, nothing more.
    const files = inputs.map((i) => ({
      label: i.label,
      data: normalise(JSON.parse(jsonText(i)) as unknown, i.label),
    }));
    const merged = merge(base, 'the bundled data', files, options.override);
    if (cached.docCount === merged.data.facts.length && (options.override || merged.conflicts.length === 0)) {
      return new FactBase(merged.data, cached, bundled.texts);
    }
  }

  const known = {
    sources: new Set(base.sources.map((s) => s.id)),
    entities: new Set(base.entities.map((e) => e.id)),
    // Bundled series ids stay citable with --no-bundled, as sources and entities do: an exported fact that
    // points to a series loads back.
    series: new Set((bundled.data.series ?? []).map((s) => s.id)),
  };
  const files = inputs.map((input) => {
    const checked = checkDataFile(input, known);
    const first = checked.problems[0];
    if (first || !checked.data) {
      const more =
        checked.problems.length > 1
          ? ` (and ${checked.problems.length - 1} more: kzt validate lists them)`
          : '';
      throw new DataError(
        `${input.label}:${first?.line ?? 1}:${first?.column ?? 1}: ${first?.message ?? 'invalid'}${more}`,
      );
    }
    for (const s of checked.data.sources) known.sources.add(s.id);
    for (const e of checked.data.entities) known.entities.add(e.id);
    for (const s of checked.data.series ?? []) known.series.add(s.id);
    return { label: input.label, data: checked.data };
  });
  const merged = merge(base, 'the bundled data', files, options.override);
  const conflict = merged.conflicts[0];
  if (conflict && !options.override) {
    const input = inputs[conflict.file] as DataInput;
    const isArray = Array.isArray(JSON.parse(jsonText(input)));
    const path = isArray ? [conflict.index, 'id'] : [conflict.kind, conflict.index, 'id'];
    const { line, column } = new JsonLocator(jsonText(input)).locate(path);
    throw new DataError(
      `${input.label}:${line}:${column}: ${NOUN[conflict.kind]} id "${conflict.id}" is already defined in ${conflict.earlier} (--override lets later files win)`,
    );
  }
  const fb = new FactBase(merged.data, undefined, bundled.texts);
  if (dir) writeCachedIndex(dir, key, fb.searchIndex());
  return fb;
}
