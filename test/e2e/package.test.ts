import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the packed tarball', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzt-pack-'));
  let files: string[] = [];
  let kzt = '';
  let manifest: { scripts?: Record<string, string> } = {};
  beforeAll(() => {
    const env = {
      ...process.env,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    // --ignore-scripts: `npm pack` would otherwise run `prepack`, rebuilding dist/ under the other e2e tests.
    const name = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop() as string;
    const tarball = join(dir, name);
    files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
    // --ignore-scripts as a careful user (or npm's allow-scripts) installs: the package must need no script.
    execFileSync(
      'npm',
      ['install', '-g', '--prefix', join(dir, 'prefix'), '--offline', '--ignore-scripts', tarball],
      { env, stdio: 'ignore' },
    );
    manifest = JSON.parse(
      execFileSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
    ) as { scripts?: Record<string, string> };
    kzt = join(dir, 'prefix', 'bin', 'kzt');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds only what runs and what users read', () => {
    expect(files.filter((f) => /^package\/(src|test|bench|scripts)\//.test(f))).toEqual([]);
    for (const f of [
      'bin/kzt.cjs',
      'dist/kzt.cjs',
      'dist/kzt-data.cjs',
      'dist/kzt-cite.cjs',
      'data/csl/apa.csl',
      'data/csl/README.md',
      'dist/texts-tr.json',
      'dist/texts-ru.json',
      'dist/texts-kk.json',
      'dist/kzt.1',
      'data/texts/tr.json',
      'data/facts.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      // The README links these.
      'docs/json.md',
      'docs/kzt-output.schema.json',
      'docs/search-quality.md',
    ]) {
      expect(files).toContain(`package/${f}`);
    }
  });

  it('has no script that runs on install: dist/ is built before packing', () => {
    const onInstall = ['preinstall', 'install', 'postinstall', 'prepare'];
    expect(Object.keys(manifest.scripts ?? {}).filter((s) => onInstall.includes(s))).toEqual([]);
  });

  it('installs into a fresh prefix and works from any directory, without dev dependencies', () => {
    const run = (...args: string[]) =>
      spawnSync(kzt, args, {
        cwd: tmpdir(),
        encoding: 'utf8',
        env: { PATH: `${join(dir, 'prefix', 'bin')}:${process.env.PATH ?? ''}`, HOME: dir },
      });
    expect(run('timeline').status).toBe(0);
    const search = run('facts', 'search', 'erdogan', '--json');
    expect((JSON.parse(search.stdout) as unknown[]).length).toBeGreaterThan(0);
    const turkish = run('facts', 'search', 'diplomatik ilişkiler ne zaman kuruldu', '--json', '--lang', 'tr');
    expect((JSON.parse(turkish.stdout) as Array<{ id: string; lang: string }>)[0]).toMatchObject({
      id: 'diplomatic-relations-established',
      lang: 'tr',
    });
    expect(existsSync(join(dir, 'prefix', 'lib', 'node_modules', 'kzt', 'node_modules'))).toBe(false);
    expect(run('validate', join(ROOT, 'test', 'fixtures', 'mini.json')).status).toBe(0);
    const cite = run('cite', 'diplomatic-relations-established', '--style', 'chicago');
    expect(cite.status).toBe(0);
    expect(cite.stdout).toContain('https://');
  });

  it('installs its man page', () => {
    expect(existsSync(join(dir, 'prefix', 'share', 'man', 'man1', 'kzt.1'))).toBe(true);
  });
});

describe('a source checkout without dist/ (a clone after npm install)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzt-clone-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds dist/ on the first run, then answers', () => {
    for (const part of ['bin', 'scripts', 'src', 'data', 'package.json'])
      cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const run = () =>
      spawnSync(process.execPath, [join(dir, 'bin', 'kzt.cjs'), 'search', 'erdogan', '--all', '--json'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
    const first = run();
    expect(first.stderr).toBe('kzt: building dist/ from the sources (first run in this checkout)...\n');
    expect(first.status).toBe(0);
    expect((JSON.parse(first.stdout) as unknown[]).length).toBeGreaterThan(10);
    expect(existsSync(join(dir, 'dist', 'kzt.cjs'))).toBe(true);
    expect(run().stderr).toBe('');
  }, 120_000);
});
