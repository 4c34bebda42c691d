import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { buildLink } from '../../lib/link/build-link';
import type { GenerateInput } from '../../lib/link/schemas';
import { FillAdjustEncodingToolResponseSchema, TabReplySchema } from '../../lib/messages/page-fill';
import { TAUGHT_OTHER_LANGUAGE_FIELDS } from '../fixtures/affise/expected-offers';
import { type ExtensionApi, expect, launchExtension, test } from './fixtures';
import { tabIdOf } from './pages/extension-tabs';
import {
  openPopupFor,
  pickStatus,
  serviceWorkerOf,
  startPick,
  taughtFields,
  teachByClick,
} from './pages/teach';

declare const chrome: ExtensionApi;

// Each test teaches several fields with real input, one pick mode after another.
test.slow();

const GERMAN_HOST = 'nordlicht.affise.com';
const GERMAN_PAGE = '/affise/offer-other-language.html';
const ADJUST_HOST = 'help.adjust.com';

/** Where a user clicks on the German fixture for each reader field. */
const GERMAN_CLICKS: [string, string][] = [
  ['affise.offerId', '[data-testid=shown-id]'],
  ['affise.trackingUrl', 'textarea'],
  ['affise.postbackUrl', 'code'],
  ['affise.goalValue', 'tbody tr:first-child td:nth-child(2)'],
  ['affise.goalTitle', 'tbody tr:first-child td:nth-child(3)'],
  ['affise.revenue', 'tbody tr:first-child td:nth-child(4)'],
  ['affise.payout', 'tbody tr:first-child td:nth-child(5)'],
];

async function storedGerman(worker: Worker): Promise<Record<string, unknown> | null> {
  return worker.evaluate(async () => {
    const { affiseOffers } = await chrome.storage.local.get('affiseOffers');
    const offer = (
      affiseOffers as Record<string, { fields: Record<string, { value: unknown }> }> | undefined
    )?.['nordlicht/73'];
    return offer
      ? Object.fromEntries(Object.entries(offer.fields).map(([k, f]) => [k, f.value]))
      : null;
  });
}

async function openGerman(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('load');
}

test('a page in another language is taught field by field with real clicks, then read after a reload', async ({
  context,
  fixtureServer,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await openGerman(page, fixtureServer.url(GERMAN_PAGE, { host: GERMAN_HOST, https: true }));
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopupFor(context, serviceWorker, tabId);
  expect(await storedGerman(serviceWorker)).toBeNull();

  // Esc leaves pick mode without teaching anything.
  await startPick(popup, page, 'affise.title');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-postbridge-pick]')).toHaveCount(0);
  expect(await taughtFields(serviceWorker, GERMAN_HOST)).toEqual([]);

  // Keyboard only: Tab reaches the title input, Enter chooses it.
  await startPick(popup, page, 'affise.title');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(pickStatus(page)).toContainText('from now on');
  await expect.poll(() => taughtFields(serviceWorker, GERMAN_HOST)).toEqual(['affise.title']);

  for (const [field, selector] of GERMAN_CLICKS) {
    await teachByClick(popup, page, serviceWorker, GERMAN_HOST, field, selector);
  }
  await expect
    .poll(() => storedGerman(serviceWorker), { timeout: 10_000 })
    .toEqual(TAUGHT_OTHER_LANGUAGE_FIELDS);

  // The popup marks what was read where the user showed it.
  await popup.reload();
  await expect(popup.locator('[data-taught-found]')).toContainText('Tracking URL');

  // A reload reads the page again, with nothing taught anew.
  await serviceWorker.evaluate(() => chrome.storage.local.remove('affiseOffers'));
  await page.reload();
  await expect
    .poll(() => storedGerman(serviceWorker), { timeout: 10_000 })
    .toEqual(TAUGHT_OTHER_LANGUAGE_FIELDS);
});

const INPUT: GenerateInput = {
  adjustLink: 'https://app.adjust.com/abc123?campaign={offer_id}',
  postbackUrl: 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}',
  install: { goal: '1' },
  events: [{ goal: 'purchase', token: 'pur777' }],
};

async function fill(extensionPage: Page, tabId: number) {
  const result = buildLink(INPUT);
  const raw = await extensionPage.evaluate(
    ([id, message]) => chrome.tabs.sendMessage(id, message, { frameId: 0 }),
    [tabId, { type: 'fillAdjustEncodingTool', adjustLink: INPUT.adjustLink, result }] as const,
  );
  return TabReplySchema.parse(raw);
}

