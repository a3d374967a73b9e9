import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DataError, InputError } from '../errors.js';
import type { FactList } from '../model/FactList.js';
import { FactStore } from '../model/FactStore.js';
import type { Fact } from '../model/types.js';
import { indexBuilder } from '../search/indexBuilder.js';
import type { IndexParts } from '../search/indexCodec.js';
import { SearchIndex } from '../search/SearchIndex.js';
import { Vocabulary } from '../search/Vocabulary.js';
import type { Language } from '../lib/language.js';
import { VERSION } from '../version.js';
import {
  checkDataFile,
  normaliseFact,
  REGISTERS,
  type Registers,
  type RegisterSpans,
} from './checkDataFile.js';
import { FactBase } from './FactBase.js';
import {
  cacheDirectory,
  readCacheEntry,
  writeCacheEntry,
  type CacheEntry,
  type NewCacheEntry,
} from './indexCache.js';
import { LineIndex } from './LineIndex.js';
import { startIndexWorker, type ParallelIndex } from './indexWorker.js';
import { JsonLocator } from './locate.js';
import type { LoadEnvironment, LoadOptions } from './openFactBase.js';
import type { Bundled } from './prebuilt.js';
import { readInput, type DataFile, type DataInput } from './readInput.js';
import { RecordTable } from './RecordTable.js';

/** Below this many bytes of data files, a second thread costs more to start than it saves. */
export const PARALLEL_BYTES = 4 * 1024 * 1024;
/** About how many bytes of a data file make one posting of the index (measured: 6.3 on synthetic facts). */
const BYTES_PER_POSTING = 5;
/** Bumped whenever what the cache holds changes meaning. */
const CACHE_FORMAT = 'kzt-cache-4';
/**
 * A file modified this close to when its cache entry was written might have changed again within the
 * resolution of its timestamps (two seconds on FAT): its contents are compared by hash, not by identity.
 */
const RACY_MS = 2000;

type Kind = 'facts' | RegisterKind;
const NOUN: Record<Kind, string> = {
  facts: 'fact',
  sources: 'source',
  entities: 'entity',
  series: 'series',
  targets: 'target',
};

/** The registers as merged so far: each list, and where each id stands in it and which file gave it. */
class MergedRegisters {
  readonly lists: { [K in RegisterKind]: Array<Registers[K][number]> };
  private readonly where: Record<RegisterKind, Map<string, Place>>;

  /** `base`: the bundled registers (its figures only without --no-bundled). */
  constructor(base: Registers, label: string) {
    this.lists = {
      sources: [...base.sources],
      entities: [...base.entities],
      series: [...base.series],
      targets: [...base.targets],
    };
    this.where = { sources: new Map(), entities: new Map(), series: new Map(), targets: new Map() };
    for (const kind of REGISTERS) {
      (this.lists[kind] as Array<{ id: string }>).forEach((item, at) =>
        this.where[kind].set(item.id, { at, label }),
      );
    }
  }

  /**
   * Adds a file's items after the others; an id already there is a conflict (returned, in order), and with
   * `override` the later definition replaces the earlier one where it stood.
   */
  merge(
    kind: RegisterKind,
    items: ReadonlyArray<{ id: string }>,
    label: string,
    override: boolean,
  ): Array<{ index: number; earlier: string }> {
    const list = this.lists[kind] as Array<{ id: string }>;
    const where = this.where[kind];
    const conflicts: Array<{ index: number; earlier: string }> = [];
    items.forEach((item, index) => {
      const before = where.get(item.id);
      if (!before) {
        where.set(item.id, { at: list.length, label });
        list.push(item);
        return;
      }
      conflicts.push({ index, earlier: before.label });
      if (override) {
        list[before.at] = item;
        where.set(item.id, { at: before.at, label });
      }
    });
    return conflicts;
  }
}

type RegisterKind = (typeof REGISTERS)[number];

/** The bundled registers a load starts from: its sources and entities always, its figures unless --no-bundled. */
function bundledRegisters(bundled: Bundled, options: LoadOptions): Registers {
  const { data } = bundled;
  return {
    sources: data.sources,
    entities: data.entities,
    series: options.bundled ? (data.series ?? []) : [],
    targets: options.bundled ? (data.targets ?? []) : [],
  };
}

interface Place {
  at: number;
  label: string;
}

function sha256(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
}

/**
 * The facts of a load, read on demand: a bundled fact from memory, a user's fact parsed from its own bytes in its
 * file (which were checked, by this run or by the run that wrote the cache entry for these exact bytes). The last
 * few read are kept, since a search reads its hits twice (to filter, to print).
 */
