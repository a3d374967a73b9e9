import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the packed tarball', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzt-pack-'));
  let files: string[] = [];
  let kzt = '';
  beforeAll(() => {
    const env = {
      ...process.env,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    // --ignore-scripts: `npm pack` would otherwise run `prepare`, rebuilding dist/ under the other e2e tests.
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
    execFileSync('npm', ['install', '-g', '--prefix', join(dir, 'prefix'), '--offline', tarball], {
      env,
      stdio: 'ignore',
    });
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
    ]) {
      expect(files).toContain(`package/${f}`);
    }
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
