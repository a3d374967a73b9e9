// Builds dist/kzt.cjs: the whole CLI bundled into one CommonJS file (it starts faster on Node 20 than ESM
// and needs no node_modules at run time).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}/dist`, { recursive: true, force: true });
await build({
  entryPoints: [`${root}/src/main.ts`],
  outfile: `${root}/dist/kzt.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  minifyWhitespace: !process.env.KZT_NO_MINIFY,
  minifySyntax: !process.env.KZT_NO_MINIFY,
  legalComments: 'none',
  logLevel: 'warning',
});
