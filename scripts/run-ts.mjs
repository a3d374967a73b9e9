// Runs a TypeScript entry file (an eval or a benchmark) by bundling it with esbuild into a temporary file.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { noFetch, rawText } from './esbuild-plugins.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'kzt-run-'));
const outfile = join(dir, 'entry.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    // Each source file's import.meta.url keeps pointing at that file, so relative paths resolve as in the
    // repository rather than from the temporary bundle.
    plugins: [
      rawText,
      noFetch,
      {
        name: 'source-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, (args) => ({
            contents: readFileSync(args.path, 'utf8').replace(
              /\bimport\.meta\.url\b/g,
              JSON.stringify(pathToFileURL(args.path).href),
            ),
            loader: 'ts',
          }));
        },
      },
    ],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  process.argv = [process.argv[0], resolve(entry), ...args];
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
