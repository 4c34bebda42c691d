#!/usr/bin/env node
// npm run build: the Chrome (MV3) and Firefox (MV3) extensions, their zips, and the CLI bundle.
// `wxt zip` builds before it zips, so one zip per browser gives both the unpacked folder in
// .output/ and the archive without building twice.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wxt = join(root, 'node_modules', '.bin', 'wxt');

const steps = [
  { name: 'chrome-mv3 build + zip', command: wxt, args: ['zip', '-b', 'chrome'] },
  // Firefox is built as MV3: the same manifest model as Chrome, and web-ext lint finds no errors.
  // WXT's MV2 conversion would drop optional_host_permissions, which the custom-domain reader needs.
  { name: 'firefox-mv3 build + zip', command: wxt, args: ['zip', '-b', 'firefox', '--mv3'] },
  { name: 'CLI bundle', command: process.execPath, args: [join(root, 'scripts', 'build-cli.mjs')] },
];

// Leftovers from an earlier layout (a firefox-mv2 folder, old zips) would be linted and shipped.
rmSync(join(root, '.output'), { recursive: true, force: true });

for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${step.name} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}
console.log('\n✔ Built .output/chrome-mv3, .output/firefox-mv3, their zips and dist/cli.mjs');
