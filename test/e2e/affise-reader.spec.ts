import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { AffiseFixture } from '../../lib/affise/page-labels';
import { answerAffiseApi } from '../fixtures/affise/api/mock-api-server';
import {
  AFFISE_API_OFFER_12,
  AFFISE_API_OFFER_12_GOALS,
  MOCK_API_KEY,
  MOCK_BAD_SHAPE_OFFER_ID,
} from '../fixtures/affise/api/responses';
import { EXPECTED_OFFERS, fieldValues } from '../fixtures/affise/expected-offers';
import { type ExtensionApi, expect, type FixtureServer, test } from './fixtures';
import {
  openFixturePage,
  type StoredOffer,
  storedOffer,
  storedOffers,
} from './pages/extension-tabs';

declare const chrome: ExtensionApi;

function fixtureUrl(server: FixtureServer, fixture: AffiseFixture): string {
  return server.url(`/affise/${fixture.split('#')[0]}`, {
    host: EXPECTED_OFFERS[fixture].host,
    https: true,
  });
}

function openFixture(context: BrowserContext, server: FixtureServer, fixture: AffiseFixture) {
  return openFixturePage(context, fixtureUrl(server, fixture), 'domcontentloaded');
}

/** Waits until the stored offer holds exactly the fields the fixture shows. */
async function expectStored(worker: Worker, fixture: AffiseFixture): Promise<StoredOffer> {
  const expected = EXPECTED_OFFERS[fixture];
  if (!expected.offer) throw new Error(`${fixture} holds no offer`);
  const { network, offerId, ...fields } = expected.offer;
  const key = `${network}/${offerId}`;
  await expect
    .poll(
      async () => {
        const offer = await storedOffer(worker, key);
        return offer ? fieldValues(offer.fields as Parameters<typeof fieldValues>[0]) : null;
      },
      { message: `the content script stores ${fixture} as ${key}`, timeout: 10_000 },
    )
    .toEqual(fields);
  const offer = await storedOffer(worker, key);
  if (!offer) throw new Error(`${key} vanished from storage`);
  return offer;
}

const STATIC_FIXTURES = [
  'offer-all-tabs.html',
  'offer-other-markup.html',
  'offer-no-postback.html',
  'offer-empty-tracking-url.html',
] as const satisfies readonly AffiseFixture[];

for (const fixture of STATIC_FIXTURES) {
  test(`the content script reads ${fixture} and stores it field for field`, async ({
    context,
    fixtureServer,
    serviceWorker,
  }) => {
    const { page, consoleErrors } = await openFixture(context, fixtureServer, fixture);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const offer = await expectStored(serviceWorker, fixture);
    expect(offer.adminHost).toBe(EXPECTED_OFFERS[fixture].host);
    for (const [name, field] of Object.entries(offer.fields)) {
      expect(field?.source, `${name} is marked as read from the page`).toBe('page');
    }
    // It only reads: the page is exactly as it was before the scan.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(consoleErrors).toEqual([]);
  });
}

test('an offers list page yields nothing', async ({ context, fixtureServer, serviceWorker }) => {
  await openFixture(context, fixtureServer, 'offers-list.html');
  // A positive control opened afterwards: once it is stored, the list page has had its turn.
  await openFixture(context, fixtureServer, 'offer-no-postback.html');
  await expectStored(serviceWorker, 'offer-no-postback.html');
  expect(Object.keys(await storedOffers(serviceWorker))).toEqual(['rocketcompany/45']);
});

test('switching tabs in the lazy offer page fills in the rest of the offer', async ({
  context,
  fixtureServer,
  serviceWorker,
  openExtensionPage,
}) => {
  const { page, consoleErrors } = await openFixture(context, fixtureServer, 'offer-lazy-tabs.html');
  await expectStored(serviceWorker, 'offer-lazy-tabs.html');
  const key = 'rocketcompany/27';
  const { page: extensionPage } = await openExtensionPage('options.html');
  const missing = async () =>
    (
      (await extensionPage.evaluate(
        (k) => chrome.runtime.sendMessage({ type: 'getOffer', key: k }),
        key,
      )) as {
        data: { missing: { field: string; hint: string }[] };
      }
    ).data.missing;
  expect((await missing()).map((m) => m.field)).toEqual([
    'trackingUrl',
    'postbackUrl',
    'goals',
    'secureCode',
  ]);
  expect((await missing()).find((m) => m.field === 'goals')?.hint).toContain('Payouts tab');

  const tab = (name: string) => page.getByRole('tab', { name });
  await tab('Payouts').click();
  await expect(page).toHaveURL(/\?tab=payouts$/);
  await expect
    .poll(async () => (await storedOffer(serviceWorker, key))?.fields.goals?.value, {
      timeout: 10_000,
    })
    .toEqual(EXPECTED_OFFERS['offer-lazy-tabs.html#opened'].offer?.goals);
  await tab('Tracking').click();
  await expect
    .poll(async () => (await storedOffer(serviceWorker, key))?.fields.trackingUrl?.value, {
      timeout: 10_000,
    })
    .toBe(EXPECTED_OFFERS['offer-lazy-tabs.html#opened'].offer?.trackingUrl);
  await tab('Postbacks').click();
  await expectStored(serviceWorker, 'offer-lazy-tabs.html#opened');
  expect(await missing()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('"Read this page" reads the tab once through the background', async ({
  context,
  fixtureServer,
  serviceWorker,
  openExtensionPage,
}) => {
  const { page } = await openFixture(context, fixtureServer, 'offer-other-markup.html');
  await expectStored(serviceWorker, 'offer-other-markup.html');
  await serviceWorker.evaluate(() => chrome.storage.local.set({ affiseOffers: {} }));
  const url = page.url();
  const { page: extensionPage } = await openExtensionPage('options.html');
  // Affise hosts are host permissions, so the extension sees these tabs' addresses.
  const [tabId] = await serviceWorker.evaluate(
    async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id),
    url,
  );
  const reply = (await extensionPage.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'readTabOffer', tabId: id }),
    tabId,
  )) as { ok: boolean; data: { offer: StoredOffer | null; findings: { code: string }[] } };
  expect(reply.ok).toBe(true);
  expect(reply.data.offer?.key).toBe('spacecorp/31');
  expect(reply.data.findings.map((f) => f.code)).toEqual(
    EXPECTED_OFFERS['offer-other-markup.html'].findings,
  );
  await expectStored(serviceWorker, 'offer-other-markup.html');
});

