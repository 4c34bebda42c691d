#!/usr/bin/env node
// The popup's JavaScript size (gzipped) and its time from open to first render, measured on the
// built extension in headless Chromium, also as a ratio to a minimal Preact page built here and
// loaded the same way (an extension page in the same browser, opened in turn with the popup):
// these machines are noisy, and an absolute time alone says little. Figures are printed, never
// asserted.
//   node bench/popup.bench.mjs            (or: npm run bench popup)
// Env: POSTBRIDGE_EXTENSION_DIR (default .output/chrome-mv3/), POSTBRIDGE_CHROMIUM, POPUP_RUNS.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const dir = process.env.POSTBRIDGE_EXTENSION_DIR ?? join(root, '.output', 'chrome-mv3');
const executablePath = process.env.POSTBRIDGE_CHROMIUM ?? '/usr/lib/chromium/chromium';
const runs = Number(process.env.POPUP_RUNS ?? 20);
const TARGET_MS = 100;
const TARGET_KB = 60;
const TARGET_RATIO = 1.5;

if (!existsSync(join(dir, 'popup.html'))) {
  console.log(`No built popup in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/** Every chunk a module pulls in, statically (import … from) or lazily (import()). */
function imports(file) {
  const text = readFileSync(join(dir, file), 'utf8');
  const found = { static: new Set(), lazy: new Set() };
  const base = file.slice(0, file.lastIndexOf('/') + 1);
  const resolveChunk = (spec) => (spec.startsWith('/') ? spec.slice(1) : join(base, spec));
  for (const m of text.matchAll(
    /(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    found.static.add(resolveChunk(m[1]));
  }
  for (const m of text.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g))
    found.lazy.add(resolveChunk(m[1]));
  // Vite's preload helper lists lazy chunks as strings in an array.
  for (const m of text.matchAll(/["'](chunks\/[\w.-]+\.js)["']/g)) found.lazy.add(m[1]);
  return found;
}

const html = readFileSync(join(dir, 'popup.html'), 'utf8');
const entry = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const initial = new Set(entry);
const queue = [...entry];
const lazy = new Set();
while (queue.length > 0) {
  const file = queue.shift();
  const found = imports(file);
  for (const chunk of found.static) {
    if (!initial.has(chunk)) {
      initial.add(chunk);
      queue.push(chunk);
    }
  }
  for (const chunk of found.lazy) lazy.add(chunk);
}
const lazyOnly = [...lazy].filter((chunk) => !initial.has(chunk) && existsSync(join(dir, chunk)));
const closure = new Set(lazyOnly);
for (const chunk of lazyOnly)
  for (const next of imports(chunk).static) if (!initial.has(next)) closure.add(next);

const sum = (files) => [...files].reduce((total, file) => total + gz(file), 0);
console.log('Popup JavaScript (gzip -9):');
for (const file of [...initial].sort())
  console.log(`  at open  ${file.padEnd(44)} ${kb(gz(file))}`);
for (const file of [...closure].sort())
  console.log(`  lazy     ${file.padEnd(44)} ${kb(gz(file))}`);
const atOpen = sum(initial);
console.log(
  `  loaded when the popup opens: ${kb(atOpen)} (target ≤ ${TARGET_KB} kB: ${atOpen / 1024 <= TARGET_KB ? 'met' : 'NOT met'})`,
);
console.log(
  `  loaded on demand (Dry run tab, event-list paste): ${kb(sum(closure))}; everything: ${kb(atOpen + sum(closure))}`,
);

/**
 * The baseline: the smallest Preact page, as an unpacked extension of its own (a page, and an
 * empty service worker to learn its id), bundled with the project's Preact and minified like the
 * popup. It sets the same performance marks the popup sets.
 */
async function buildBaseline() {
  const baseline = mkdtempSync(join(tmpdir(), 'postbridge-baseline-'));
  const page = `import { render } from 'preact';
render(<main><h1>Baseline</h1><p>A minimal Preact page.</p></main>, document.getElementById('app'));
performance.mark('postbridge:rendered');
requestAnimationFrame(() => performance.mark('postbridge:first-render'));
performance.mark('postbridge:ready');`;
  await build({
    stdin: { contents: page, loader: 'jsx', resolveDir: root, sourcefile: 'baseline.jsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outfile: join(baseline, 'baseline.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    join(baseline, 'baseline.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title>' +
      '<script type="module" src="./baseline.js"></script></head><body><div id="app"></div></body></html>',
  );
  writeFileSync(join(baseline, 'baseline-sw.js'), '');
  writeFileSync(
    join(baseline, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Postbridge bench baseline',
      version: '1.0.0',
      background: { service_worker: 'baseline-sw.js' },
    }),
  );
  return baseline;
}

async function extensionId(context, isIt) {
  for (;;) {
    const worker = context.serviceWorkers().find((w) => isIt(w.url()));
    if (worker) return new URL(worker.url()).host;
    await context.waitForEvent('serviceworker');
  }
}

const MARKS = ['rendered', 'first-render', 'ready'];

async function openAndMeasure(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('postbridge:ready').length > 0);
  await page.waitForFunction(
    () => performance.getEntriesByName('postbridge:first-render').length > 0,
  );
  return page.evaluate(
    (names) =>
      Object.fromEntries(
        names.map((name) => [
          name,
          performance.getEntriesByName(`postbridge:${name}`)[0]?.startTime ?? Number.NaN,
        ]),
      ),
    MARKS,
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stat = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms`;
};

const baselineDir = await buildBaseline();
const context = await chromium.launchPersistentContext('', {
  headless: true,
  executablePath,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    `--disable-extensions-except=${dir},${baselineDir}`,
    `--load-extension=${dir},${baselineDir}`,
    '--no-first-run',
  ],
});
try {
  const popupId = await extensionId(context, (url) => !url.endsWith('/baseline-sw.js'));
  const baselineId = await extensionId(context, (url) => url.endsWith('/baseline-sw.js'));
  const popupUrl = `chrome-extension://${popupId}/popup.html`;
  const baselineUrl = `chrome-extension://${baselineId}/baseline.html`;
  const marks = Object.fromEntries(MARKS.map((name) => [name, []]));
  const base = Object.fromEntries(MARKS.map((name) => [name, []]));
  const page = await context.newPage();
  // The first opens also compile the scripts; they are reported on their own.
  const cold = await openAndMeasure(page, popupUrl);
  const baseCold = await openAndMeasure(page, baselineUrl);
  // In turn, so both see the same moments of a noisy machine.
  for (let i = 0; i < runs; i++) {
    const got = await openAndMeasure(page, popupUrl);
    const ref = await openAndMeasure(page, baselineUrl);
    for (const name of MARKS) {
      marks[name].push(got[name]);
      base[name].push(ref[name]);
    }
  }
  console.log(
    `\nPopup open → render, headless Chromium, popup.html in a tab, ${runs} runs after one cold open:`,
  );
  console.log(
    `  in the DOM (rendered):            ${stat(marks.rendered)} (cold ${cold.rendered.toFixed(1)} ms)`,
  );
  console.log(
    `  first render painted:             ${stat(marks['first-render'])} (cold ${cold['first-render'].toFixed(1)} ms)`,
  );
  console.log(
    `  ready (draft + offer on screen):  ${stat(marks.ready)} (cold ${cold.ready.toFixed(1)} ms)`,
  );
  console.log(
    `  baseline (minimal Preact page, same browser, in turn): first render ${stat(base['first-render'])} (cold ${baseCold['first-render'].toFixed(1)} ms)`,
  );
  const popupFirst = median(marks['first-render']);
  const baseFirst = median(base['first-render']);
  const ratio = popupFirst / baseFirst;
  const perRun = marks['first-render'].map((value, i) => value / base['first-render'][i]);
  console.log(
    `  first render / baseline: ${ratio.toFixed(2)}× of the medians, median of per-run ratios ${median(perRun).toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
  );
  console.log(
    `  target first render < ${TARGET_MS} ms: ${popupFirst < TARGET_MS ? 'met' : 'NOT met'}`,
  );
} finally {
  await context.close();
  rmSync(baselineDir, { recursive: true, force: true });
}