function recordFacts(
  records: RecordTable,
  inputs: readonly DataFile[],
  bundledFacts: readonly Fact[],
  ids: () => readonly string[],
): FactList {
  const recent = new Map<number, Fact>();
  return {
    length: records.count,
    ids,
    at(doc) {
      const cached = recent.get(doc);
      if (cached) return cached;
      const file = records.file(doc);
      let fact: Fact | undefined;
      if (file < 0) fact = bundledFacts[records.start(doc)];
      else {
        const input = inputs[file];
        if (input) fact = normaliseFact(readFact(input, records.start(doc), records.end(doc)), input.label);
      }
      if (!fact) throw new RangeError(`there is no fact ${doc}`);
      if (recent.size >= 256) recent.clear();
      recent.set(doc, fact);
      return fact;
    },
  };
}

/** What a fact gives the index in each language: its statement's translations, keywords and questions. */
type FactLanguages = [
  translationsOf: (fact: Fact) => Array<{ lang: Language; text: string }>,
  keywordsOf: (fact: Fact) => Array<{ lang: Language; words: readonly string[] }>,
  questionsOf: (fact: Fact) => Array<{ lang: Language; words: readonly string[] }>,
];

/**
 * What every fact gives the index in each language, by FactStore's rules, so that a user's data is indexed with
 * the bundled facts as the bundled index has them: a user fact's own `texts`, a bundled fact's translations, and the
 * bundled facts' search keywords and questions. A user's fact, or one that replaces a bundled fact, has no keywords
 * or questions; the bundled data reads each list when it is first asked for.
 */
function factLanguages(bundled: Bundled): FactLanguages {
  const own = new Set(bundled.data.facts);
  const store = new FactStore(
    {
      sources: [],
      entities: [],
      facts: [],
      get keywords() {
        return bundled.data.keywords;
      },
      get questions() {
        return bundled.data.questions;
      },
    },
    bundled.texts,
  );
  return [
    (fact) => store.translationsOf(fact),
    (fact) => (own.has(fact) ? store.keywordsOf(fact) : []),
    (fact) => (own.has(fact) ? store.questionsOf(fact) : []),
  ];
}

/** A fact read back from its place in a file; the file changed under kzt if it no longer parses. */
function readFact(input: DataFile, start: number, end: number): Fact {
  try {
    return JSON.parse(input.slice(start, end).toString('utf8')) as Fact;
  } catch {
    throw new InputError(`${input.label}: cannot read: the file changed while kzt read it`);
  }
}

/** The message for an id defined twice, located at the later definition. */
function conflictError(
  input: DataInput,
  kind: Kind,
  id: string,
  span: [number, number],
  earlier: string,
): DataError {
  const [start, end] = span;
  const at = new JsonLocator(input.bytes.toString('utf8', start, end)).locate(['id']);
  const { line, column } = new LineIndex(input.bytes).inside(start, at);
  return new DataError(
    `${input.label}:${line}:${column}: ${NOUN[kind]} id "${id}" is already defined in ${earlier} (--override lets later files win)`,
  );
}

