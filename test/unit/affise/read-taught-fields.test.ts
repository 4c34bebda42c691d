import { describe, expect, it } from 'vitest';
import { readOfferPage } from '../../../lib/affise/read-offer-page';
import type { TaughtReaderLocators } from '../../../lib/affise/read-taught-fields';
import { buildLocator } from '../../../lib/page/locator';
import type { PageNode } from '../../../lib/page/node';
import { teachableField } from '../../../lib/teach/teachable-fields';
import { fieldValues, TAUGHT_OTHER_LANGUAGE_FIELDS } from '../../fixtures/affise/expected-offers';
import { loadFixture } from './load-fixture';

const READ_AT = '2025-03-04T05:06:07.000Z';
const URL = 'https://nordlicht.affise.com/affise/offer-other-language.html';

/** What a user clicks on the German fixture for each field, as a CSS selector. */
const CLICKS: Record<string, string> = {
  offerId: '[data-testid=shown-id]',
  title: 'input',
  trackingUrl: 'textarea',
  postbackUrl: 'code',
  goalValue: 'tbody tr:first-child td:nth-child(2)',
  goalTitle: 'tbody tr:first-child td:nth-child(3)',
  revenue: 'tbody tr:first-child td:nth-child(4)',
  payout: 'tbody tr:first-child td:nth-child(5)',
};

function teachAll(): TaughtReaderLocators {
  const doc = loadFixture('offer-other-language.html') as unknown as Document;
  const taught: Record<string, unknown> = {};
  for (const [field, selector] of Object.entries(CLICKS)) {
    const target = doc.querySelector(selector) as unknown as PageNode;
    const many = teachableField(`affise.${field}`)?.many ?? false;
    const built = buildLocator(doc.body as unknown as PageNode, target, { many });
    if (!built.ok) throw new Error(`${field}: ${built.reason}`);
    taught[field] = built.locator;
  }
  return taught as TaughtReaderLocators;
}

describe('reading a page whose labels Postbridge does not know, once taught', () => {
  it('finds nothing before teaching', () => {
    const result = readOfferPage(loadFixture('offer-other-language.html'), {
      url: URL,
      readAt: READ_AT,
    });
    expect(result.read).toBeNull();
  });

  it('reads every field from a fresh copy of the page with the taught locators', () => {
    const result = readOfferPage(loadFixture('offer-other-language.html'), {
      url: URL,
      readAt: READ_AT,
      taught: teachAll(),
    });
    expect(result.findings).toEqual([]);
    expect(result.read?.offerId).toBe('73');
    expect(fieldValues(result.read?.fields ?? {})).toEqual(TAUGHT_OTHER_LANGUAGE_FIELDS);
  });

  it('reports a taught field that is gone and falls back to the built-in labels', () => {
    const taught = teachAll();
    const result = readOfferPage(loadFixture('offer-all-tabs.html'), {
      url: 'https://rocketcompany.affise.com/offer/edit/12',
      readAt: READ_AT,
      taught: { trackingUrl: taught.trackingUrl },
    });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['affise.taught-lost', 'trackingUrl'],
    ]);
    expect(result.read?.fields.trackingUrl?.value).toContain('https://app.adjust.com/abc123');
  });
});
