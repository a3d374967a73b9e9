import type { DataSet, Fact } from '../model/types.js';
import { checkFact, checkRegisters, type IntegrityProblem, type KnownIds } from './checkIntegrity.js';
import { invalidUtf8At } from './decodeText.js';
import { LineIndex } from './LineIndex.js';
import { JsonLocator } from './locate.js';
import { positionAt, type TextPosition } from './positionAt.js';
import type { DataInput } from './readInput.js';
import { scanJson, type Spans } from './scanJson.js';
import { checkFactSchema, checkFullFormSchema, NOT_A_DATA_FILE, type SchemaProblem } from './schemaCheck.js';

/** One problem in a data file, located. */
export interface Problem {
  line: number;
  column: number;
  message: string;
}

/** Where a fact is in its file: its place among the file's facts and its bytes [start, end). */
export interface FactPlace {
  index: number;
  start: number;
  end: number;
}

/** The collections of a file other than its facts: the registers of sources and entities, and the figures. */
export type Registers = Required<Omit<DataSet, 'facts' | 'keywords' | 'questions'>>;

/** The register collections, in the order a reader meets them. */
export const REGISTERS = ['sources', 'entities', 'series', 'targets'] as const;

/** Where a file's registers are (object form only), with their elements, in its bytes. */
export type RegisterSpans = Partial<
  Record<(typeof REGISTERS)[number], { start: number; end: number; elements: Spans }>
>;

/** What a checked file is handed on as, while it is being checked: a loader merges and indexes it as it goes. */
export interface CheckHandlers {
  /** The file's registers (when they are valid), before any of its facts. */
  registers?(registers: Registers, spans: RegisterSpans): void;
  /** Where all of the file's facts are (byte spans, flat pairs), once its registers are valid, before any is checked. */
  spans?(spans: Spans): void;
  /** Each valid fact, in order, as long as the file has had no problem so far. */
  fact?(fact: Fact, place: FactPlace): void;
}

/** A checked data file: its data when it is valid, and every problem found. */
export interface CheckedFile {
  label: string;
  /** The file's registers, and its facts unless they were handed to `handlers.fact` one by one. */
  data?: DataSet;
  problems: Problem[];
}

/**
 * A parsed, schema-valid fact made ready to load, in place: output-only fields (score, anniversary, lang) dropped,
 * the English text and note taken from `texts` and `notes` where the file has them, and `origin` set to the file.
 */
export function normaliseFact(fact: Fact, origin: string): Fact {
  const f = fact as Fact & { score?: unknown; anniversary?: unknown; lang?: unknown };
  if ('score' in f) delete f.score;
  if ('anniversary' in f) delete f.anniversary;
  // `text` and `note` are in the language `lang` names (English when absent), and they win over the copy in
  // `texts`/`notes`: a user who edits an export's text changes the fact. An export made with --lang holds the
  // translation there, so the English comes from `texts`/`notes`.
  const lang = typeof f.lang === 'string' ? f.lang : 'en';
  if ('lang' in f) delete f.lang;
  if (lang === 'en') {
    if (f.texts) f.texts.en = f.text;
    if (f.notes && f.note !== undefined) f.notes.en = f.note;
  } else {
    const translated = { text: f.text, note: f.note };
    if (f.texts?.en) f.text = f.texts.en;
    if (f.notes?.en) f.note = f.notes.en;
    if (f.texts) (f.texts as Record<string, string | null>)[lang] = translated.text;
    if (f.notes && translated.note !== undefined)
      (f.notes as Record<string, string | null>)[lang] = translated.note;
  }
  f.origin = origin;
  return fact;
}

/** A value read from bytes [start, end), or the located reason it is not JSON. */
type Parsed = { value: unknown } | { error: { at: TextPosition; message: string } };

const V8_MESSAGES: Array<[RegExp, string]> = [
  [/control character/i, 'invalid character in string (a control character must be written as \\u00XX)'],
  [/Unicode escape/i, 'invalid \\u escape'],
  [/escaped character/i, 'invalid escape character'],
];

/** Parses one value of a file (a fact, a register): JSON.parse on its own bytes, never the whole file. */
function parseAt(bytes: Buffer, start: number, end: number): Parsed {
  const text = bytes.toString('utf8', start, end);
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    // The scan found the structure sound; what JSON.parse still finds is inside a string: say what and where.
    const raw = error instanceof Error ? error.message : String(error);
    const at = Number(/at position (\d+)/.exec(raw)?.[1] ?? 0);
    const message =
      V8_MESSAGES.find(([re]) => re.test(raw))?.[1] ?? raw.replace(/ in JSON at position \d+.*$/, '');
    return { error: { at: positionAt(text, at), message: `invalid JSON: ${message}` } };
  }
}

/** Pairs of a Spans list. */
function* spans(list: Spans | undefined): Generator<[number, number, number]> {
  if (!list) return;
  for (let k = 0; k < list.length; k += 2) yield [k / 2, list[k] ?? 0, list[k + 1] ?? 0];
}

const byPosition = (a: Problem, b: Problem) => a.line - b.line || a.column - b.column;

/**
 * Checks a user data file completely: UTF-8 (a BOM is accepted), JSON syntax, nesting depth and duplicate keys,
 * the JSON Schema, then integrity against ids known from other files. Every problem is located as line and
 * column at the offending value; `data` is set only when there is none.
 *
 * It reads the file as a database would: one scan of the bytes for structure, then each fact parsed, checked and
 * handed on by itself (to `handlers.fact` when given), so a file of a million facts is never one string or one
 * tree in memory. Without that handler the facts are collected in `data`.
 */
