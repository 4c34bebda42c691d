import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findTrackingUrlControls } from '@/lib/affise/find-tracking-url-controls';

function page(html: string) {
  return parseHTML(html).document;
}

function fixture(name: string) {
  return page(readFileSync(new URL(`../../fixtures/affise/${name}`, import.meta.url), 'utf8'));
}

const ids = (nodes: ReturnType<typeof findTrackingUrlControls>) =>
  nodes.map((node) => node.getAttribute?.('id'));

describe('findTrackingUrlControls', () => {
  it.each([
    { name: 'apply-tracking-tab.html', expected: ['offer-url'] },
    { name: 'offer-all-tabs.html', expected: ['offer-url'] },
  ])('finds the Tracking URL control of $name by its label', ({ name, expected }) => {
    const document = fixture(name);
    expect(ids(findTrackingUrlControls(document.body))).toEqual(expected);
  });

  it('never takes another field’s control for it', () => {
    const document = page(`<html><body>
      <div><span>Tracking URL</span></div>
      <div><label for="title">Title</label><input id="title"></div>
    </body></html>`);
    expect(findTrackingUrlControls(document.body)).toEqual([]);
  });

  it('finds nothing on a page without the label', () => {
    const document = page('<html><body><label>Name <input id="name"></label></body></html>');
    expect(findTrackingUrlControls(document.body)).toEqual([]);
  });
});
