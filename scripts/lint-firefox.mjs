#!/usr/bin/env node
// Lints the Firefox build with Mozilla's addons-linter (via web-ext): errors fail the run,
// warnings and notices are printed so they stay visible (each accepted one is explained in README).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = join(root, '.output');
const builds = existsSync(outputDir)
  ? readdirSync(outputDir)
      .filter((name) => /^firefox-mv[23]$/.test(name))
      .sort()
      .reverse()
  : [];
if (builds.length === 0) {
  console.error('lint-firefox: no .output/firefox-mv* folder. Run `npm run build` first.');
  process.exit(1);
}

const webExt = join(root, 'node_modules', '.bin', 'web-ext');
let failed = false;
for (const build of builds) {
  const sourceDir = join(outputDir, build);
  const result = spawnSync(
    webExt,
    ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'],
    { cwd: root, encoding: 'utf8' },
  );
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    console.error(`lint-firefox: web-ext lint did not return JSON for ${build}:`);
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  const where = (message) =>
    message.file ? ` (${message.file}${message.line ? `:${message.line}` : ''})` : '';
  console.log(
    `web-ext lint ${relative(root, sourceDir)}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
  );
  for (const [kind, messages] of [
    ['error', report.errors],
    ['warning', report.warnings],
    ['notice', report.notices],
  ]) {
    for (const message of messages) {
      console.log(`  ${kind} ${message.code}: ${message.message}${where(message)}`);
    }
  }
  if (report.summary.errors > 0) failed = true;
}
process.exit(failed ? 1 : 0);