/** A file's problems as one error: the first, located, and how many more there are. */
function invalid(
  label: string,
  problems: ReadonlyArray<{ line: number; column: number; message: string }>,
): DataError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more: kzt validate lists them)` : '';
  return new DataError(
    `${label}:${first?.line ?? 1}:${first?.column ?? 1}: ${first?.message ?? 'invalid'}${more}`,
  );
}

/** What a load made: the fact base, and the cache entry that lets the next run skip the work. */
interface Loaded {
  factBase: FactBase;
  entry: NewCacheEntry;
}

/**
 * The first run over these inputs: every file checked completely (syntax, depth, duplicate keys, schema,
 * references, conflicts), fact by fact, each fact indexed and its place in its file recorded as it passes, so
 * the facts themselves are never all in memory at once.
 */
function checkAndIndex(
  inputs: readonly DataFile[],
  bundled: Bundled,
  options: LoadOptions,
  written: number,
  workerFile: string | undefined,
): Loaded {
  const bundledFacts = options.bundled ? bundled.data.facts : [];
  const registers = new MergedRegisters(bundledRegisters(bundled, options), 'the bundled data');
  const entities = new Map(registers.lists.entities.map((e) => [e.id, e]));
  // Small loads are indexed here, fact by fact as each passes its checks; big ones by two threads (see
  // ParallelIndex): a second one starts on the facts as soon as their places are known, this one takes the last
  // part of those left when its checking is done.
  const bytes = inputs.reduce((n, i) => n + i.size, 0);
  const expected = Math.ceil(bytes / BYTES_PER_POSTING);
  const entityOf = (id: string) => entities.get(id);
  const languages = factLanguages(bundled);
  const own = indexBuilder(entityOf, expected, ...languages);
  for (const fact of bundledFacts) own.add(fact);
  const parallel: ParallelIndex | undefined =
    bytes >= PARALLEL_BYTES && workerFile
      ? startIndexWorker(workerFile, bundledFacts.length, expected)
      : undefined;
  parallel?.entities(registers.lists.entities);
  let shared = bundledFacts.length;
  const records = new RecordTable();
  const docOf = new Map<string, number>();
  const fileOf: string[] = [];
  bundledFacts.forEach((fact, i) => {
    docOf.set(fact.id, records.count);
    records.add(-1, i, i + 1);
  });
  // An override that replaces a fact or an entity already indexed means indexing again at the end.
  let reindex = false;
  let conflict: DataError | undefined;
  const spans: RegisterSpans[] = [];
  const known = {
    sources: new Set(registers.lists.sources.map((s) => s.id)),
    entities: new Set(registers.lists.entities.map((e) => e.id)),
    // Bundled series ids stay citable with --no-bundled, as sources and entities do: an exported fact that
    // points to a series loads back.
    series: new Set((bundled.data.series ?? []).map((s) => s.id)),
  };

  inputs.forEach((input, file) => {
    const checked = checkDataFile(input, known, {
      registers: (found, where) => {
        spans[file] = where;
        for (const kind of REGISTERS) {
          const items = found[kind] as ReadonlyArray<{ id: string }>;
          const clashes = registers.merge(kind, items, input.label, options.override);
          const first = clashes[0];
          const elements = where[kind]?.elements ?? [];
          if (first && !options.override) {
            const span: [number, number] = [
              elements[first.index * 2] ?? 0,
              elements[first.index * 2 + 1] ?? 0,
            ];
            conflict ??= conflictError(input, kind, items[first.index]?.id ?? '', span, first.earlier);
          }
          if (kind === 'entities' && clashes.length > 0) reindex = true;
        }
        for (const s of found.sources) known.sources.add(s.id);
        for (const e of found.entities) known.entities.add(e.id);
        for (const s of found.series) known.series.add(s.id);
        for (const e of registers.lists.entities) entities.set(e.id, e);
        parallel?.entities(found.entities);
      },
      spans: (spans) => {
        parallel?.spans(input.bytes, spans, shared, input.label);
        shared += spans.length / 2;
      },
      fact: (fact, place) => {
        const before = docOf.get(fact.id);
        if (before === undefined) {
          docOf.set(fact.id, records.count);
          records.add(file, place.start, place.end);
          if (!conflict && !reindex && !parallel) own.add(fact);
          return;
        }
        if (options.override) {
          records.set(before, file, place.start, place.end);
          reindex = true;
          return;
        }
        const earlier = records.file(before) < 0 ? 'the bundled data' : (fileOf[records.file(before)] ?? '');
        conflict ??= conflictError(input, 'facts', fact.id, [place.start, place.end], earlier);
      },
    });
    if (checked.problems.length > 0) throw invalid(input.label, checked.problems);
    fileOf[file] = input.label;
  });
  if (conflict) throw conflict;

  const ids = [...docOf.keys()];
  const facts = recordFacts(records, inputs, bundledFacts, () => ids);
  // Built as the files were read, in order: right unless an override replaced a fact or an entity.
  let parts: IndexParts | undefined;
  if (!reindex) parts = parallel ? parallel.finish(own, records.count, (doc) => facts.at(doc)) : own.finish();
  if (!parts) {
    const again = indexBuilder(entityOf, expected, ...languages);
    for (let doc = 0; doc < facts.length; doc++) again.add(facts.at(doc));
    parts = again.finish();
  }
  const index = SearchIndex.fromParts(parts);
  const factBase = new FactBase({ ...registers.lists, facts }, index, bundled.texts);
  const meta = {
    written,
    // A file's hash is only ever compared for a file changed within RACY_MS of `written` (see fromCache): for the
    // others, hashing 50 MB would cost a first run 0.15 s for nothing.
    files: inputs.map((input, file) => ({
      ...spans[file],
      ...(input.modified === undefined || input.modified >= written - RACY_MS
        ? { hash: input.contentHash() }
        : {}),
    })),
  };
  const idList = Vocabulary.of(ids);
  const idParts = {
    idText: Buffer.from(idList.text, 'utf8'),
    idOffsets: new Uint8Array(idList.offsets.buffer, idList.offsets.byteOffset, idList.offsets.byteLength),
  };
  return {
    factBase,
    entry: { meta, parts: { index: index.encodeChunks(), ...records.parts(), ...idParts } },
  };
}

/** Reads a register array back from where the first run found it. */
function registerAt<T>(input: DataFile, span: { start?: unknown; end?: unknown } | undefined): T[] {
  if (!span) return [];
  const { start, end } = span;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) throw new Error('bad register span');
  const value = JSON.parse(input.slice(start as number, end as number).toString('utf8')) as unknown;
  if (!Array.isArray(value)) throw new Error('not a register');
  return value as T[];
}

/**
 * A later run over the same inputs, from the cache entry the first run wrote (already verified by its checksum
 * and key): the index and the places of the facts are read back, the registers (small) parsed again from the
 * files, and no fact is read until a command asks for it. Undefined when anything in the entry does not fit.
 */
function fromCache(
  entry: CacheEntry,
  inputs: readonly DataFile[],
  bundled: Bundled,
  options: LoadOptions,
): { factBase: FactBase; racy: boolean } | undefined {
  try {
    const { files, written } = entry.meta;
    const indexBytes = entry.parts.index;
    if (
      !Array.isArray(files) ||
      files.length !== inputs.length ||
      !indexBytes ||
      typeof written !== 'number'
    ) {
      return undefined;
    }
    // Identity stood for the contents; for a file changed around the time the entry was written, compare them.
    const isRacy = (input: DataFile) => input.modified === undefined || input.modified >= written - RACY_MS;
    const changed = (input: DataFile, file: number) =>
      isRacy(input) && (files[file] as { hash?: unknown }).hash !== input.contentHash();
    if (inputs.some(changed)) return undefined;
    const bundledFacts = options.bundled ? bundled.data.facts : [];
    const records = RecordTable.from(
      entry.parts,
      inputs.map((i) => i.size),
      bundledFacts.length,
    );
    const { index } = SearchIndex.decode(indexBytes);
    if (!records || records.count !== index.docCount) return undefined;
    const registers = new MergedRegisters(bundledRegisters(bundled, options), 'the bundled data');
    inputs.forEach((input, file) => {
      const spans = files[file] as Record<string, { start?: unknown; end?: unknown } | undefined>;
      for (const kind of REGISTERS) {
        registers.merge(kind, registerAt<{ id: string }>(input, spans[kind]), input.label, options.override);
      }
    });
    const { idText, idOffsets } = entry.parts;
    if (!idText || !idOffsets || idOffsets.byteLength !== (records.count + 1) * 4) return undefined;
    const idList = Vocabulary.from(
      Buffer.from(idText.buffer, idText.byteOffset, idText.byteLength).toString('utf8'),
      new Uint32Array(
        idOffsets.buffer.slice(idOffsets.byteOffset, idOffsets.byteOffset + idOffsets.byteLength),
      ),
    );
    if (!idList) return undefined;
    const facts = recordFacts(records, inputs, bundledFacts, () => idList.words());
    const factBase = new FactBase({ ...registers.lists, facts }, index, bundled.texts);
    return { factBase, racy: inputs.some(isRacy) };
  } catch {
    return undefined;
  }
}

/**
 * Loads user data files over the bundled data (its facts unless --no-bundled; its sources and entities always
 * stay available as the shared register that user facts may cite), each file in order.
 *
 * The first run over a set of inputs checks every file completely and indexes it, fact by fact, and caches the
 * index with the place of every fact in its file under a hash of every input: kzt's version, the bundled data,
 * the flags and each file's bytes. A later run with the same inputs reads the cache entry (used only when its
 * checksum and key match) and then only the facts a command shows: the way a database reads its index and the
 * rows it returns, not the whole table. A cache entry that does not match is ignored and rebuilt.
 */
export function loadUserData(options: LoadOptions, environment: LoadEnvironment, bundled: Bundled): FactBase {
  const started = Date.now();
  const inputs = options.files.map((f) => readInput(f, options.maxSize, environment.readStdin));
  const key = sha256(
    CACHE_FORMAT,
    VERSION,
    ...bundled.fingerprint(),
    `bundled=${options.bundled} override=${options.override}`,
    ...inputs.map((i) => i.identity),
  );
  const dir = options.cache ? cacheDirectory(environment.env) : undefined;
  const entry = dir ? readCacheEntry(dir, key) : undefined;
  const warm = entry && fromCache(entry, inputs, bundled, options);
  if (warm) {
    // An entry whose files had to be compared by content is written again, dated now, once their changes are
    // old enough to show in their times: later runs trust their identity again, as git refreshes its index.
    const now = Date.now();
    if (dir && warm.racy && inputs.every((i) => i.modified !== undefined && now - i.modified > RACY_MS)) {
      writeCacheEntry(dir, key, { meta: { ...entry.meta, written: now }, parts: entry.parts });
    }
    return warm.factBase;
  }
  const workerFile = environment.distDir && join(environment.distDir, 'kzt-data.cjs');
  const { factBase, entry: fresh } = checkAndIndex(inputs, bundled, options, started, workerFile);
  if (dir) writeCacheEntry(dir, key, fresh);
  return factBase;
}
