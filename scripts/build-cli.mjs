#!/usr/bin/env node
// Bundles the engine's CLI front end (lib/cli/run-cli.ts) into dist/cli.mjs for bin/postbridge.mjs.
// Runs from postinstall, so it must never fail an install just because the CLI is not written yet.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle-for-node.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'lib', 'cli', 'run-cli.ts');
const outfile = join(root, 'dist', 'cli.mjs');

if (!existsSync(entry)) {
  console.log(`build-cli: ${relative(root, entry)} does not exist yet; skipping the CLI bundle.`);
  process.exit(0);
}

await bundleForNode(entry, outfile, { legalComments: 'none' });
console.log(`build-cli: wrote ${relative(root, outfile)}`);
