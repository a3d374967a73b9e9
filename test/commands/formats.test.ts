import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../src/model/types.js';
import { textWidth } from '../../src/render/textWidth.js';
import { runKzt } from '../helpers/fakeContext.js';

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as DataSet;
const mini = load('mini.json');
const hostile = load('hostile.json');
const schema = JSON.parse(
  readFileSync(new URL('../../docs/kzt-output.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true });
ajv.addSchema(schema, 'out');
const ESC = '\u001b';
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

const COMMANDS: Array<[string, string[]]> = [
  ['facts search', ['facts', 'search', 'visit', 'ankara']],
  ['facts list', ['facts', 'list']],
  ['facts show', ['facts', 'show', 'visit-2015']],
  ['timeline', ['timeline']],
  ['anniversaries', ['anniversaries', '2025']],
];
const FORMATS = ['table', 'plain', 'json', 'ndjson', 'csv', 'tsv', 'md'];

describe.each(COMMANDS)('kzt %s', (name, argv) => {
  it.each(FORMATS)('--format %s on a terminal and in a pipe', (format) => {
    for (const tty of [true, false]) {
      const r = runKzt([...argv, '--format', format], {
        tty,
        columns: 72,
        data: mini,
        env: { NO_COLOR: '1' },
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatchSnapshot(tty ? 'terminal' : 'pipe');
      expect(r.stdout).not.toContain(ESC);
    }
  });

  it('prints JSON that matches its schema in docs/kzt-output.schema.json', () => {
    const r = runKzt([...argv, '--json'], { data: mini });
    const valid = ajv.validate(`out#/definitions/${name}`, JSON.parse(r.stdout));
    expect(valid ? [] : ajv.errors).toEqual([]);
  });

  it('--fields chooses and orders the columns in every format', () => {
    const fields = ['date', 'id'];
    const json = (f: string) =>
      runKzt([...argv, '--format', f, '--fields', fields.join(',')], { data: mini }).stdout;
    const first = JSON.parse(json('json')) as Record<string, unknown> | Array<Record<string, unknown>>;
    expect(Object.keys(Array.isArray(first) ? (first[0] ?? {}) : first)).toEqual(fields);
    expect(Object.keys(JSON.parse(json('ndjson').split('\n')[0] ?? '{}') as object)).toEqual(fields);
    expect((parseCsv(json('csv')) as string[][])[0]).toEqual(fields);
    expect(json('tsv').split('\n')[0]).toBe('date\tid');
    expect(json('md').split('\n')[0]).toBe('| date | id |');
    expect(json('plain').split('\n')[0]?.split('\t')).toHaveLength(2);
  });
});

describe('formats', () => {
  it('CSV has a header and one row per fact, all the same width, as a standard parser reads it', () => {
    const rows = parseCsv(runKzt(['facts', 'list', '--format', 'csv']).stdout) as string[][];
    expect(rows[0]).toEqual(['id', 'date', 'kind', 'status', 'text', 'tags', 'entities', 'sources', 'note']);
    expect(rows.length).toBeGreaterThanOrEqual(61);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('CSV guards cells against formula injection', () => {
    const rows = parseCsv(
      runKzt(['facts', 'list', '--format', 'csv', '--fields', 'id,text'], { data: hostile }).stdout,
    ) as string[][];
    expect(rows[2]?.[1]).toMatch(/^'=HYPERLINK/);
  });

  it('Markdown escapes pipes so the table keeps its columns', () => {
    const md = runKzt(['facts', 'list', '--format', 'md', '--fields', 'id,text'], { data: hostile }).stdout;
    expect(md.split('\n')[1]).toBe('| --- | --- |');
    expect(md).toContain('commas \\| pipes');
  });

  it('NDJSON is one object per line, JSON compact when piped', () => {
    const lines = runKzt(['facts', 'list', '--format', 'ndjson'], { data: mini })
      .stdout.trimEnd()
      .split('\n');
    expect(lines).toHaveLength(mini.facts.length);
    for (const l of lines) expect(JSON.parse(l)).toHaveProperty('id');
  });

  it('prints an empty form for machine formats when nothing matches', () => {
    expect(runKzt(['facts', 'search', 'penguin', '--format', 'csv'], { data: mini }).stdout).toBe(
      'id,score,date,kind,status,text,tags,entities,sources,note\r\n',
    );
    expect(runKzt(['facts', 'search', 'penguin', '--format', 'ndjson'], { data: mini }).stdout).toBe('');
  });

  it('colours plain lines only when colour is forced for a pipe', () => {
    expect(runKzt(['facts', 'list'], { data: mini }).stdout).not.toContain(ESC);
    expect(runKzt(['--color', 'always', 'facts', 'list'], { data: mini }).stdout).toContain(ESC);
    expect(runKzt(['facts', 'list'], { data: mini, env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(
      runKzt(['facts', 'list', '--format', 'tsv'], { data: mini, env: { FORCE_COLOR: '1' } }).stdout,
    ).not.toContain(ESC);
  });

  it('with colour off writes no escape code anywhere, table borders and headers included', () => {
    for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }]) {
      for (const argv of COMMANDS.map(([, a]) => a)) {
        expect(runKzt(argv, { tty: true, data: mini, env }).stdout).not.toContain(ESC);
      }
    }
  });
});

describe('hostile text from a data file', () => {
  const VIEWS: string[][] = [
    ['facts', 'list'],
    ['facts', 'list', '--format', 'plain'],
    ['facts', 'list', '--format', 'tsv'],
    ['facts', 'list', '--format', 'md'],
    ['facts', 'list', '--format', 'table', '--fields', 'id,text,sources'],
    ['facts', 'search', 'evil'],
    ['facts', 'show', 'evil'],
    ['timeline'],
  ];

  it.each(VIEWS)('never reaches the terminal raw: %j', (...argv) => {
    for (const color of ['never', 'always']) {
      const r = runKzt(['--color', color, ...argv], { tty: true, columns: 80, data: hostile });
      const text = color === 'always' ? r.stdout.replace(SGR, '') : r.stdout;
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(text).toContain('Evil');
    }
  });

  it('keeps one fact per line in plain and TSV output despite newlines and tabs in the text', () => {
    const plain = runKzt(['facts', 'list'], { data: hostile }).stdout.trimEnd().split('\n');
    expect(plain).toHaveLength(2);
    expect(plain[0]?.split('\t')).toHaveLength(3);
  });

  it('round-trips losslessly through JSON', () => {
    const r = runKzt(['facts', 'show', 'evil', '--json'], { data: hostile });
    expect(r.stdout).not.toContain('\u202e');
    expect((JSON.parse(r.stdout) as { text: string }).text).toBe(hostile.facts[0]?.text);
  });
});

describe('large tables', () => {
  it('render in slices that join into one table, every line the same width', () => {
    const facts = Array.from({ length: 1203 }, (_, i) => ({
      ...mini.facts[0]!,
      id: `fact-${i}`,
      text: `Fact number ${i}.`,
    }));
    const r = runKzt(['facts', 'list'], {
      tty: true,
      columns: 60,
      data: { ...mini, facts },
      env: { NO_COLOR: '1' },
    });
    const lines = r.stdout.trimEnd().split('\n');
    // The facts are single-source: the legend of the marks goes to stderr, the table alone to stdout.
    expect(r.stderr).toBe('! disputed   ? single source\n');
    expect(new Set(lines.map(textWidth))).toEqual(new Set([textWidth(lines[0] ?? '')]));
    expect(lines.filter((l) => l.startsWith('┌'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('└'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('│ fact-'))).toHaveLength(1203);
  });
});
