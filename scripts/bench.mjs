#!/usr/bin/env node
// `npm run bench`: bundles every bench/*.bench.ts (and runs every bench/*.bench.mjs) with Node and
// prints their figures. Figures are reported, never asserted: timing belongs here, not in tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleForNode } from './bundle-for-node.mjs';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
// Inside the project so the bundles resolve packages from node_modules.
const out = join(root, 'node_modules', '.cache', 'postbridge-bench');
mkdirSync(out, { recursive: true });
let failed = 0;
try {
  for (const file of files) {
    console.log(`\n## ${file}`);
    let script = join(root, 'bench', file);
    if (file.endsWith('.ts')) {
      script = join(out, file.replace(/\.ts$/, '.mjs'));
      await bundleForNode(join(root, 'bench', file), script, {
        packages: 'external',
        jsx: 'automatic',
        jsxImportSource: 'preact',
      });
    }
    const run = spawnSync(process.execPath, [script], { stdio: 'inherit', cwd: root });
    if (run.status !== 0) {
      failed++;
      console.log(`!! ${file} exited with ${run.status}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed === 0 ? 0 : 1);
