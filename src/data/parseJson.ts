import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import { DataError } from '../errors.js';
import { positionAt } from './positionAt.js';

const READABLE: Partial<Record<string, string>> = {
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

function describe(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return READABLE[name] ?? name;
}

/**
 * Scans JSON text for the first syntax error or duplicate key and throws it as a DataError located
 * as `label:line:col`. JSON.parse is fast but silently keeps the last of duplicate keys and reports only an
 * offset, so this slower scan runs only where strictness matters.
 */
export function assertStrictJson(text: string, label: string): void {
  if (text.trim() === '') throw new DataError(`${label}:1:1: the file is empty (want JSON)`);
  const keys: Array<Set<string>> = [];
  let problem: { offset: number; message: string } | undefined;
  visit(
    text,
    {
      onObjectBegin: () => {
        keys.push(new Set());
      },
      onObjectEnd: () => {
        keys.pop();
      },
      onObjectProperty: (name, offset) => {
        const seen = keys[keys.length - 1];
        if (!seen || problem) return;
        if (seen.has(name)) problem = { offset, message: `duplicate key "${name}" in one object` };
        seen.add(name);
      },
      onError: (error, offset) => {
        problem ??= { offset, message: `invalid JSON: ${describe(error)}` };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (problem) {
    const { line, column } = positionAt(text, problem.offset);
    throw new DataError(`${label}:${line}:${column}: ${problem.message}`);
  }
}

/** Parses JSON text strictly (no duplicate keys, located errors); a leading UTF-8 BOM is accepted. */
export function parseStrictJson(text: string, label: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  assertStrictJson(body, label);
  return JSON.parse(body) as unknown;
}
