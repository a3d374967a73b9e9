/** Byte offsets [start, end) of JSON values in a file, as flat pairs: value k is [at[2k], at[2k + 1]). */
export type Spans = number[];

/** A member of the top-level object: where its key and value are, and for an array value, its elements. */
export interface Member {
  keyOffset: number;
  start: number;
  end: number;
  elements?: Spans;
}

/** The shape of a scanned file: what the top level is and where its parts are, for reading them one by one. */
export interface JsonLayout {
  root: 'array' | 'object' | 'scalar';
  /** Where the top-level value starts. */
  start: number;
  /** The elements of a top-level array. */
  elements: Spans;
  /** The members of a top-level object, by key. */
  members: Map<string, Member>;
}

/** A located problem: a byte offset and what is wrong there. */
export interface ScanProblem {
  offset: number;
  message: string;
}

/** What scanning found: the first syntax error if any, every duplicate key, and the layout. */
export interface ScanResult {
  error?: ScanProblem;
  duplicates: ScanProblem[];
  layout: JsonLayout;
}

/** How deeply arrays and objects may nest. Real data files nest five levels; recursive code copes with 1,000. */
export const MAX_DEPTH = 1000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OBJECT = 1;
const ARRAY = 2;
function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function fail(offset: number, message: string): never {
  throw new JsonSyntaxError(offset, `invalid JSON: ${message}`);
}

// The scanning helpers take and return the offset rather than sharing a variable: a closure's variable is a
// memory access on every byte, a parameter is a register, and this loop runs once per byte of the file.

/** The offset of the first byte at or after `i` that is not JSON whitespace. */
function skip(bytes: Buffer, i: number): number {
  let c = bytes[i];
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++i];
  return i;
}

/**
 * The offset just past a string whose opening quote is at `open`: the next quote that no backslash escapes,
 * found with indexOf (memchr), not byte by byte. What lies between (escapes, control characters) is checked by
 * JSON.parse when the value is read, which locates its own errors.
 */
