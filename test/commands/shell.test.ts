import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/program.js';
import { manPage } from '../../src/cli/manPage.js';
import { bundledData, fakeContext, runKzt } from '../helpers/fakeContext.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('kzt __complete', () => {
  const complete = (...words: string[]) =>
    runKzt(['__complete', '--', ...words])
      .stdout.trimEnd()
      .split('\n')
      .filter(Boolean);

  it('offers commands, subcommands and options', () => {
    expect(complete('fa')).toEqual(['facts']);
    expect(complete('facts', '')).toEqual(['search', 'show', 'list']);
    expect(complete('facts', 'search', 'x', '--li')).toEqual(['--limit']);
    expect(complete('timeline', '--no-')).toEqual(['--no-bundled', '--no-cache', '--no-pager']);
    expect(complete('se')).toEqual(['search']);
    expect(complete('facts', 'list', '--sort', '')).toEqual(['date', '-date']);
    expect(complete('search', 'x', '--sort', 'r')).toEqual(['relevance']);
  });

  it('completes the shortcuts as the commands they stand for', () => {
    expect(complete('show', 'diplomatic-re')).toEqual(['diplomatic-relations-established']);
    expect(complete('search', 'x', '--fields', 'id,sc')).toEqual(['id,score']);
  });

  it('offers fact ids, entity ids, tags, kinds and formats from the data', () => {
    expect(complete('facts', 'show', 'diplomatic-re')).toEqual(['diplomatic-relations-established']);
    expect(complete('facts', 'list', '--entity', 'erd')).toEqual(['erdogan']);
    expect(complete('timeline', '--tag', 'hls')).toEqual(['hlscc']);
    expect(complete('timeline', '--kind', 'vi')).toEqual(['visit']);
    expect(complete('facts', 'list', '--format', 'n')).toEqual(['ndjson']);
    expect(complete('completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('offers nothing where a file name goes, so the shell completes files', () => {
    expect(complete('--data', '')).toEqual([]);
  });
});

describe('the bash completion script, loaded in bash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzt-shell-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // kzt on PATH, as in a user's shell
  writeFileSync(
    join(dir, 'kzt'),
    `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'kzt.cjs')}" "$@"\n`,
  );
  chmodSync(join(dir, 'kzt'), 0o755);
  const script = runKzt(['completion', 'bash']).stdout;

  const offers = (line: string) => {
    const words = line.split(' ');
    const program = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _kzt_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', program], {
      encoding: 'utf8',
      env: { PATH: `${dir}:${process.env.PATH ?? ''}`, HOME: dir },
    });
    return r.stdout.trimEnd().split('\n').filter(Boolean);
  };

  it('is valid bash', () => {
    expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0);
  });

  it('completes `kzt fa`, `kzt facts show <TAB>` and `--entity <TAB>`', () => {
    expect(offers('kzt fa')).toEqual(['facts']);
    expect(offers('kzt facts show ')).toContain('diplomatic-relations-established');
    expect(offers('kzt facts show ').length).toBeGreaterThanOrEqual(60);
    expect(offers('kzt facts list --entity ')).toEqual(
      expect.arrayContaining(['erdogan', 'tokayev', 'astana']),
    );
  });
});

