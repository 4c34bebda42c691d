import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { buildLink } from '../../lib/link/build-link';
import { answerAffiseApi } from '../fixtures/affise/api/mock-api-server';
import { MOCK_API_KEY } from '../fixtures/affise/api/responses';
import { EXPECTED_OFFERS } from '../fixtures/affise/expected-offers';
import { multiplyingScenario } from '../fuzz/attack-scenarios';
import { EXTENSION_ID, type ExtensionApi, expect, test } from './fixtures';
import { openFixturePage, storedOffer, tabIdShowing } from './pages/extension-tabs';

declare const chrome: ExtensionApi;
declare const window: { fixtureLog: string[]; postMessage(message: unknown, target: string): void };

/**
 * Issue 10 against the built extension: each test replays an attack from the adversarial review,
 * then checks that it does no harm.
 */

const AFFISE = 'rocketcompany.affise.com';

/**
 * Runs `expression` inside the Postbridge content script's isolated world of `page`, as a
 * compromised or hostile content-script context would: through the DevTools protocol.
 */
async function inContentScript(context: BrowserContext, page: Page, expression: string) {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.name === 'Postbridge')).toBe(true);
  const world = worlds.find((w) => w.name === 'Postbridge' && w.auxData?.type === 'isolated');
  const { result } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world?.id,
    awaitPromise: true,
    returnByValue: true,
  });
  return result.value as unknown;
}

test('§6 a page cannot switch off the Affise reader with WXT’s "script started" event', async ({
  context,
  fixtureServer,
  serviceWorker,
}) => {
  const { page } = await openFixturePage(
    context,
    fixtureServer.url('/affise/offer-lazy-tabs.html', { host: AFFISE, https: true }),
    'domcontentloaded',
  );
  const key = 'rocketcompany/27';
  await expect.poll(() => storedOffer(serviceWorker, key), { timeout: 10_000 }).not.toBeNull();

  // The attack: the event name is public (extension id + entrypoint), any page can dispatch it.
  await page.evaluate((id) => {
    const type = `${id}:affise:wxt:content-script-started`;
    const detail = { contentScriptName: 'affise', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, contentScriptName: 'affise', messageId: 'page' }, '*');
  }, EXTENSION_ID);

  await page.getByRole('tab', { name: 'Payouts' }).click();
  await expect
    .poll(async () => (await storedOffer(serviceWorker, key))?.fields.goals, { timeout: 10_000 })
    .toMatchObject({ value: EXPECTED_OFFERS['offer-lazy-tabs.html#opened'].offer?.goals });
});

test('§3 a content script can neither list offers nor store one under another host', async ({
  context,
  fixtureServer,
  serviceWorker,
}) => {
  const url = fixtureServer.url('/affise/offer-all-tabs.html', { host: AFFISE, https: true });
  const { page } = await openFixturePage(context, url, 'domcontentloaded');
  await expect
    .poll(() => storedOffer(serviceWorker, 'rocketcompany/12'), { timeout: 10_000 })
    .not.toBeNull();

  const listed = await inContentScript(
    context,
    page,
    `chrome.runtime.sendMessage({ type: 'listOffers' })`,
  );
  expect(listed).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  const cleared = await inContentScript(
    context,
    page,
    `chrome.runtime.sendMessage({ type: 'clearDryRuns' })`,
  );
  expect(cleared).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // The API key and every secure code live in storage.local: closed to content scripts.
  const storageRead = await inContentScript(
    context,
    page,
    `chrome.storage.local.get(null).then((v) => JSON.stringify(v), (e) => 'refused: ' + e.message)`,
  );
  expect(String(storageRead)).toMatch(/^refused: |^undefined$/);

  const spoofed = await inContentScript(
    context,
    page,
    `chrome.runtime.sendMessage({ type: 'offerPageScanned', scan: {
      url: 'https://othernetwork.affise.com/offer/edit/99', offerIdInUrl: '99', shownOfferId: null,
      title: 'Planted', trackingUrl: null, postbackUrl: null, payoutRows: null } })`,
  );
  expect(spoofed).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await storedOffer(serviceWorker, 'othernetwork/99')).toBeNull();
});