function string(bytes: Buffer, open: number): number {
  let q = open;
  for (;;) {
    q = bytes.indexOf(QUOTE, q + 1);
    if (q < 0) fail(open, 'unterminated string');
    let b = q - 1;
    while (bytes[b] === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
  }
}

/** The offset just past a number starting at `start`. */
function number(bytes: Buffer, start: number): number {
  let i = start;
  if (bytes[i] === 0x2d) i++;
  if (bytes[i] === 0x30) i++;
  else if (isDigit(bytes[i])) while (isDigit(bytes[i])) i++;
  else fail(start, 'malformed number');
  if (bytes[i] === 0x2e) {
    i++;
    if (!isDigit(bytes[i])) fail(start, 'malformed number');
    while (isDigit(bytes[i])) i++;
  }
  if (bytes[i] === 0x65 || bytes[i] === 0x45) {
    i++;
    if (bytes[i] === 0x2b || bytes[i] === 0x2d) i++;
    if (!isDigit(bytes[i])) fail(start, 'malformed number');
    while (isDigit(bytes[i])) i++;
  }
  return i;
}

/** The offset just past the literal `word` at `i`. */
function literal(bytes: Buffer, i: number, word: string): number {
  for (let k = 0; k < word.length; k++)
    if (bytes[i + k] !== word.charCodeAt(k)) fail(i, 'unexpected character');
  return i + word.length;
}

/** The hash of a quoted key's bytes [start, end): FNV-1a, of the decoded text when it has escapes. */
function keyHash(bytes: Buffer, start: number, end: number): number {
  let h = 0x811c9dc5;
  let escaped = false;
  for (let k = start + 1; k < end - 1; k++) {
    const c = bytes[k] as number;
    if (c === BACKSLASH) escaped = true;
    h = Math.imul(h ^ c, 0x01000193);
  }
  if (!escaped) return h >>> 0;
  // "\u0061" is the key "a": a key with escapes is hashed by what it means, so duplicates are found however
  // they are written.
  h = 0x811c9dc5;
  for (const c of Buffer.from(keyText(bytes, start, end), 'utf8')) h = Math.imul(h ^ c, 0x01000193);
  return h >>> 0;
}

/** Open objects' keys, to find duplicates: [hash, start, end] triples, each object's first at its level's base. */
class KeyStack {
  private readonly keys: number[] = [];
  private readonly base: number[] = [];
  private readonly maps: Array<Map<number, number[]> | undefined> = [];

  open(level: number): void {
    this.base[level] = this.keys.length;
    this.maps[level] = undefined;
  }

  close(level: number): void {
    this.keys.length = this.base[level] ?? 0;
    this.maps[level] = undefined;
  }

  /** Adds a key of the object at `level`; returns its text when the object already has it. */
  add(bytes: Buffer, level: number, start: number, end: number): string | undefined {
    const { keys } = this;
    const base = this.base[level] ?? 0;
    const h = keyHash(bytes, start, end);
    let map = this.maps[level];
    // Small objects compare hashes in a list; big ones (hostile files) switch to a map.
    if (!map && keys.length - base >= 96) {
      map = new Map();
      for (let k = base; k < keys.length; k += 3)
        map.set(keys[k] as number, [...(map.get(keys[k] as number) ?? []), k]);
      this.maps[level] = map;
    }
    let duplicate: string | undefined;
    const same = (k: number): boolean => {
      const name = keyText(bytes, start, end);
      if (keyText(bytes, keys[k + 1] as number, keys[k + 2] as number) !== name) return false;
      duplicate = name;
      return true;
    };
    if (map) {
      for (const k of map.get(h) ?? []) if (same(k)) break;
      map.set(h, [...(map.get(h) ?? []), keys.length]);
    } else {
      for (let k = base; k < keys.length; k += 3) if (keys[k] === h && same(k)) break;
    }
    keys.push(h, start, end);
    return duplicate;
  }
}

/**
 * Checks that bytes are one strict JSON value (no comments, no trailing commas), and finds every duplicate key
 * and the layout of the top level, in one pass that never recurses and never builds a string of the whole file:
 * nesting deeper than MAX_DEPTH is an error at its bracket (before anything recursive can overflow the stack),
 * whitespace runs cost one comparison a byte (100 MB of spaces take a moment, not the heap), and a file larger
 * than the longest string V8 can hold scans the same as a small one. The bytes must already be valid UTF-8.
 */
export function scanJson(bytes: Buffer, from = 0, maxDepth = MAX_DEPTH): ScanResult {
  const end = bytes.length;
  const duplicates: ScanProblem[] = [];
  const layout: JsonLayout = { root: 'scalar', start: from, elements: [], members: new Map() };
  const kinds = new Uint8Array(maxDepth + 1);
  const begins: number[] = [];
  const keys = new KeyStack();
  let depth = 0;
  let member: Member | undefined;
  let i = from;

  /** Reads an object key at `i` (and its colon); returns the offset after the colon. */
  const key = (at: number): number => {
    let k = skip(bytes, at);
    if (bytes[k] !== QUOTE) fail(k, 'expected a property name in double quotes');
    const start = k;
    k = string(bytes, k);
    const dup = keys.add(bytes, depth, start, k);
    if (dup !== undefined)
      duplicates.push({ offset: start, message: `duplicate key "${dup}" in one object` });
    if (depth === 1) {
      member = { keyOffset: start, start: 0, end: 0 };
      const name = keyText(bytes, start, k);
      if (!layout.members.has(name)) layout.members.set(name, member);
    }
    k = skip(bytes, k);
    if (bytes[k] !== 0x3a) fail(k, 'expected ":"');
    return k + 1;
  };
  /** Records where a value at a level ended (at `i`), for the parts of the layout that are read later. */
  const ended = (level: number, start: number, at: number): void => {
    if (level === 1 && kinds[1] === ARRAY) layout.elements.push(start, at);
    else if (level === 1 && member) {
      member.start = start;
      member.end = at;
    } else if (level === 2 && kinds[1] === OBJECT && kinds[2] === ARRAY && member) {
      (member.elements ??= []).push(start, at);
    }
  };

  try {
    i = skip(bytes, i);
    if (i >= end)
      throw new JsonSyntaxError(i, 'the file is empty (want JSON: an array of facts or an object)');
    layout.start = i;
    for (;;) {
      // A value.
      i = skip(bytes, i);
      if (i >= end) fail(i, 'unexpected end of the file');
      const c = bytes[i] as number;
      const start = i;
      if (c === 0x7b || c === 0x5b) {
        if (depth === 0) layout.root = c === 0x7b ? 'object' : 'array';
        if (depth >= maxDepth) fail(i, `nested deeper than ${maxDepth} levels`);
        begins[depth] = i;
        depth++;
        kinds[depth] = c === 0x7b ? OBJECT : ARRAY;
        i = skip(bytes, i + 1);
        if (c === 0x7b) {
          keys.open(depth);
          if (bytes[i] !== 0x7d) {
            i = key(i);
            continue;
          }
        } else if (bytes[i] !== 0x5d) continue;
        // An empty container closes at once: on to "after a value", at its closing bracket.
      } else {
        if (c === QUOTE) i = string(bytes, i);
        else if (c === 0x2d || isDigit(c)) i = number(bytes, i);
        else if (c === 0x74) i = literal(bytes, i, 'true');
        else if (c === 0x66) i = literal(bytes, i, 'false');
        else if (c === 0x6e) i = literal(bytes, i, 'null');
        else if (c === 0x2f) fail(i, 'comments are not allowed in JSON');
        else fail(i, 'expected a value');
        ended(depth, start, i);
      }
      // After a value: a comma, a closing bracket (perhaps several), or the end.
      for (;;) {
        i = skip(bytes, i);
        if (depth === 0) {
          if (i < end) fail(i, 'unexpected text after the JSON value');
          return { duplicates, layout };
        }
        const d = bytes[i];
        const kind = kinds[depth];
        if (d === 0x2c) {
          i = skip(bytes, i + 1);
          const after = bytes[i];
          if (after === 0x5d || after === 0x7d) {
            fail(i, kind === OBJECT ? 'expected a property name after ","' : 'expected a value after ","');
          }
          if (kind === OBJECT) i = key(i);
          break;
        }
        if ((d === 0x7d && kind === OBJECT) || (d === 0x5d && kind === ARRAY)) {
          i++;
          if (kind === OBJECT) keys.close(depth);
          depth--;
          ended(depth, begins[depth] ?? 0, i);
        } else if (i >= end) {
          fail(i, `unexpected end of the file (expected "${kind === OBJECT ? '}' : ']'}")`);
        } else {
          fail(i, 'expected "," or a closing bracket');
        }
      }
    }
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { error: { offset: error.offset, message: error.message }, duplicates, layout };
  }
}

/** The text of a key from its quoted bytes [start, end), escapes decoded; a malformed key is a syntax error. */
function keyText(bytes: Buffer, start: number, end: number): string {
  const raw = bytes.toString('utf8', start, end);
  // eslint-disable-next-line no-control-regex
  if (!/[\\\u0000-\u001f]/.test(raw)) return raw.slice(1, -1);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return fail(start, 'malformed property name (a bad escape or a control character)');
  }
}
