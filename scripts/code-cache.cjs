// Build step: compiles dist/kzt.cjs the way bin/kzt.cjs loads it, runs the commands people start most, and saves
// V8's code cache for everything they compiled (dist/kzt.cjs.cache). With it a start skips parsing the bundle.
// A cache made by another Node.js version is rejected by V8 and kzt simply compiles as usual.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const dist = process.argv[2];
const file = join(dist, 'kzt.cjs');
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file });
const mod = { exports: {} };
script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, dirname(file));
const paths = { dataDir: join(dist, '..', 'data'), distDir: dist };
for (const argv of [
  ['facts', 'search', 'erdogan', '--all'],
  ['timeline'],
  ['facts', 'list'],
  ['--version'],
]) {
  mod.exports.main(paths, argv);
}
process.exitCode = 0;
writeFileSync(`${file}.cache`, script.createCachedData());
