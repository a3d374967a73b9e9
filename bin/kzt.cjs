#!/usr/bin/env node
// kzt's command: hands the package's own paths to the bundled CLI (built into dist/ by `npm run build`).
'use strict';
const { join } = require('node:path');

let cli;
try {
  cli = require('../dist/kzt.cjs');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/kzt.cjs')) {
    process.stderr.write('kzt: not built yet: run `npm run build` in the kzt directory\n');
    process.exitCode = 70;
    return;
  }
  throw error;
}
cli.main({ dataDir: join(__dirname, '..', 'data') });
