// Every `$ kzt …` example in README.md, run as a user would on an 80-column terminal without colour, and its
// output compared with what the README shows (stdout, then stderr). A "…" or "..." line stands for any
// number of lines; an example shown without output (a list of commands, or one redirected to a file with > or
// >>) states only its shape: it succeeds and prints something. Pipes are not allowed: this test cannot run them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runKzt } from '../helpers/fakeContext.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** One example: the command after "$ kzt", the lines the README shows after it, and where it is. */
interface Example {
  command: string;
  shown: string[];
  line: number;
}

/** The `$ kzt` examples inside fenced code blocks, with the output lines that follow each. */
function examples(markdown: string): Example[] {
  const out: Example[] = [];
  let fenced = false;
  let current: Example | undefined;
  markdown.split('\n').forEach((text, i) => {
    if (text.startsWith('```')) {
      fenced = !fenced;
      current = undefined;
      return;
    }
    if (!fenced) return;
    if (text.startsWith('$ ')) {
      current = text.startsWith('$ kzt ') ? { command: text.slice(6), shown: [], line: i + 1 } : undefined;
      if (current) out.push(current);
    } else if (current) {
      current.shown.push(text);
    }
  });
  for (const e of out) while (e.shown.at(-1) === '') e.shown.pop();
  return out;
}

/**
 * A command line split as a POSIX shell splits it, for the quoting used in examples, without a final redirection
 * to a file (> or >>); throws on pipes and anything else a single command cannot be.
 */
function shellWords(command: string): string[] {
  const words: string[] = [];
  const line = command.replace(/\s+>>?\s*\S+$/, '');
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|([^\s"']+)/g)) {
    const word = m[1] ?? m[2] ?? m[3] ?? '';
    if (m[3] !== undefined && /[|<>;&]/.test(word)) throw new Error(`not a single command: ${command}`);
    words.push(word);
  }
  return words;
}

/** Whether printed lines match the shown ones, a "…" (or "...") line matching any number of lines. */
function matches(shown: readonly string[], printed: readonly string[]): boolean {
  if (shown.length === 0) return printed.length === 0;
  const [head, ...rest] = shown;
  if (head === '…' || head === '...')
    return printed.some((_, i) => matches(rest, printed.slice(i))) || matches(rest, []);
  return printed.length > 0 && printed[0] === head && matches(rest, printed.slice(1));
}

describe('the README', () => {
  const list = examples(README);

  it('has examples to run', () => {
    expect(list.length).toBeGreaterThanOrEqual(6);
  });

  it.each(list.map((e) => [e.line, e.command, e] as const))('line %i: $ kzt %s', (_, __, example) => {
    const r = runKzt(shellWords(example.command), { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    if (example.shown.length === 0) {
      expect({ code: r.code, printed: r.stdout.trim() !== '' }).toEqual({ code: 0, printed: true });
      return;
    }
    const printed = `${r.stdout}${r.stderr}`
      .replace(/\s+$/, '')
      .split('\n')
      .map((l) => l.trimEnd());
    const shown = example.shown.map((l) => l.trimEnd());
    expect(matches(shown, printed) ? shown : printed).toEqual(shown);
  });
});
