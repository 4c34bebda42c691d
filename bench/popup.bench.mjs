#!/usr/bin/env node
// The popup's JavaScript size (gzipped) and its time from open to first render, measured on the
// built extension in headless Chromium. Figures are printed, never asserted.
//   node bench/popup.bench.mjs            (or: npm run bench popup)
// Env: POSTBRIDGE_EXTENSION_DIR (default .output/chrome-mv3/), POSTBRIDGE_CHROMIUM, POPUP_RUNS.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const dir = process.env.POSTBRIDGE_EXTENSION_DIR ?? join(root, '.output', 'chrome-mv3');
const executablePath = process.env.POSTBRIDGE_CHROMIUM ?? '/usr/lib/chromium/chromium';
const runs = Number(process.env.POPUP_RUNS ?? 20);
const TARGET_MS = 100;
const TARGET_KB = 60;

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
  `  loaded when the popup opens: ${kb(atOpen)} (target < ${TARGET_KB} kB: ${atOpen / 1024 < TARGET_KB ? 'met' : 'NOT met'})`,
);
console.log(
  `  loaded on the Dry run tab:   ${kb(sum(closure))}; everything: ${kb(atOpen + sum(closure))}`,
);

const context = await chromium.launchPersistentContext('', {
  headless: true,
  executablePath,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-first-run'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const marks = { rendered: [], 'first-render': [], ready: [] };
  const page = await context.newPage();
  // The first open also compiles the scripts; it is reported on its own.
  let cold = null;
  for (let i = 0; i <= runs; i++) {
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.waitForFunction(() => performance.getEntriesByName('postbridge:ready').length > 0);
    await page.waitForFunction(
      () => performance.getEntriesByName('postbridge:first-render').length > 0,
    );
    const got = await page.evaluate(() =>
      Object.fromEntries(
        ['rendered', 'first-render', 'ready'].map((name) => [
          name,
          performance.getEntriesByName(`postbridge:${name}`)[0]?.startTime ?? Number.NaN,
        ]),
      ),
    );
    if (i === 0) cold = got;
    else for (const name of Object.keys(marks)) marks[name].push(got[name]);
  }
  const stat = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms`;
  };
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
  const median = [...marks['first-render']].sort((a, b) => a - b)[Math.floor(runs / 2)];
  console.log(`  target first render < ${TARGET_MS} ms: ${median < TARGET_MS ? 'met' : 'NOT met'}`);
} finally {
  await context.close();
}
