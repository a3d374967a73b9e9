// Before any test: the end-to-end, package, completion and man-page tests need the built CLI in dist/. Build it
// when it is missing, and fail loudly when that fails, so that no test is silently skipped for want of it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (existsSync(`${root}dist/kzt.cjs`) && existsSync(`${root}dist/kzt.1`)) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed, so the end-to-end tests cannot run');
}
