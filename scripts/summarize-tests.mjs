#!/usr/bin/env node
// Reads the step log(s) written by scripts/test.sh and .ci/run plus the Vitest, Playwright and
// Firefox-suite JSON reports, prints per-runner counts and the failed steps by name, and ends with
// the one line CI reads: `N passed, N failed` (`, N skipped` when any were). Exit code 1 when
// anything failed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = join(root, 'test', 'artifacts');
const stepFiles = process.argv.slice(2);
if (stepFiles.length === 0) stepFiles.push(join(artifacts, 'steps.tsv'));

const steps = stepFiles.flatMap((file) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [name, status] = line.split('\t');
          return { name, status };
        })
    : [],
);

function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitestCounts(report) {
  let failed = report.numFailedTests ?? 0;
  // A file that fails to import has no tests to count; count the file itself.
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    if (file.status === 'failed' && failedTests.length === 0) failed += 1;
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(report) {
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    // Errors outside tests (config, global setup, a file that does not compile).
    failed: (stats.unexpected ?? 0) + (report.errors?.length ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

const runners = [
  { name: 'Vitest', step: 'vitest', file: join(artifacts, 'vitest.json'), count: vitestCounts },
  {
    name: 'Playwright',
    step: 'playwright',
    file: join(artifacts, 'playwright.json'),
    count: playwrightCounts,
  },
  // The Firefox suite runs on Vitest (test/firefox/vitest.config.ts), so its report reads the same.
  { name: 'Firefox', step: 'firefox', file: join(artifacts, 'firefox.json'), count: vitestCounts },
];

const format = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('Summary');
for (const runner of runners) {
  const ran = steps.some((step) => step.name === runner.step);
  const report = readJson(runner.file);
  let counts;
  if (report) {
    counts = runner.count(report);
  } else if (ran || steps.length === 0) {
    console.log(`  ${runner.name}: no report at ${runner.file}; counted as 1 failure`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  } else {
    continue;
  }
  console.log(`  ${runner.name}: ${format(counts)}`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

for (const step of steps) console.log(`  step ${step.name}: ${step.status}`);
const failedSteps = steps.filter((step) => step.status !== 'passed').map((step) => step.name);
if (failedSteps.length > 0) console.log(`FAILED: ${failedSteps.join(', ')}`);

console.log(format(total));
process.exit(total.failed > 0 || failedSteps.length > 0 ? 1 : 0);
