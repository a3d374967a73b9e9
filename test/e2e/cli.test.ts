import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/kzt.cjs', import.meta.url));

/** Spawns the built CLI with a clean environment (no colour variables from the caller). */
function kzt(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the built kzt (spawned)', () => {
  it('searches the bundled facts and prints JSON a script can parse', () => {
    const r = kzt(['facts', 'search', 'strategic partnership', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const facts = JSON.parse(r.stdout) as Array<{
      id: string;
      date: string;
      score: number;
      sources: unknown[];
    }>;
    expect(facts.length).toBeGreaterThan(0);
    expect(['2009', '2022']).toContain(facts[0]?.date.slice(0, 4));
    for (const f of facts) {
      expect(f.score).toBeGreaterThanOrEqual(0);
      expect(f.score).toBeLessThanOrEqual(1);
      expect(f.sources.length).toBeGreaterThan(0);
    }
  });

  it("indexes the facts' search keywords in the built index", () => {
    const r = kzt(['facts', 'search', 'What can people learn at the Kazakh cultural centre in Alanya?']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\t')[0]).toBe('kazakh-centre-alanya-2025');
  });

  it("indexes the questions the facts answer, and with a user's data still the bundled keywords and questions", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzt-own-'));
    const mine = join(dir, 'mine.json');
    writeFileSync(
      mine,
      JSON.stringify({
        sources: [
          {
            id: 'my-notes',
            title: 'My notes',
            publisher: 'Me',
            date: '2026-01-01',
            kind: 'other',
            url: 'https://example.org/notes',
          },
        ],
        facts: [
          {
            id: 'my-visit',
            text: 'I visited Almaty.',
            date: '2026-01-02',
            kind: 'event',
            tags: ['visit'],
            entities: [],
            sources: [{ source: 'my-notes' }],
            status: 'single-source',
          },
        ],
      }),
    );
    try {
      for (const [query, id] of [
        // found through the fact's keywords ("learn")
        ['What can people learn at the Kazakh cultural centre in Alanya?', 'kazakh-centre-alanya-2025'],
        // found through the questions it answers ("long", "stay", "trip": its text has passports valid for 60 days)
        [
          'How long does a Kazakh passport need to stay valid for a trip to Turkey?',
          'turkiye-passport-validity-rule-2015',
        ],
      ] as const) {
        const bundled = kzt(['facts', 'search', query]);
        const own = kzt(['facts', 'search', '--data', mine, query]);
        expect([bundled.code, own.code, own.stderr]).toEqual([0, 0, '']);
        expect(bundled.stdout.split('\t')[0]).toBe(id);
        expect(own.stdout).toBe(bundled.stdout);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds facts from a Cyrillic query, piped as tab-separated lines without colour', () => {
    const r = kzt(['facts', 'search', 'Токаев']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout.split('\n')[0]?.split('\t')).toHaveLength(4);
  });

  it('shows a fact as a JSON object', () => {
    const r = kzt(['facts', 'show', 'diplomatic-relations-established', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      id: 'diplomatic-relations-established',
      date: '1992-03-02',
    });
  });

  it('lists every bundled fact', () => {
    const r = kzt(['facts', 'list', '--json']);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    [['facts', 'search', 'zzqxv qqzzx', '--json'], 1, '[]\n'],
    [['facts', 'show', 'no-such-fact-zz'], 1, ''],
    [['facts', '--no-such-option'], 2, ''],
    [['facts', 'show'], 2, ''],
    [['nope'], 2, ''],
  ])('%j exits %i with one kzt: line on stderr and no stack trace', (args, code, stdout) => {
    const r = kzt(args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toMatch(/^kzt: [^\n]+\n$/);
  });

  it('ends quietly with exit 0 when the reader of its output is already gone', async () => {
    const child = spawn(process.execPath, [BIN, 'facts', 'list', '--format', 'ndjson'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '' },
    });
    child.stdout.destroy(); // the read end closes before kzt has written anything
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('stops quietly when the reader leaves after the first line, as `| head -1` does', async () => {
    const child = spawn(process.execPath, [BIN, 'facts', 'list'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve(d.toString())),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    // The list is in date order: the oldest fact comes first.
    expect(first.split('\t')[0]).toBe('vural-visit-almaty-1990');
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it.runIf(existsSync('/dev/full'))('reports a full disk as one line with exit 74', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'facts', 'list', '--format', 'ndjson'], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(r.status).toBe(74);
      expect(r.stderr).toBe('kzt: cannot write to stdout: no space left on device\n');
    } finally {
      closeSync(full);
    }
  });

  it('prints its version', () => {
    expect(kzt(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("checks a user's file with the schema's validators written at build time, not compiled at each first run", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzt-schema-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[{"id":"Bad","text":1}]');
    try {
      const r = kzt(['validate', bad]);
      expect(r.code).toBe(65);
      expect(r.stderr.split('\n')).toEqual(
        expect.arrayContaining([
          `${bad}:1:2: missing property "date"`,
          `${bad}:1:8: "id" must be a kebab-case id (a-z, 0-9 and single hyphens)`,
          `${bad}:1:21: "text" must be string`,
        ]),
      );
      // Ajv's compiler stays out of the user-data bundle (scripts/schemaCode.ts)
      const userData = readFileSync(
        fileURLToPath(new URL('../../dist/kzt-data.cjs', import.meta.url)),
        'utf8',
      );
      expect(userData).not.toContain('compileSchema');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cites from the citation engine in its own file, which the main bundle does not hold', () => {
    const r = kzt(['cite', 'strategic-partnership-treaty-2009', '--style', 'ris']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^TY {2}- \w+\n/);
    // citeproc-js's engine method: in the citation bundle, never in the bundle every command starts with.
    const marker = 'makeBibliography';
    const dist = (name: string) =>
      readFileSync(fileURLToPath(new URL(`../../dist/${name}`, import.meta.url)), 'utf8');
    expect(dist('kzt-cite.cjs')).toContain(marker);
    expect(dist('kzt.cjs')).not.toContain(marker);
  });

  it('starts from ASCII files, which V8 reads as one-byte text, and still prints every letter', () => {
    const dist = (name: string) =>
      readFileSync(fileURLToPath(new URL(`../../dist/${name}`, import.meta.url)));
    for (const name of ['kzt.cjs', 'bundled.json'])
      expect([name, dist(name).some((b) => b > 0x7f)]).toEqual([name, false]);
    // The escapes in the bundle's regular expressions and the data's strings read as the letters they stand for:
    // a Kazakh date finds the fact of that day (data/facts.json dates it 1992-03-02) and prints its Kazakh text.
    const r = kzt(['facts', 'search', '1992 жылғы 2 наурыз', '--json', '--lang', 'kk']);
    expect(r.code).toBe(0);
    const first = (JSON.parse(r.stdout) as Array<{ id: string; text: string }>)[0];
    expect(first?.id).toBe('diplomatic-relations-established');
    expect(first?.text).toContain('1992 жылғы 2 наурызда');
  });

  it('speaks the language of the locale from its prebuilt texts, and searches in it', () => {
    const show = kzt(['facts', 'show', 'diplomatic-relations-established', '--json'], {
      LANG: 'ru_RU.UTF-8',
    });
    expect(JSON.parse(show.stdout)).toMatchObject({
      lang: 'ru',
      text: 'Дипломатические отношения между Казахстаном и Турцией были установлены 2 марта 1992 года.',
    });
    const page = kzt([
      'facts',
      'show',
      'diplomatic-relations-established',
      '--format',
      'table',
      '--lang',
      'kk',
    ]);
    expect(page.stdout).toContain('1992 жылғы 2 наурыз (1992-03-02)');
    const found = kzt(['facts', 'search', '16 Aralık 1991', '--fields', 'id']);
    expect(found.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'kazakhstan-independence-declared',
      'turkiye-recognises-kazakhstan',
    ]);
  });
});
