// esbuild plugins shared by the build and by scripts/run-ts.mjs.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Imports a file as its text ("file.csl?raw", as Vite, which runs the tests, reads it): the CSL styles and locales. */
export const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(dirname(args.importer), args.path.replace(/\?raw$/, '')),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** citation-js can fetch URLs through sync-fetch-undici; kzt never uses the network, so that module is left out. */
export const noFetch = {
  name: 'no-fetch',
  setup(b) {
    b.onResolve({ filter: /^sync-fetch-undici$/ }, () => ({ path: 'no-fetch', namespace: 'kzt-no-fetch' }));
    b.onLoad({ filter: /^no-fetch$/, namespace: 'kzt-no-fetch' }, () => ({
      contents: "module.exports = () => { throw new Error('kzt never uses the network'); };",
      loader: 'js',
    }));
  },
};

/**
 * citation-js's CSL plugin ships its own copies of three styles and five locales; kzt registers its snapshot of the
 * CSL project's files instead (src/export/cslRegistry.ts), so the plugin's copies are left out of the bundle.
 */
export const noBundledCsl = {
  name: 'no-bundled-csl',
  setup(b) {
    b.onLoad({ filter: /@citation-js[\\/]plugin-csl[\\/]lib(-mjs)?[\\/](styles|locales)\.json$/ }, () => ({
      contents: '{}',
      loader: 'json',
    }));
  },
};
