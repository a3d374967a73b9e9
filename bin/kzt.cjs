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

// In a source checkout (a clone after `npm install`) dist/ is built on the first run: the package has no install
// script to do it, so that installing the packed package never runs a build. The packed package ships dist/.
function buildFromSource() {
  const { existsSync } = require('node:fs');
  const script = join(__dirname, '..', 'scripts', 'build.mjs');
  if (!existsSync(script)) return false;
  process.stderr.write('kzt: building dist/ from the sources (first run in this checkout)...\n');
  const { spawnSync } = require('node:child_process');
  const r = spawnSync(process.execPath, [script], { stdio: ['ignore', 'ignore', 'inherit'] });
  return r.status === 0;
}

const cli = load() ?? (buildFromSource() ? load() : undefined);
if (!cli) {
  process.stderr.write('kzt: not built yet: run `npm install && npm run build` in the kzt directory\n');
  process.exitCode = 70;
} else {
  cli.main({ dataDir: join(__dirname, '..', 'data'), distDir: dist });
}
