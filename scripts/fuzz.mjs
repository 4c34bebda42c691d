#!/usr/bin/env node
// `npm run fuzz`: bundles test/fuzz/run-fuzz.ts (it runs itself in worker threads) and runs it.
// FUZZ_CASES (default 10,000) and FUZZ_SEED choose the run; the README reports its last figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle-for-node.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'node_modules', '.cache', 'postbridge-fuzz');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, 'run-fuzz.mjs');
const entry = join(root, 'test', 'fuzz', 'run-fuzz.ts');
await bundleForNode(entry, outfile, {
  // The scenario fixtures are read from examples/ relative to the source file.
  define: { 'import.meta.url': JSON.stringify(`file://${entry}`) },
});
const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit', env: process.env });
process.exit(run.status ?? 2);
