import { expect, test } from 'vitest';
import { buildLink } from '../../lib/link/build-link';
import { inspectLink } from '../../lib/link/inspect-link';
import { EXPECTED_INPUT, OFFER, OFFER_FIXTURE, OFFER_KEY, OFFER_PATH, TOKENS } from './offer';
import { AffiseOfferPage } from './pages/affise-offer-page';
import { ExtensionApiPage } from './pages/extension-api';
import { POPUP_NAMES, PopupPage } from './pages/popup-page';
import { until } from './pages/until';
import { openWebTab } from './pages/web-tab';
import { useFirefox } from './suite';

const suite = useFirefox(import.meta.filename);

test('the Affise content script reads the offer over HTTPS on the real host name', async () => {
  const { firefox, server } = suite();
  const mark = firefox.log.mark();
  const api = await ExtensionApiPage.open(firefox);
  const url = server.url(OFFER_PATH, { host: OFFER_FIXTURE.host, https: true });
  expect(url).toMatch(/^https:\/\/rocketcompany\.affise\.com:\d+\//);
  const tab = await openWebTab(firefox, api, url);
  const stored = await api.waitForStoredOffer(OFFER_KEY, OFFER.goals.length);
  expect(stored.adminHost).toBe(OFFER_FIXTURE.host);
  expect(stored.fields.title?.value).toBe(OFFER.title);
  expect(stored.fields.trackingUrl?.value).toBe(OFFER.trackingUrl);
  expect(stored.fields.postbackUrl?.value).toBe(OFFER.postbackUrl);
  expect(stored.fields.secureCode?.value).toBe(OFFER.secureCode);
  expect(stored.fields.goals?.value).toEqual(OFFER.goals);
  expect(stored.fields.trackingUrl?.source).toBe('page');
  await tab.page.close();
  await api.page.close();
  expect(await firefox.problemsSince(mark)).toEqual([]);
});

test('the popup builds the link for that tab: install and event callbacks, byte for byte the engine’s', async () => {
  const { firefox, server } = suite();
  const api = await ExtensionApiPage.open(firefox);
  await api.clearStorage();
  const mark = firefox.log.mark();
  const tab = await openWebTab(
    firefox,
    api,
    server.url(OFFER_PATH, { host: OFFER_FIXTURE.host, https: true }),
  );
  await api.waitForTabOffer(tab.tabId, OFFER_KEY);

  const popup = await PopupPage.open(firefox, { tabId: tab.tabId });
  expect(await popup.offerOrigin()).toBe('tab');
  await popup.setEventToken('purchase', TOKENS.purchase);
  await popup.setEventToken('reg', TOKENS.reg);

  const expected = buildLink(EXPECTED_INPUT);
  if (!expected.link) throw new Error('the engine builds no link for the fixture offer');
  await popup.waitForLink(expected.link);
  // What the link carries, read back with the engine: Affise's click id in the install callback,
  // one event callback per mapped token.
  const shown = inspectLink(expected.link);
  expect(shown.callbacks.map((callback) => callback.param).sort()).toEqual(
    ['event_callback_pur123', 'event_callback_reg456', 'install_callback'].sort(),
  );
  const install = shown.callbacks.find((callback) => callback.param === 'install_callback');
  expect(install?.url).toContain('clickid={clickid}');
  expect(install?.url).toMatch(/^https:\/\/offers-rocketcompany\.affise\.com\/postback\?/);
  await popup.close();
  await tab.page.close();
  await api.page.close();
  expect(await firefox.problemsSince(mark)).toEqual([]);
});

test('“Apply to offer” writes the built link into the Affise Tracking URL field, unsaved', async () => {
  const { firefox, server } = suite();
  const api = await ExtensionApiPage.open(firefox);
  const tab = await openWebTab(
    firefox,
    api,
    server.url(OFFER_PATH, { host: OFFER_FIXTURE.host, https: true }),
  );
  await api.waitForTabOffer(tab.tabId, OFFER_KEY);
  const mark = firefox.log.mark();
  const popup = await PopupPage.open(firefox, { tabId: tab.tabId });
  await popup.setEventToken('purchase', TOKENS.purchase);
  await popup.setEventToken('reg', TOKENS.reg);
  const link = buildLink(EXPECTED_INPUT).link ?? '';
  await popup.waitForLink(link);

  const affise = new AffiseOfferPage(tab.page);
  await affise.showTrackingTab();
  await popup.click(POPUP_NAMES.applyToOffer);
  await until('the Tracking URL field to hold the link', async () =>
    (await affise.trackingUrl()) === link ? true : undefined,
  );
  // The reader sees the field change and reads the offer again, as it does while the user edits.
  await until('the reader to store the applied link', async () =>
    (await api.storedOffers())[OFFER_KEY]?.fields.trackingUrl?.value === link ? true : undefined,
  );
  await popup.close();
  await tab.page.close();
  await api.page.close();
  expect(await firefox.problemsSince(mark)).toEqual([]);
});