test('§6 "Fill Adjust Encoding tool" refuses a look-alike page and writes nothing there', async ({
  context,
  fixtureServer,
  serviceWorker,
  openExtensionPage,
}) => {
  const url = fixtureServer.url('/adjust/encoding-tool.html', {
    host: 'copy.affise.com',
    https: true,
  });
  const { page } = await openFixturePage(context, url, 'domcontentloaded');
  const tabId = await tabIdShowing(serviceWorker, url);
  const { page: extension } = await openExtensionPage('popup.html');

  const verdict = await extension.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'checkFillTarget', tabId: id }),
    tabId,
  );
  expect(verdict).toMatchObject({ ok: true, data: { allowed: false } });
  expect(JSON.stringify(verdict)).toContain(
    `Postbridge fills the Encoding tool only on https://help.adjust.com, because a copy on another site (https://copy.affise.com:${fixtureServer.httpsPort})`,
  );

  // Even when the fill script is made to run there and asked directly, it refuses.
  const input = {
    adjustLink: 'https://app.adjust.com/abc123?campaign={offer_id}',
    postbackUrl: 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=s3cr3t',
    install: { goal: '1' },
  };
  const reply = await extension.evaluate(
    async ([id, request]) => {
      await chrome.scripting.executeScript({
        target: { tabId: id },
        files: ['/content-scripts/adjust.js'],
      });
      return chrome.tabs.sendMessage(id, request, { frameId: 0 });
    },
    [
      tabId,
      { type: 'fillAdjustEncodingTool', adjustLink: input.adjustLink, result: buildLink(input) },
    ] as const,
  );
  expect(reply).toMatchObject({ ok: false, code: 'wrong-page' });
  const log = await page.evaluate(() => window.fixtureLog);
  expect(log.filter((entry) => entry.startsWith('input:'))).toEqual([]);
  expect(await page.content()).not.toContain('s3cr3t');
});

test('§2 the API key never follows a redirect, and the message names the host', async ({
  fixtureServer,
  serviceWorker,
  openExtensionPage,
}) => {
  const apiHost = 'api-rocketcompany.affise.com';
  const collector = fixtureServer.url('/collect', { host: 'collector.g2afse.com', https: true });
  fixtureServer.route('/3.0/offer/12', { status: 302, headers: { location: collector } });
  fixtureServer.route('/collect', (request) => {
    const key = request.headers['api-key'];
    return {
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
      body: JSON.stringify(
        answerAffiseApi('GET', '/3.0/offer/12', typeof key === 'string' ? key : MOCK_API_KEY).body,
      ),
    };
  });
  const { page: options } = await openExtensionPage('options.html');
  const base = new URL(fixtureServer.url('/', { host: apiHost, https: true })).origin;
  await options.getByLabel('API host').fill(base);
  await options.getByLabel('API key').fill(MOCK_API_KEY);
  await options.getByRole('button', { name: 'Save API settings' }).click();
  await expect(options.getByRole('status')).toContainText('Saved.');

  await options.getByLabel('Offer id').fill('12');
  await options.getByRole('button', { name: 'Load offer' }).click();
  const error = options.getByTestId('load-error');
  await expect(error).toContainText('The API tried to redirect the request');
  await expect(error).toContainText('tried to send the request on to collector.g2afse.com');
  const collected = fixtureServer.requests.filter((r) => r.path === '/collect');
  expect(collected.map((r) => r.headers['api-key'])).toEqual(collected.map(() => undefined));
  expect(await storedOffer(serviceWorker, 'rocketcompany/12')).toBeNull();
});

test('§2 an http:// API host is refused with a sentence saying why', async ({
  openExtensionPage,
}) => {
  const { page: options } = await openExtensionPage('options.html');
  await options.getByLabel('API host').fill('http://api-rocketcompany.affise.com');
  await options.getByLabel('API key').fill(MOCK_API_KEY);
  await options.getByRole('button', { name: 'Save API settings' }).click();
  await expect(options.getByRole('alert')).toContainText(
    'The API host must use https://: over http:// your API key would travel unencrypted.',
  );
});

test('§4 a broken stored offer is set aside, the others kept, and the options offer an export', async ({
  serviceWorker,
  openExtensionPage,
}) => {
  const offer = (id: string) => ({
    key: `rocketcompany/${id}`,
    network: 'rocketcompany',
    offerId: id,
    adminHost: AFFISE,
    fields: {},
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  await serviceWorker.evaluate((offers) => chrome.storage.local.set({ affiseOffers: offers }), {
    'rocketcompany/1': offer('1'),
    'rocketcompany/2': { ...offer('2'), offerId: 'two' },
    'rocketcompany/3': offer('3'),
  });
  const { page: extension } = await openExtensionPage('popup.html');
  const listed = (await extension.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'listOffers' }),
  )) as {
    data: { offers: { key: string }[] };
  };
  expect(listed.data.offers.map((o) => o.key).sort()).toEqual([
    'rocketcompany/1',
    'rocketcompany/3',
  ]);

  const { page: options } = await openExtensionPage('options.html');
  const section = options.getByTestId('stored-data');
  await expect(section).toContainText('One stored entry could not be read and was set aside');
  await expect(section).toContainText('rocketcompany/2');
  const download = options.waitForEvent('download');
  await section.getByRole('button', { name: 'Export set-aside data' }).click();
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported[0]).toMatchObject({ item: 'local:affiseOffers', value: { offerId: 'two' } });
});

