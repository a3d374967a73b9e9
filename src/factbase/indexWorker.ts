import { existsSync } from 'node:fs';
import {
  isMainThread,
  MessageChannel,
  parentPort,
  receiveMessageOnPort,
  Worker,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import { FactStore } from '../model/FactStore.js';
import type { Entity, Fact } from '../model/types.js';
import { indexBuilder, type IndexBuilder } from '../search/indexBuilder.js';
import type { IndexParts } from '../search/indexCodec.js';
import { mergeIndexParts } from '../search/mergeIndexParts.js';
import { Vocabulary } from '../search/Vocabulary.js';
import { normaliseFact } from './checkDataFile.js';

/** What the loading thread sends the indexing thread, in order. */
type Job =
  | { kind: 'entities'; entities: Entity[] }
  | {
      kind: 'spans';
      bytes: SharedArrayBuffer;
      offset: number;
      length: number;
      spans: number[];
      first: number;
      label: string;
    }
  | { kind: 'finish'; port: MessagePort; docCount: number };

/** IndexParts as a message carries them (a Vocabulary travels as its text and offsets). */
type PartsMessage = Omit<IndexParts, 'terms' | 'surfaces'> & {
  terms: { text: string; offsets: Uint32Array };
  surfaces: { text: string; offsets: Uint32Array };
};

const MARK = 'kzt-index-worker';
/** The threads' shared counters: [DONE] 1 once the worker's answer is posted, [BEAT] work it has done. */
const DONE = 0;
const BEAT = 1;
/** Facts are taken this many at a time. */
const CHUNK = 512;
/** With no sign of progress for this long, the indexing thread is taken for dead and the caller indexes itself. */
const SILENCE_MS = 60_000;
/** The shared range of facts the indexing thread may take, as one 64-bit word: the next fact, and the end. */
const LOW = 0xffff_ffffn;
const NO_END = 0xffff_ffff;
const pack = (next: number, end: number): bigint => (BigInt(end) << 32n) | BigInt(next);

/** Takes the next chunk of facts below `known` and the range's end, or undefined when none is left. */
function claim(range: BigUint64Array, known: number): [number, number] | undefined {
  for (;;) {
    const word = Atomics.load(range, 0);
    const next = Number(word & LOW);
    const end = Math.min(known, Number(word >> 32n));
    if (next >= end) return undefined;
    const to = Math.min(next + CHUNK, end);
    if (Atomics.compareExchange(range, 0, word, (word & ~LOW) | BigInt(to)) === word) return [next, to];
  }
}

/**
 * What finishing an index costs per fact in it, against indexing one (measured on 100,000 synthetic facts: about
 * 7 µs against 36 µs).
 */
const FINISH_COST = 0.2;

/**
 * Ends the indexing thread's range where the two threads' work left comes out even: the facts from there on are
 * the caller's (returned). Each thread then holds a run of consecutive facts, whose lists merge by copying. The
 * indexing thread also finishes an index of every fact before its end, the caller one of its own facts only, so
 * the caller takes a little more than half of the facts left.
 */
function split(range: BigUint64Array, count: number): number {
  for (;;) {
    const word = Atomics.load(range, 0);
    const next = Number(word & LOW);
    // Index (count − next − mine) + finish (count − mine) = index mine + finish mine, in units of indexing one.
    const mine = (count - next + FINISH_COST * count) / (2 * (1 + FINISH_COST));
    const end = Math.min(count, Math.max(next, Math.round(count - mine)));
    if (Atomics.compareExchange(range, 0, word, pack(next, end)) === word) return end;
  }
}

/**
 * An index built by two threads while one of them checks the facts: on a first run over a big file the second
 * thread starts indexing as soon as it knows where the facts are, and the first joins it when its checking is
 * done, taking the last part of the facts still left (see split); the two indexes are merged at the end (into
 * exactly the index one thread would have built). The facts travel as the file's bytes, shared rather than copied, and the
 * places of the facts in them; each thread parses the facts it indexes.
 */
export interface ParallelIndex {
  /** Entities that facts sent after this may name. */
  entities(entities: readonly Entity[]): void;
  /**
   * The facts numbered `first`, `first + 1`, ... are at these byte spans (flat pairs) of a shared buffer, read
   * from the file `label`.
   */
  spans(bytes: Buffer, spans: readonly number[], first: number, label: string): void;
  /**
   * Indexes this thread's part of the facts left, with `own` (which holds the facts before the first sent),
   * reading each with `factAt`, then merges what the other thread built: the whole index, or undefined when the other thread
   * failed (the caller then indexes by itself).
   */
  finish(own: IndexBuilder, docCount: number, factAt: (doc: number) => Fact): IndexParts | undefined;
}

/**
 * Starts the indexing thread from the built user-data file (dist/kzt-data.cjs), or undefined when there is none
 * (running from sources, as the tests do) or it cannot start: the caller then indexes in its own thread. `first`
 * is the number of the first fact the threads share out; `expected` the postings to make room for.
 */
export function startIndexWorker(file: string, first: number, expected: number): ParallelIndex | undefined {
  if (!existsSync(file)) return undefined;
  const signals = new Int32Array(new SharedArrayBuffer(8));
  const range = new BigUint64Array(new SharedArrayBuffer(8));
  range[0] = pack(first, NO_END);
  let worker: Worker;
  try {
    worker = new Worker(file, { workerData: { [MARK]: signals, range, expected } });
  } catch {
    return undefined;
  }
  // The worker never keeps kzt running: when the loading thread fails (a bad file), the run just ends.
  worker.unref();
  const send = (job: Job) => worker.postMessage(job);
  return {
    entities: (entities) => send({ kind: 'entities', entities: [...entities] }),
    spans(bytes, spans, at, label) {
      if (!(bytes.buffer instanceof SharedArrayBuffer)) throw new Error('the bytes must be shared');
      send({
        kind: 'spans',
        bytes: bytes.buffer,
        offset: bytes.byteOffset,
        length: bytes.length,
        spans: [...spans],
        first: at,
        label,
      });
    },
    finish(own, docCount, factAt) {
      const from = split(range, docCount);
      // The other thread finishes its index as soon as it has indexed its facts, while this one indexes its own.
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ kind: 'finish', port: port2, docCount } satisfies Job, [port2]);
      for (let doc = from; doc < docCount; doc++) own.add(factAt(doc), doc);
      const mine = own.finish(docCount);
      // Nothing else to do here: sleep until the other thread's index is ready, or until it has shown no progress
      // for a long time (it died: its events cannot reach a thread that is sleeping).
      let beat = Atomics.load(signals, BEAT);
      let quiet = 0;
      while (Atomics.load(signals, DONE) === 0 && quiet < SILENCE_MS) {
        Atomics.wait(signals, DONE, 0, 100);
        const now = Atomics.load(signals, BEAT);
        quiet = now === beat ? quiet + 100 : 0;
        beat = now;
      }
      const message = receiveMessageOnPort(port1)?.message as PartsMessage | { failed: true } | undefined;
      port1.close();
      void worker.terminate();
      if (!message || 'failed' in message) return undefined;
      const terms = Vocabulary.from(message.terms.text, message.terms.offsets);
      const surfaces = Vocabulary.from(message.surfaces.text, message.surfaces.offsets);
      if (!terms || !surfaces) return undefined;
      return mergeIndexParts(mine, { ...message, terms, surfaces });
    },
  };
}