export function checkDataFile(input: DataInput, known: KnownIds, handlers: CheckHandlers = {}): CheckedFile {
  const { label, bytes } = input;
  const registers: RegisterSpans = {};
  const result = (problems: Problem[], data?: DataSet): CheckedFile => ({
    label,
    problems: problems.sort(byPosition),
    ...(data && { data }),
  });
  const bad = invalidUtf8At(bytes);
  if (bad)
    return result([{ line: bad.line, column: bad.column, message: `invalid UTF-8 (byte ${bad.offset})` }]);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const lines = new LineIndex(bytes, bom);
  const at = (offset: number, message: string): Problem => ({ ...lines.position(offset), message });

  const scan = scanJson(bytes, bom);
  if (scan.error) {
    // The first syntax error only (later ones follow from it), with the duplicate keys before it.
    const error = scan.error;
    return result(
      [...scan.duplicates.filter((d) => d.offset < error.offset), error].map((p) => at(p.offset, p.message)),
    );
  }
  if (scan.duplicates.length > 0) return result(scan.duplicates.map((p) => at(p.offset, p.message)));

  const { layout } = scan;
  if (layout.root === 'scalar') return result([at(layout.start, NOT_A_DATA_FILE)]);
  const schema: Problem[] = [];
  const integrity: Problem[] = [];
  /** Problems found in the value at bytes [start, end) with paths inside it, located in the file. */
  const located = (
    problems: ReadonlyArray<SchemaProblem | IntegrityProblem>,
    start: number,
    text: string,
    drop = 0,
  ): Problem[] => {
    const locator = new JsonLocator(text);
    return problems.map((p) => ({
      ...lines.inside(start, locator.locate(p.path.slice(drop), 'atKey' in p && p.atKey)),
      message: p.message,
    }));
  };

  // The registers (object form): every member but the facts is parsed whole; they are small.
  const found: Registers = { sources: [], entities: [], series: [], targets: [] };
  let factSpans: Spans | undefined = layout.elements;
  let factBase: Array<string | number> = [];
  if (layout.root === 'object') {
    factBase = ['facts'];
    const object: Record<string, unknown> = {};
    const texts = new Map<string, { start: number; text: string }>();
    for (const [name, m] of layout.members) {
      if (name === 'facts' && bytes[m.start] === 0x5b) {
        object.facts = [];
        continue;
      }
      const parsed = parseAt(bytes, m.start, m.end);
      if ('error' in parsed)
        return result([{ ...lines.inside(m.start, parsed.error.at), message: parsed.error.message }]);
      object[name] = parsed.value;
      texts.set(name, { start: m.start, text: bytes.toString('utf8', m.start, m.end) });
    }
    for (const p of checkFullFormSchema(object)) {
      const name = p.path[0];
      const member = typeof name === 'string' ? layout.members.get(name) : undefined;
      const where = member && texts.get(String(name));
      if (!member) schema.push(at(layout.start, p.message));
      else if (p.path.length === 1 && p.atKey) schema.push(at(member.keyOffset, p.message));
      else if (where) schema.push(...located([p], where.start, where.text, 1));
      else schema.push(at(member.start, p.message));
    }
    factSpans =
      bytes[layout.members.get('facts')?.start ?? 0] === 0x5b
        ? layout.members.get('facts')?.elements
        : undefined;
    if (schema.length === 0) {
      for (const kind of REGISTERS) {
        (found as Record<string, unknown>)[kind] = object[kind] ?? [];
        const m = layout.members.get(kind);
        if (m) registers[kind] = { start: m.start, end: m.end, elements: m.elements ?? [] };
      }
    }
  }
  const scope = checkRegisters(found, known);
  const registerProblems = scope.problems;
  for (const p of registerProblems) {
    const where = layout.members.get(String(p.path[0]));
    if (where)
      integrity.push(...located([p], where.start, bytes.toString('utf8', where.start, where.end), 1));
  }
  if (schema.length === 0 && integrity.length === 0) {
    handlers.registers?.(found, registers);
    handlers.spans?.(factSpans ?? []);
  }

  // The facts, one at a time.
  const collected: Fact[] = [];
  const ids = new Set<string>();
  for (const [index, start, end] of spans(factSpans)) {
    const parsed = parseAt(bytes, start, end);
    if ('error' in parsed)
      return result([{ ...lines.inside(start, parsed.error.at), message: parsed.error.message }]);
    const path = [...factBase, index];
    const wrong = checkFactSchema(parsed.value);
    if (wrong.length > 0) {
      schema.push(...located(wrong, start, bytes.toString('utf8', start, end)));
      continue;
    }
    // Integrity only matters while the schema holds everywhere: then it is what gets reported.
    if (schema.length > 0) continue;
    const fact = parsed.value as Fact;
    const problems = checkFact(fact, scope, path);
    if (ids.has(fact.id))
      problems.unshift({ path: [...path, 'id'], message: `duplicate fact id "${fact.id}"` });
    ids.add(fact.id);
    if (problems.length > 0) {
      integrity.push(...located(problems, start, bytes.toString('utf8', start, end), path.length));
      continue;
    }
    if (integrity.length > 0) continue;
    normaliseFact(fact, label);
    if (handlers.fact) handlers.fact(fact, { index, start, end });
    else collected.push(fact);
  }
  if (schema.length > 0) return result(schema);
  if (integrity.length > 0) return result(integrity);
  return result([], { ...found, facts: collected });
}
