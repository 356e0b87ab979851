#!/usr/bin/env node
// The luoshi command line: `npm run luoshi -- <command>`.
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

// Node keeps what it compiled (types stripped, V8 code) in its compile cache, so later
// runs and each ingest worker load the pipeline in about half the time. Enabled before
// the pipeline is imported, which is why that import is dynamic.
enableCompileCache();
const { main } = await import('../src/cli/main.ts');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// npm runs scripts from the package root; paths on the command line are the user's.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const code = await main(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  root,
});
process.exitCode = code;
