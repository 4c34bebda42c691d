import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { AffiseFixture } from '../../../lib/affise/page-labels';
import type { PageNode } from '../../../lib/page/node';

const FIXTURES = fileURLToPath(new URL('../../fixtures/affise/', import.meta.url));

/**
 * A committed Affise fixture parsed with linkedom (scripts do not run). `#opened` is the lazy
 * fixture after each tab has been opened once: every <template> rendered into the tab panel, which
 * is what the page's script does on a click, one tab at a time.
 */
export function loadFixture(name: AffiseFixture): PageNode {
  const [file = '', state] = name.split('#');
  const { document } = parseHTML(readFileSync(`${FIXTURES}${file}`, 'utf8'));
  if (state === 'opened') {
    const panel = document.getElementById('tab-panel');
    if (!panel) throw new Error(`${file} has no #tab-panel to render its tabs into`);
    for (const template of document.querySelectorAll('template')) {
      panel.appendChild(template.content.cloneNode(true));
    }
  }
  return document;
}

/** An address like the one each fixture is served at in the Playwright tests. */
export function fixtureUrl(name: AffiseFixture, host: string): string {
  return `https://${host}/affise/${name.split('#')[0]}`;
}
