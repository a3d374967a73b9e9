// Builds dist/: the CLI bundled into one CommonJS file (it starts faster on Node 20 than ESM and needs no
// node_modules at run time), the user-data code and the citation engine as two more files loaded only when needed,
// the checked bundled data with its search index, and a V8 code cache for the main bundle.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noBundledCsl, noFetch, rawText } from './esbuild-plugins.mjs';

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

// In the main bundle each seam becomes a lazy require of its own file: the user-data code and the citation engine.
const lazySeam = (seam, fn, file) => ({
  name: `lazy-${file}`,
  setup(b) {
    b.onLoad({ filter: seam }, () => ({
      contents: `let m; export function ${fn}() { return (m ??= require('./${file}')); }`,
      loader: 'js',
    }));
    b.onResolve({ filter: new RegExp(`^\\./${file.replace('.', '\\.')}$`) }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
});
const lazyUserData = lazySeam(/src[\\/]factbase[\\/]userData\.ts$/, 'userDataModule', 'kzt-data.cjs');
const lazyCite = lazySeam(/src[\\/]export[\\/]citeEngine\.ts$/, 'citeModule', 'kzt-cite.cjs');

// Built-in modules loaded only when a property is first read. commander requires child_process when it loads, for
// external subcommands kzt does not have, and kzt needs it only to start a pager. node:tty loads net and the stream
// modules with it, and kzt asks it only when stdout may be a terminal (src/io/isTerminal.ts). Import them whole
// (`import tty from 'node:tty'`): a named import would read the property when the bundle loads.
const LAZY_BUILTINS = /^(node:)?(child_process|tty)$/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: LAZY_BUILTINS }, (args) =>
      args.namespace === 'kzt'
        ? undefined
        : { path: `lazy:${args.path.replace(/^node:/, '')}`, namespace: 'kzt' },
    );
    b.onLoad({ filter: /^lazy:/, namespace: 'kzt' }, (args) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require('node:${args.path.slice(5)}'))[k] });`,
      loader: 'js',
    }));
  },
};

// chalk finds the colour level of the real process when it loads (reading node:tty and node:os); kzt decides colour
// itself (src/render/style.ts) and gives every Chalk its level, so chalk's detection is replaced by "no colour".
const noChalkDetection = {
  name: 'no-chalk-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({
      path: 'supports-color',
      namespace: 'kzt-no-color',
    }));
    b.onLoad({ filter: /.*/, namespace: 'kzt-no-color' }, () => ({
      contents:
        'export const stdout = false; export const stderr = false; export default { stdout, stderr };',
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  entryPoints: [`${root}src/main.ts`],
  outfile: `${dist}/kzt.cjs`,
  plugins: [lazyUserData, lazyCite, lazyBuiltins, noChalkDetection],
});
/**
 * Rewrites a file of JavaScript or JSON in ASCII: each other letter as its \u escape, which reads the same in a
 * string and in a regex. One non-ASCII letter makes V8 decode a whole file to two-byte text at every start.
 */
const writeAscii = (file, text) =>
  writeFileSync(
    file,
    text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
// esbuild writes strings in ASCII but leaves regex literals as they are ("[аәеи…]"). After a backslash a
// letter's escape would change its meaning, so the build stops there instead.
const bundle = `${dist}/kzt.cjs`;
const code = readFileSync(bundle, 'utf8');
if (/\\[\u0080-\uffff]/.test(code)) {
  console.error(
    'kzt build: dist/kzt.cjs has a backslash before a non-ASCII letter; write it as \\u in the source',
  );
  process.exit(1);
}
writeAscii(bundle, code);

const step = (args, what) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error(`kzt build: ${what} failed`);
    process.exit(r.status ?? 1);
  }
};
// The user-data code checks files with the code Ajv writes for the schema (scripts/schemaCode.ts) rather than
// compiling the schema at every first run over a file; Ajv's compiler stays out of the bundle.
const schemaFile = `${mkdtempSync(join(tmpdir(), 'kzt-schema-'))}/validators.js`;
step(['scripts/run-ts.mjs', 'scripts/write-schema-code.ts', schemaFile], 'writing the schema validators');
const precompiledSchema = {
  name: 'precompiled-schema',
  setup(b) {
    b.onLoad({ filter: /src[\\/]factbase[\\/]schemaValidators\.ts$/ }, () => ({
      contents: readFileSync(schemaFile, 'utf8'),
      loader: 'js',
      resolveDir: root,
    }));
  },
};
try {
  await build({
    ...common,
    entryPoints: [`${root}src/factbase/userDataApi.ts`],
    outfile: `${dist}/kzt-data.cjs`,
    plugins: [precompiledSchema],
  });
} finally {
  rmSync(dirname(schemaFile), { recursive: true, force: true });
}
await build({
  ...common,
  entryPoints: [`${root}src/export/citeApi.ts`],
  outfile: `${dist}/kzt-cite.cjs`,
  plugins: [rawText, noFetch, noBundledCsl],
  // The bundle carries the CSL styles (CC BY-SA) and citeproc-js (CPAL or AGPL): their notices stay in it.
  legalComments: 'inline',
});

step(['scripts/run-ts.mjs', 'scripts/prebuild.ts', dist], 'checking and indexing the bundled data');
// Every run reads bundled.json, which prebuild writes: in ASCII it decodes and parses as one-byte text. JSON needs
// no guard: its backslashes all begin an ASCII escape ("\\", "\""), so a letter's escape keeps its meaning.
const bundled = `${dist}/bundled.json`;
writeAscii(bundled, readFileSync(bundled, 'utf8'));
step(['scripts/run-ts.mjs', 'scripts/man.ts', dist], 'writing the man page');
step(['scripts/code-cache.cjs', dist], 'making the code cache');
