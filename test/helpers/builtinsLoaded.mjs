// Preloaded with `node --import` by test/e2e/startModules.test.ts: on exit, writes the built-in modules the process
// loaded to the file named by KZT_TEST_BUILTINS, one per line.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const out = process.env.KZT_TEST_BUILTINS;
  if (out) writeFileSync(out, process.moduleLoadList.join('\n'));
});
