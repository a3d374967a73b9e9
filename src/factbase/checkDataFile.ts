import { visit, printParseErrorCode } from 'jsonc-parser';
import type { DataSet, Fact } from '../model/types.js';
import { checkIntegrity, type KnownIds } from './checkIntegrity.js';
import { decodeText, invalidUtf8At } from './decodeText.js';
import { JsonLocator } from './locate.js';
import { positionAt } from './positionAt.js';
import type { DataInput } from './readInput.js';
import { schemaCheck } from './schemaCheck.js';

/** One problem in a data file, located. */
export interface Problem {
  line: number;
  column: number;
  message: string;
}

/** A checked data file: its data when it is valid, and every problem found. */
export interface CheckedFile {
  label: string;
  data?: DataSet;
  problems: Problem[];
}

const SYNTAX: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," or a closing bracket',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

/** Syntax errors (the first only: later ones follow from it) and every duplicate key, located. */
function scan(text: string): Problem[] {
  const problems: Problem[] = [];
  const keys: Array<Set<string>> = [];
  let syntax = false;
  const at = (offset: number, message: string) => problems.push({ ...positionAt(text, offset), message });
  visit(
    text,
    {
      onObjectBegin: () => void keys.push(new Set()),
      onObjectEnd: () => void keys.pop(),
      onObjectProperty: (name, offset) => {
        const seen = keys[keys.length - 1];
        if (seen?.has(name)) at(offset, `duplicate key "${name}" in one object`);
        seen?.add(name);
      },
      onError: (error, offset) => {
        if (syntax) return;
        syntax = true;
        const name = printParseErrorCode(error);
        at(offset, `invalid JSON: ${SYNTAX[name] ?? name}`);
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return problems;
}

/**
 * The collections of a parsed, schema-valid file, with output-only fields (score, anniversary, lang) dropped, the
 * English text and note taken from `texts` and `notes` where a file has them, and `origin` set to the file.
 * Works in place: the parsed objects are this run's own, and copying
 * 100,000 of them would double the garbage of a load.
 */
export function normalise(json: unknown, origin: string): DataSet {
  const full: Partial<DataSet> = Array.isArray(json) ? { facts: json as Fact[] } : (json as Partial<DataSet>);
  const facts = full.facts ?? [];
  for (const f of facts as Array<Fact & { score?: unknown; anniversary?: unknown; lang?: unknown }>) {
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
  }
  return {
    sources: full.sources ?? [],
    entities: full.entities ?? [],
    facts,
    series: full.series ?? [],
    targets: full.targets ?? [],
  };
}

/**
 * Checks a user data file completely: UTF-8 (a BOM is accepted), JSON syntax and duplicate keys, the JSON
 * Schema, then integrity against ids known from other files. Every problem is located as line and column at
 * the offending value; `data` is set only when there is none.
 */
export function checkDataFile(input: DataInput, known: KnownIds): CheckedFile {
  const { label, bytes } = input;
  const problem = (message: string, line = 1, column = 1): CheckedFile => ({
    label,
    problems: [{ line, column, message }],
  });
  const bad = invalidUtf8At(bytes);
  if (bad) return problem(`invalid UTF-8 (byte ${bad.offset})`, bad.line, bad.column);
  const text = decodeText(bytes, label);
  if (text.trim() === '') return problem('the file is empty (want JSON: an array of facts or an object)');
  const syntax = scan(text);
  if (syntax.length > 0) return { label, problems: syntax };
  const json = JSON.parse(text) as unknown;
  const locator = new JsonLocator(text);
  const schema = schemaCheck(json);
  if (schema.length > 0) {
    return {
      label,
      problems: schema
        .map((p) => ({ ...locator.locate(p.path, p.atKey), message: p.message }))
        .sort((a, b) => a.line - b.line || a.column - b.column),
    };
  }
  const data = normalise(json, label);
  const collections = {
    sources: ['sources'],
    entities: ['entities'],
    series: ['series'],
    targets: ['targets'],
  };
  const base = Array.isArray(json) ? { ...collections, facts: [] } : { ...collections, facts: ['facts'] };
  const integrity = checkIntegrity(data, known, base);
  if (integrity.length > 0) {
    return { label, problems: integrity.map((p) => ({ ...locator.locate(p.path), message: p.message })) };
  }
  return { label, data, problems: [] };
}
