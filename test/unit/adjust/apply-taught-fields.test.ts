import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  applyTaughtFields,
  type TaughtFillerLocators,
} from '../../../lib/adjust/apply-taught-fields';
import { findEncodingFields } from '../../../lib/adjust/find-encoding-fields';
import { buildLocator } from '../../../lib/page/locator';
import type { PageNode } from '../../../lib/page/node';
import { teachableField } from '../../../lib/teach/teachable-fields';

const dir = fileURLToPath(new URL('../../fixtures/adjust/', import.meta.url));
const load = (name: string) => parseHTML(readFileSync(`${dir}${name}`, 'utf8')).document;

/** What a user clicks on the renamed fixture for each field. */
const CLICKS: Record<string, string> = {
  links: '#links',
  install: '#install',
  eventToken: '.event-token',
  eventCallback: '.event-callback',
  addEvent: '#add-event',
  generated: '#generated',
};

function teachAll(): TaughtFillerLocators {
  const doc = load('encoding-tool-renamed.html');
  const taught: Record<string, unknown> = {};
  for (const [field, selector] of Object.entries(CLICKS)) {
    const many = teachableField(`adjust.${field}`)?.many ?? false;
    const target = doc.querySelector(selector) as unknown as PageNode;
    const built = buildLocator(doc.body as unknown as PageNode, target, { many });
    if (!built.ok) throw new Error(`${field}: ${built.reason}`);
    taught[field] = built.locator;
  }
  return taught as TaughtFillerLocators;
}

const id = (node: PageNode | undefined) =>
  node?.getAttribute?.('id') ?? node?.getAttribute?.('class');

describe('applyTaughtFields on the renamed Encoding tool', () => {
  it('finds every field the filler writes once taught, and says so', () => {
    const doc = load('encoding-tool-renamed.html');
    const root = doc.body as unknown as PageNode;
    const { fields, findings } = applyTaughtFields(root, findEncodingFields(root), teachAll());
    expect(fields.links.map(id)).toEqual(['links']);
    expect(fields.install.map(id)).toEqual(['install']);
    expect(fields.addEvent.map(id)).toEqual(['add-event']);
    expect(fields.generated.map(id)).toEqual(['generated']);
    expect(fields.eventRows.map((row) => [id(row.token), id(row.callback)])).toEqual([
      ['event-token', 'event-callback'],
    ]);
    expect(findings.map((f) => f.code)).toEqual(['fill.taught-used']);
  });

  it('reports taught fields missing from another page and keeps what the labels found', () => {
    const root = load('encoding-tool.html').body as unknown as PageNode;
    const builtIn = findEncodingFields(root);
    const { fields, findings } = applyTaughtFields(root, builtIn, { install: teachAll().install });
    expect(findings.map((f) => [f.code, f.path])).toEqual([['fill.taught-lost', 'install']]);
    expect(fields.install).toEqual(builtIn.install);
  });
});
