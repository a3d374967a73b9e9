#!/usr/bin/env node
// kzt's command: loads the bundled CLI (built into dist/ by `npm run build`) with V8's code cache when there is
// one, so that starting skips parsing the bundle, and hands it the package's own paths.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'kzt.cjs');

function load() {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const Module = require('node:module');
    const vm = require('node:vm');
    let cachedData;
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {
      // no cache: compile as usual
    }
    const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
    const mod = { exports: {} };
    script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, dist);
    return mod.exports;
  } catch {
    return require(file);
  }
}

const cli = load();
if (!cli) {
  process.stderr.write('kzt: not built yet: run `npm run build` in the kzt directory\n');
  process.exitCode = 70;
} else {
  cli.main({ dataDir: join(__dirname, '..', 'data'), distDir: dist });
}
