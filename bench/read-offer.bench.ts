import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { interpretOfferScan, readOfferPage } from '../lib/affise/read-offer-page';
import { scanOfferPage } from '../lib/affise/scan-offer-page';
import type { PageNode } from '../lib/page/node';
import { measure, report } from './measure';

/**
 * Reading an offer from a large Affise page: the committed all-tabs fixture inside an admin panel
 * padded with a statistics table and a long menu, 10,000+ elements in all. The figure that counts
 * is the scan in headless Chromium on the real DOM (what the content script does on each change);
 * the background then validates the small scan (timed in Node). Node figures on a linkedom
 * document and on a plain-object tree are printed too: linkedom's childNodes getter is slow, so
 * they overstate the browser's cost.
 */
// scripts/bench.mjs runs every bench from the project root (the bundle itself lives elsewhere).
const root = process.cwd();
const fixture = readFileSync(join(root, 'test/fixtures/affise/offer-all-tabs.html'), 'utf8');
const body = /<body>([\s\S]*)<\/body>/.exec(fixture)?.[1] ?? '';

const ROWS = 1_700;
const statsRows = Array.from(
  { length: ROWS },
  (_, i) =>
    `<tr><td>2025-01-${String((i % 28) + 1).padStart(2, '0')}</td><td>Offer ${i}</td><td>${i * 3}</td><td>${i % 97}</td><td>$${(i * 0.37).toFixed(2)}</td></tr>`,
).join('');
const menu = Array.from(
  { length: 300 },
  (_, i) => `<li><a href="/section/${i}"><span>Section ${i}</span></a></li>`,
).join('');
const html = `<!doctype html><html><head><title>Affise</title></head><body><nav><ul>${menu}</ul></nav>${body}<section><h2>Statistics</h2><table><thead><tr><th>Date</th><th>Offer</th><th>Clicks</th><th>Conversions</th><th>Income</th></tr></thead><tbody>${statsRows}</tbody></table></section></body></html>`;

const { document } = parseHTML(html);
const elementCount = document.querySelectorAll('*').length;

interface PlainNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: PlainNode[];
  parentNode: PlainNode | null;
  attributes: Record<string, string>;
  value?: string;
  getAttribute(name: string): string | null;
}

function toPlain(node: PageNode, parent: PlainNode | null): PlainNode {
  const attributes: Record<string, string> = {};
  const source = node as PageNode & { attributes?: ArrayLike<{ name: string; value: string }> };
  for (let i = 0; i < (source.attributes?.length ?? 0); i++) {
    const attribute = source.attributes?.[i];
    if (attribute) attributes[attribute.name] = attribute.value;
  }
  const plain: PlainNode = {
    nodeType: node.nodeType,
    nodeName: node.nodeName,
    textContent: node.nodeType === 3 ? node.textContent : null,
    childNodes: [],
    parentNode: parent,
    attributes,
    getAttribute(name) {
      return this.attributes[name] ?? null;
    },
  };
  if (typeof node.value === 'string') plain.value = node.value;
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) plain.childNodes.push(toPlain(child, plain));
  }
  // Element text is computed on demand, as the DOM does.
  if (node.nodeType !== 3) {
    Object.defineProperty(plain, 'textContent', {
      get(this: PlainNode): string {
        return this.childNodes.map((c) => c.textContent ?? '').join('');
      },
    });
  }
  return plain;
}
const plainTree = toPlain(document, null);

const url = 'https://rocketcompany.affise.com/offer/edit/12';
const readAt = '2025-01-01T00:00:00.000Z';
const check = readOfferPage(document, { url, readAt });
const checkPlain = readOfferPage(plainTree, { url, readAt });
if (
  check.read?.fields.goals?.value.length !== 3 ||
  checkPlain.read?.fields.goals?.value.length !== 3
) {
  throw new Error(
    'The benchmark page did not read as the fixture offer; the figures would mean nothing.',
  );
}

// Figures from a busy machine are slower; the load says how busy it was.
console.log(
  `page: ${elementCount.toLocaleString('en-US')} elements; machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}`,
);
report(
  'read offer, linkedom document',
  measure(() => readOfferPage(document, { url, readAt }), 1500),
);
report(
  'scan only (content script), linkedom',
  measure(() => scanOfferPage(document, url), 1500),
);
report(
  'read offer, plain-object tree',
  measure(() => readOfferPage(plainTree, { url, readAt }), 1500),
);
const scan = scanOfferPage(document, url);
report(
  'interpret scan (background, zod)',
  measure(() => interpretOfferScan(scan, readAt), 500),
);

const CHROMIUM = process.env.POSTBRIDGE_CHROMIUM ?? '/usr/lib/chromium/chromium';
if (existsSync(CHROMIUM)) {
  const bundle = await build({
    entryPoints: [join(root, 'lib/affise/scan-offer-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'postbridgeScan',
    write: false,
    logLevel: 'warning',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const figures = await page.evaluate((address) => {
      const scanPage = (
        globalThis as unknown as { postbridgeScan: { scanOfferPage: typeof scanOfferPage } }
      ).postbridgeScan.scanOfferPage;
      const run = () => scanPage(document as unknown as PageNode, address);
      for (let i = 0; i < 30; i++) run();
      const samples: number[] = [];
      const start = performance.now();
      while (performance.now() - start < 1500) {
        const t = performance.now();
        run();
        samples.push(performance.now() - t);
      }
      samples.sort((a, b) => a - b);
      return {
        opsPerSec: (samples.length / (performance.now() - start)) * 1000,
        medianMs: samples[Math.floor(samples.length / 2)] ?? 0,
        goals: run().payoutRows?.length ?? 0,
        elements: document.querySelectorAll('*').length,
      };
    }, url);
    if (figures.goals !== 3)
      throw new Error('The scan in Chromium did not find the fixture offer.');
    report(
      `scan in Chromium, real DOM (${figures.elements.toLocaleString('en-US')} el.)`,
      figures,
      '< 5 ms',
    );
  } finally {
    await browser.close();
  }
} else {
  console.log(`scan in Chromium: skipped, no Chromium at ${CHROMIUM} (set POSTBRIDGE_CHROMIUM).`);
}

const scripts = join(root, '.output/chrome-mv3/content-scripts');
if (existsSync(scripts)) {
  for (const file of readdirSync(scripts)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const bytes = readFileSync(join(scripts, file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    const target = ['affise.js', 'read-offer.js'].includes(file)
      ? '   (target < 20 kB gzipped)'
      : '';
    console.log(
      `content-scripts/${file.padEnd(16)} ${(bytes.length / 1024).toFixed(1).padStart(7)} kB raw ${(gz / 1024).toFixed(1).padStart(6)} kB gzipped${target}`,
    );
  }
} else {
  console.log('content script sizes: no .output/chrome-mv3 yet; run `npm run build` first.');
}