/** The buffers of a message's typed arrays, each once (a buffer listed twice cannot be transferred). */
function transferable(message: PartsMessage): ArrayBuffer[] {
  const arrays = [...Object.values(message), message.terms.offsets, message.surfaces.offsets];
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (ArrayBuffer.isView(a) && a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  return [...buffers];
}

/** The indexing thread: runs when dist/kzt-data.cjs is loaded as a worker by startIndexWorker. */
function runIndexWorker(
  port: MessagePort,
  signals: Int32Array,
  range: BigUint64Array,
  expected: number,
): void {
  const entities = new Map<string, Entity>();
  // A user's fact is indexed in the languages of its own `texts`, as the loading thread indexes it (FactStore's
  // rules); it has no search keywords or questions, which only bundled facts have.
  const store = new FactStore({ sources: [], entities: [], facts: [] });
  const builder = indexBuilder(
    (id) => entities.get(id),
    expected,
    (fact) => store.translationsOf(fact),
  );
  const segments: Array<{ bytes: Buffer; spans: number[]; first: number; label: string }> = [];
  let known = 0;
  let failed = false;
  /** Indexes chunks of the facts it knows the places of, as long as any is left. */
  const work = () => {
    for (let chunk = claim(range, known); chunk; chunk = claim(range, known)) {
      for (let doc = chunk[0]; doc < chunk[1]; doc++) {
        const segment = segments.findLast((s) => s.first <= doc);
        if (!segment) throw new Error(`no place for fact ${doc}`);
        const k = (doc - segment.first) * 2;
        // Read as the loading thread reads it (normaliseFact): an export made with --lang holds the English in
        // `texts`.
        const text = segment.bytes.toString('utf8', segment.spans[k], segment.spans[k + 1]);
        builder.add(normaliseFact(JSON.parse(text) as Fact, segment.label), doc);
      }
      Atomics.add(signals, BEAT, 1);
    }
  };
  const answer = (target: MessagePort, docCount: number) => {
    let message: PartsMessage | { failed: true } = { failed: true };
    let transfer: ArrayBuffer[] = [];
    try {
      if (!failed) {
        const parts = builder.finish(docCount);
        const vocabulary = (v: Vocabulary) => ({ text: v.text, offsets: v.offsets });
        message = { ...parts, terms: vocabulary(parts.terms), surfaces: vocabulary(parts.surfaces) };
        transfer = transferable(message);
      }
    } finally {
      // The arrays are handed over, not copied (this thread is done with them); copied if they cannot be.
      try {
        target.postMessage(message, transfer);
      } catch {
        target.postMessage(message);
      }
      Atomics.store(signals, DONE, 1);
      Atomics.notify(signals, DONE);
      port.close();
    }
  };
  port.on('message', (job: Job) => {
    if (job.kind === 'finish') return answer(job.port, job.docCount);
    if (failed) return;
    try {
      if (job.kind === 'entities') for (const e of job.entities) entities.set(e.id, e);
      else {
        segments.push({
          bytes: Buffer.from(job.bytes, job.offset, job.length),
          spans: job.spans,
          first: job.first,
          label: job.label,
        });
        known = job.first + job.spans.length / 2;
        work();
      }
    } catch {
      // A fact the loading thread will reject anyway: it reports the problem; this thread stops indexing, and
      // the chunk it had taken is lost, so its answer says it failed.
      failed = true;
    }
  });
}

const data = workerData as Record<string, unknown> | null;
if (
  !isMainThread &&
  parentPort &&
  data?.[MARK] instanceof Int32Array &&
  data.range instanceof BigUint64Array
) {
  runIndexWorker(parentPort, data[MARK], data.range, Number(data.expected) || 0);
}
