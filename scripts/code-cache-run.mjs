// One training run of scripts/code-cache.mjs: `node code-cache-run.mjs <dist> <bin args…>`.
// Runs the bin's code with dist/code-cache.cjs in recording mode, and when the process ends
// writes each bundle's cache: what it was loaded with plus what this run compiled.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const dist = resolve(process.argv[2]);
process.argv.splice(2, 1); // the bin sees only its own arguments
const require = createRequire(join(dist, 'main.cjs'));
const compiled = [];
require('./code-cache.cjs').useCodeCache(dist, {
  compiled: (script, file) => compiled.push([script, file]),
});
process.on('exit', () => {
  for (const [script, file] of compiled) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, script.createCachedData());
    renameSync(`${file}.tmp`, file);
  }
});
require('./main.cjs');
