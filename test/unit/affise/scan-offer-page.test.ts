import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { OfferPageScan } from '../../../lib/affise/offer-page-scan';
import { AFFISE_FIXTURES } from '../../../lib/affise/page-labels';
import { scanNamesAnOffer, scanOfferPage } from '../../../lib/affise/scan-offer-page';
import { OfferPageScanSchema } from '../../../lib/messages/offer';
import { EXPECTED_OFFERS } from '../../fixtures/affise/expected-offers';
import { fixtureUrl, loadFixture } from './load-fixture';

const blank: OfferPageScan = {
  url: 'https://rocketcompany.affise.com/offers',
  offerIdInUrl: null,
  shownOfferId: null,
  title: null,
  trackingUrl: null,
  postbackUrl: null,
  payoutRows: null,
};

describe('scanOfferPage', () => {
  it.each(AFFISE_FIXTURES)(
    'produces a scan of %s that the background schema accepts',
    (fixture) => {
      const scan = scanOfferPage(
        loadFixture(fixture),
        fixtureUrl(fixture, EXPECTED_OFFERS[fixture].host),
      );
      expect(OfferPageScanSchema.parse(scan)).toEqual(scan);
      expect(scanNamesAnOffer(scan)).toBe(EXPECTED_OFFERS[fixture].offer !== null);
    },
  );

  it.each([
    [{ offerIdInUrl: '12' }, true],
    [{ shownOfferId: '  31 ' }, true],
    [{ shownOfferId: '#31' }, true],
    [{ shownOfferId: 'Title' }, false],
    [{}, false],
  ])('scanNamesAnOffer(%j) is %s', (shown, expected) => {
    expect(scanNamesAnOffer({ ...blank, ...shown })).toBe(expected);
  });

  it('keeps zod out of what the content script bundles, so it stays small', async () => {
    const result = await build({
      entryPoints: [
        fileURLToPath(new URL('../../../lib/affise/scan-offer-page.ts', import.meta.url)),
      ],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.includes('node_modules'))).toEqual([]);
  });
});