test.describe('Affise API fallback', () => {
  const API_HOST = 'api-rocketcompany.affise.com';

  function routeApi(server: FixtureServer): void {
    for (const id of [String(AFFISE_API_OFFER_12.offer.id), '404040', MOCK_BAD_SHAPE_OFFER_ID]) {
      server.route(`/3.0/offer/${id}`, (request) => {
        const key = request.headers['api-key'];
        const { status, body } = answerAffiseApi(
          request.method,
          request.path,
          typeof key === 'string' ? key : undefined,
        );
        return {
          status,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        };
      });
    }
  }

  async function saveSettings(
    options: Page,
    worker: Worker,
    apiHost: string,
    apiKey: string,
  ): Promise<void> {
    await options.getByLabel('API host').fill(apiHost);
    await options.getByLabel('API key').fill(apiKey);
    await options.getByRole('button', { name: 'Save API settings' }).click();
    await expect
      .poll(() =>
        worker.evaluate(async () => (await chrome.storage.local.get('affiseApi')).affiseApi),
      )
      .toEqual({ apiHost, apiKey });
    await expect(options.getByRole('status')).toContainText('Saved.');
  }

  /** A port on 127.0.0.1 that nothing listens on any more. */
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }

  async function loadOffer(options: Page, offerId: string): Promise<void> {
    await options.getByLabel('Offer id').fill(offerId);
    await options.getByRole('button', { name: 'Load offer' }).click();
  }

  test('loads offer 12 into the store and explains 401, 404, bad shapes and network failures', async ({
    fixtureServer,
    serviceWorker,
    openExtensionPage,
  }) => {
    routeApi(fixtureServer);
    const { page: options, consoleErrors } = await openExtensionPage('options.html');
    const base = new URL(fixtureServer.url('/', { host: API_HOST, https: true })).origin;

    await saveSettings(options, serviceWorker, base, MOCK_API_KEY);
    await expect(options.getByTestId('api-key-state')).toHaveText(
      `Saved key: ${'•'.repeat(8)}${MOCK_API_KEY.slice(-4)}`,
    );
    await expect(options.getByLabel('API key')).toHaveValue('');

    await loadOffer(options, '12');
    const loaded = options.getByTestId('loaded-offer');
    await expect(loaded).toContainText('Offer 12 · rocketcompany');
    await expect(loaded.locator('[data-field="postbackUrl"]')).toContainText('assembled');
    const offer = await storedOffer(serviceWorker, 'rocketcompany/12');
    expect(offer?.fields.trackingUrl).toMatchObject({
      value: AFFISE_API_OFFER_12.offer.url,
      source: 'api',
    });
    expect(offer?.fields.postbackUrl).toMatchObject({
      value: `https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=${AFFISE_API_OFFER_12.offer.hash_password}`,
      source: 'assembled',
    });
    expect(offer?.fields.goals?.value).toEqual(AFFISE_API_OFFER_12_GOALS);
    const apiRequest = fixtureServer.requests.find((r) => r.path === '/3.0/offer/12');
    expect(apiRequest?.headers['api-key']).toBe(MOCK_API_KEY);
    expect(apiRequest?.host).toBe(new URL(base).host);

    const error = options.getByTestId('load-error');
    await loadOffer(options, '404040');
    await expect(error).toContainText('No such offer (404)');
    await loadOffer(options, MOCK_BAD_SHAPE_OFFER_ID);
    await expect(error).toContainText('not an offer');

    await saveSettings(options, serviceWorker, base, 'not-the-right-key');
    await loadOffer(options, '12');
    await expect(error).toContainText('The API key was refused (401)');
    await expect(error).not.toContainText('not-the-right-key');

    await saveSettings(
      options,
      serviceWorker,
      `https://${API_HOST}:${await closedPort()}`,
      MOCK_API_KEY,
    );
    await loadOffer(options, '12');
    await expect(error).toContainText('The API could not be reached');
    expect(consoleErrors).toEqual([]);
  });
});
