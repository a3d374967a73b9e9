// Builds dist/: the CLI bundled into one CommonJS file (it starts faster on Node 20 than ESM and needs no
// node_modules at run time), the user-data code as a second file loaded only when needed, the checked bundled data
// with its search index, and a V8 code cache for the main bundle.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const minify = !process.env.KZT_NO_MINIFY;
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  minifyWhitespace: minify,
  minifySyntax: minify,
  legalComments: 'none',
  logLevel: 'warning',
};

// In the main bundle the user-data seam becomes a lazy require of the second file.
const lazyUserData = {
  name: 'lazy-user-data',
  setup(b) {
    b.onLoad({ filter: /src[\\/]factbase[\\/]userData\.ts$/ }, () => ({
      contents: "let m; export function userDataModule() { return (m ??= require('./kzt-data.cjs')); }",
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/kzt-data\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// commander requires child_process when it loads, for external subcommands kzt does not have: give it a stand-in
// that loads the real module only if a property is ever read.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules') ? { path: 'lazy-child-process', namespace: 'kzt' } : undefined,
    );
    b.onLoad({ filter: /^lazy-child-process$/, namespace: 'kzt' }, () => ({
      contents:
        "let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require('node:child_process'))[k] });",
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  entryPoints: [`${root}src/main.ts`],
  outfile: `${dist}/kzt.cjs`,
  plugins: [lazyUserData, lazyChildProcess],
});
await build({
  ...common,
  entryPoints: [`${root}src/factbase/userDataApi.ts`],
  outfile: `${dist}/kzt-data.cjs`,
});

const step = (args, what) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error(`kzt build: ${what} failed`);
    process.exit(r.status ?? 1);
  }
};
step(['scripts/run-ts.mjs', 'scripts/prebuild.ts', dist], 'checking and indexing the bundled data');
step(['scripts/run-ts.mjs', 'scripts/man.ts', dist], 'writing the man page');
step(['scripts/code-cache.cjs', dist], 'making the code cache');