test('§1 the service worker refuses the 1.28 MB scenario and stops a multiplying one at its caps', async ({
  openExtensionPage,
}) => {
  const { page } = await openExtensionPage('dryrun.html');
  const send = (message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

  // The reviewer's scenario kept the service worker busy for 79 s and then failed on the quota.
  const refused = await send({ type: 'runDryRun', scenario: multiplyingScenario(25) });
  expect(refused).toMatchObject({ ok: false, error: { code: 'scenario-too-large' } });
  expect(JSON.stringify(refused)).toContain('Run it with the postbridge CLI');

  // 1,000 status changes × 100 rules, 55 kB: the run ends at its caps with a finding, and is kept.
  const scenario = multiplyingScenario(999) as { affiliatePostbacks: unknown[] };
  scenario.affiliatePostbacks = Array.from({ length: 100 }, () => ({
    scope: 'global',
    url: 'https://aff.example/pb?c={sub1}&s={status}',
  }));
  const reply = (await send({ type: 'runDryRun', scenario })) as {
    ok: boolean;
    data: { stored: { run: { findings: { code: string }[] } }; notSaved?: string };
  };
  expect(reply.ok).toBe(true);
  expect(reply.data.stored.run.findings.map((f) => f.code)).toContain('dry-run-limit-reached');
  expect(reply.data.notSaved).toBeUndefined();
  expect(await send({ type: 'ping' })).toMatchObject({ ok: true });
});

test('§7 a link carrying toString, constructor and __proto__ is not read as callbacks', async ({
  openExtensionPage,
}) => {
  const { page: popup, consoleErrors } = await openExtensionPage('popup.html');
  await popup
    .locator('#pb-tracking-url')
    .fill('https://app.adjust.com/abc123?toString=1&constructor=2&__proto__=3&campaign=x');
  await popup
    .locator('#pb-postback-url')
    .fill('https://offers-rocketcompany.affise.com/postback?clickid={clickid}');
  await expect(popup.locator('body')).not.toContainText(/carries (toString|constructor|__proto__)/);
  expect(consoleErrors).toEqual([]);
});

/**
 * The reviewer's hostile page: an offer page with 5,000 payout rows that moves to a new offer id
 * every 300 ms (history.pushState and a new ID field), which filled 8.3 MB of storage in 8 s.
 */
function floodPage(): string {
  const page = readFileSync(
    new URL('../fixtures/affise/offer-all-tabs.html', import.meta.url),
    'utf8',
  );
  const rows = Array.from(
    { length: 5000 },
    (_, i) =>
      `<tr><td>All</td><td>goal-${i}</td><td>Goal ${i}</td><td>1.00</td><td>0.50</td><td>USD</td><td>Fixed</td></tr>`,
  ).join('');
  const script = `<script>
    let id = 100;
    setInterval(() => {
      id += 1;
      history.pushState(null, '', '/offer/edit/' + id);
      const old = document.getElementById('offer-id');
      const next = old.cloneNode();
      next.setAttribute('value', String(id));
      old.replaceWith(next);
    }, 300);
  </script>`;
  return page
    .replace(/<tbody>[\s\S]*?<\/tbody>/, `<tbody>${rows}</tbody>`)
    .replace('</body>', `${script}</body>`);
}

test('§5 a page flipping offer ids with 5,000 payout rows cannot fill the storage', async ({
  context,
  fixtureServer,
  serviceWorker,
}) => {
  test.setTimeout(120_000);
  fixtureServer.route('/offer/edit/100', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: floodPage(),
  });
  const { page } = await openFixturePage(
    context,
    fixtureServer.url('/offer/edit/100', { host: 'evil.affise.com', https: true }),
    'domcontentloaded',
  );
  const notices = () =>
    serviceWorker.evaluate(async () =>
      JSON.stringify(await chrome.storage.local.get('storageNotices')),
    );
  // The reader follows about two offers a second here; the 31st is refused.
  await expect
    .poll(notices, { timeout: 60_000 })
    .toContain('more than 30 different offers within ten minutes');
  await page.waitForTimeout(2000);
  const state = await serviceWorker.evaluate(async () => {
    const { affiseOffers, storageNotices } = await chrome.storage.local.get([
      'affiseOffers',
      'storageNotices',
    ]);
    const offers = Object.values(
      (affiseOffers ?? {}) as Record<string, { fields: { goals?: { value: unknown[] } } }>,
    );
    return {
      bytes: await chrome.storage.local.getBytesInUse(null),
      offers: offers.length,
      mostGoals: Math.max(0, ...offers.map((o) => o.fields.goals?.value.length ?? 0)),
      notices: ((storageNotices ?? []) as { message: string }[]).map((n) => n.message),
    };
  });
  expect(state.offers).toBeLessThanOrEqual(30);
  expect(state.mostGoals).toBeLessThanOrEqual(200);
  expect(state.bytes).toBeLessThan(1_500_000);
  expect(state.notices.join(' ')).toContain('more than 30 different offers within ten minutes');
});