describe('kzt completion', () => {
  it.each(['bash', 'zsh', 'fish'])('prints a %s script that asks kzt for candidates', (shell) => {
    const r = runKzt(['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kzt __complete --');
  });

  const kztOnPath = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzt-path-'));
    writeFileSync(
      join(dir, 'kzt'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'kzt.cjs')}" "$@"\n`,
    );
    chmodSync(join(dir, 'kzt'), 0o755);
    return { dir, env: { PATH: `${dir}:${process.env.PATH ?? ''}`, HOME: dir } };
  };
  const inCI = Boolean(process.env.CI);

  // In CI a missing shell fails the test (.ci/run installs zsh and fish); elsewhere it is skipped.
  it.runIf(has('zsh') || inCI)('zsh script completes commands, ids and files', () => {
    const { dir, env } = kztOnPath();
    const script = runKzt(['completion', 'zsh']).stdout;
    // compadd and _files stubbed to print what the function offers
    const offer = (words: string[]) =>
      spawnSync(
        'zsh',
        [
          '-f',
          '-c',
          `compdef() { :; }; ${script}\ncompadd() { shift 2; print -l -- "$@"; }; _files() { print FILES; }; words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _kzt`,
        ],
        { encoding: 'utf8', env },
      ).stdout.trim();
    expect(spawnSync('zsh', ['-n'], { input: script }).status).toBe(0);
    expect(offer(['kzt', 'fa'])).toBe('facts');
    expect(offer(['kzt', 'facts', 'show', 'diplomatic-r'])).toBe('diplomatic-relations-established');
    expect(offer(['kzt', '--data', ''])).toBe('FILES');
    rmSync(dir, { recursive: true, force: true });
  });

  it.runIf(has('fish') || inCI)('fish script completes commands, ids and entities', () => {
    const { dir, env } = kztOnPath();
    const script = join(dir, 'kzt.fish');
    writeFileSync(script, runKzt(['completion', 'fish']).stdout);
    const offer = (line: string) =>
      spawnSync('fish', ['--no-config', '-c', `source ${script}; complete -C "${line}"`], {
        encoding: 'utf8',
        env,
      }).stdout.trim();
    expect(spawnSync('fish', ['-n', script]).status).toBe(0);
    expect(offer('kzt fa')).toBe('facts');
    expect(offer('kzt facts show diplomatic-r')).toBe('diplomatic-relations-established');
    expect(offer('kzt facts list --entity erd')).toBe('erdogan');
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects other shells as a usage error', () => {
    expect(runKzt(['completion', 'tcsh'])).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('kzt info', () => {
  it('prints the version, counts, date range and data files', () => {
    // The oracle: the data files read directly, not through kzt.
    const data = bundledData();
    const cited = new Set(data.facts.flatMap((f) => f.sources.map((s) => s.source)));
    const published = data.sources.filter((s) => cited.has(s.id) && s.date).map((s) => s.date ?? '');
    const starts = data.facts.filter((f) => f.date).map((f) => f.date ?? '');
    const r = runKzt(['info', '--json']);
    const info = JSON.parse(r.stdout) as { latest: { date: string }; dataAsOf: string };
    expect(info).toMatchObject({
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      facts: data.facts.length,
      sources: data.sources.length,
      entities: data.entities.length,
      series: (data.series ?? []).length,
      dates: {
        from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
      files: [{ file: 'bundled', facts: data.facts.length }],
    });
    expect(info.dataAsOf).toBe(published.sort().at(-1));
    expect(starts.every((d) => d.slice(0, 10) <= info.latest.date.slice(0, 10) || d.length < 10)).toBe(true);
    const text = runKzt(['info'], { env: { NO_COLOR: '1' } }).stdout;
    expect(text).toContain(`data     bundled (${data.facts.length} facts)\n`);
    expect(text).toContain(`series   ${(data.series ?? []).length}\n`);
  });
});

describe('the man page', () => {
  const program = buildProgram(fakeContext().ctx);
  const page = manPage(program, {
    version: '9.9.9',
    exitCodes: [[0, 'ok']],
    environment: [['NO_COLOR', 'x']],
    files: [],
  });

  it('documents every command, option and example that --help shows', () => {
    for (const cmd of [
      'facts search',
      'facts show',
      'facts list',
      'timeline',
      'anniversaries',
      'validate',
      'info',
      'completion',
    ]) {
      expect(page).toContain(`.SS "kzt ${cmd}`);
    }
    expect(page).not.toContain('__complete');
    for (const flag of [
      '\\-\\-limit',
      '\\-\\-entity',
      '\\-\\-format',
      '\\-\\-fields',
      '\\-\\-reverse',
      '\\-\\-data',
      '\\-\\-override',
    ]) {
      expect(page).toContain(flag);
    }
    expect(page).toContain('kzt search "strategic partnership"');
  });

  it('heads each command once, with its name and usage, and names the shortcuts in their command', () => {
    const headings = page.split('\n').filter((l) => l.startsWith('.SS '));
    expect(headings).toContain('.SS "kzt facts search [options] <query...>"');
    expect(headings).toContain('.SS "kzt timeline [options] [query...]"');
    for (const h of headings) expect(h).not.toMatch(/kzt (\w+) (\w+) \1 \2|kzt (\w+) \3 /);
    expect(headings.filter((h) => /^\.SS "kzt (search|show) /.test(h))).toEqual([]);
    expect(page).toContain('Short form: kzt search.');
  });

  it('is built into dist/ for the package', () => {
    expect(readFileSync(join(ROOT, 'dist', 'kzt.1'), 'utf8')).toMatch(/^\.TH KZT 1 /);
  });
});