test('an Encoding-tool page with renamed labels is taught the same way and filled', async ({
  context,
  fixtureServer,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(
    fixtureServer.url('/adjust/encoding-tool-renamed.html', { host: ADJUST_HOST, https: true }),
  );
  await page.waitForLoadState('load');
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopupFor(context, serviceWorker, tabId);

  const before = await fill(popup, tabId);
  expect(before.ok).toBe(false);
  if (!before.ok) expect(before.code).toBe('field-not-found');

  const clicks: [string, string][] = [
    ['adjust.links', '#links'],
    ['adjust.install', '#install'],
    ['adjust.eventToken', '.event-token'],
    ['adjust.eventCallback', '.event-callback'],
    ['adjust.addEvent', '#add-event'],
    ['adjust.generated', '#generated'],
  ];
  for (const [field, selector] of clicks) {
    await teachByClick(popup, page, serviceWorker, ADJUST_HOST, field, selector);
  }
  // Choosing the button taught it; the page's own click handler never ran.
  await expect(page.locator('.event-row')).toHaveCount(1);

  const reply = await fill(popup, tabId);
  if (!reply.ok) throw new Error(`fill failed: ${reply.code}: ${reply.message}`);
  const data = FillAdjustEncodingToolResponseSchema.parse(reply.data);
  expect(data.comparison.verdict).toBe('equivalent');
  expect(data.findings.map((f) => f.code)).toContain('fill.taught-used');
  expect(await page.locator('#generated').inputValue()).toContain('event_callback_pur777=');
});

test('a setup exported on one profile and imported on a fresh one reads the taught page there', async ({
  context,
  fixtureServer,
  serviceWorker,
}) => {
  const url = fixtureServer.url(GERMAN_PAGE, { host: GERMAN_HOST, https: true });
  const page = await context.newPage();
  await openGerman(page, url);
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopupFor(context, serviceWorker, tabId);
  for (const [field, selector] of GERMAN_CLICKS.slice(0, 2)) {
    await teachByClick(popup, page, serviceWorker, GERMAN_HOST, field, selector);
  }

  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(serviceWorker.url()).host}/options.html`);
  await expect(
    options.locator('[data-taught-host="nordlicht.affise.com"] [data-taught-field]'),
  ).toHaveCount(2);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.locator('[data-action="export-setup"]').click(),
  ]);
  const file = await download.path();
  const exported = readFileSync(file, 'utf8');
  expect(exported).toContain('"format": "postbridge-setup"');

  const fresh = await launchExtension();
  try {
    const freshWorker = await serviceWorkerOf(fresh);
    const freshOptions = await fresh.newPage();
    await freshOptions.goto(`chrome-extension://${new URL(freshWorker.url()).host}/options.html`);
    await expect(freshOptions.locator('[data-testid="nothing-taught"]')).toBeVisible();
    await freshOptions.locator('[data-action="import-setup"]').setInputFiles(file);
    await expect(freshOptions.locator('[data-import-changes]')).toContainText(
      'nordlicht.affise.com · affise.trackingUrl',
    );
    await freshOptions.locator('[data-action="confirm-import"]').click();
    await expect(
      freshOptions.locator('[data-taught-host="nordlicht.affise.com"] [data-taught-field]'),
    ).toHaveCount(2);

    const freshPage = await fresh.newPage();
    await openGerman(freshPage, url);
    await expect
      .poll(async () => (await storedGerman(freshWorker))?.trackingUrl, { timeout: 10_000 })
      .toBe(TAUGHT_OTHER_LANGUAGE_FIELDS.trackingUrl);
  } finally {
    await fresh.close();
  }
});

test('"Page report" copies the page structure without its values', async ({
  context,
  fixtureServer,
  serviceWorker,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(
    fixtureServer.url('/affise/offer-table-layout.html', { host: 'orbit.affise.com', https: true }),
  );
  await page.waitForLoadState('load');
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopupFor(context, serviceWorker, tabId);
  await popup.locator('[data-action="page-report"]').click();
  const report = popup.locator('[data-page-report]');
  await expect(report).toContainText('Host: orbit.affise.com');
  await expect(report).toContainText('columns: countries | goal value | goal title');
  const text = (await report.textContent()) ?? '';
  for (const value of [
    '0rb1t5ecre7c0de',
    'https://',
    'orb44',
    'Orbit Farm',
    'level10',
    'Subscription',
  ]) {
    expect(text.toLowerCase(), `the report shows “${value}”`).not.toContain(value.toLowerCase());
  }
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(text);
});
