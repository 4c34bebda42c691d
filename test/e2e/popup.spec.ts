import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { buildLink } from '../../lib/link/build-link';
import { inspectLink } from '../../lib/link/inspect-link';
import {
  EXPECTED_INPUT as expectedInput,
  ALL_TABS_OFFER as OFFER,
  TOKENS,
} from '../fixtures/affise/all-tabs-mapping';
import { collectConsoleErrors, type ExtensionApi, expect } from './fixtures';
import { testOnOffer } from './pages/affise-offer-tab';
import { openTab } from './pages/extension-tabs';
import { ENCODING_TOOL_URL, mapTokens, serveEncodingTool } from './pages/popup-page';

declare const chrome: ExtensionApi;

const SCREENSHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

async function openPopup(context: BrowserContext, extensionId: string, query: string) {
  const page = await context.newPage();
  const consoleErrors = collectConsoleErrors(page);
  await page.goto(`chrome-extension://${extensionId}/popup.html?${query}`);
  await expect(page.locator('[data-section="offer"]')).toBeVisible();
  return { page, consoleErrors };
}

/** The offer-all-tabs fixture open as an Affise offer page, and popups working on it. */
class OfferTab {
  constructor(
    private readonly context: BrowserContext,
    private readonly extensionId: string,
    readonly affise: { page: Page; tabId: number },
  ) {}

  /** A popup on the offer; `query` adds to its address (`&theme=dark`). */
  popup(query = '') {
    return this.popupOn(this.affise.tabId, query);
  }

  /** A popup on another tab, opened after this offer was read. */
  popupOn(tabId: number, query = '') {
    return openPopup(this.context, this.extensionId, `tab=${tabId}${query}`);
  }

  /** A first visit that maps the tokens and closes: the next popup finds them remembered. */
  async visitWithTokens(): Promise<void> {
    const first = await this.popup();
    await mapTokens(first.page, TOKENS);
    await first.page.close();
  }
}

const test = testOnOffer.extend<{ offer: OfferTab }>({
  offer: async ({ context, extensionId, affise }, use) => {
    await use(new OfferTab(context, extensionId, affise));
  },
});

/** The offer's fields fold into a one-line summary once read; this opens them for editing. */
async function openOfferFields(popup: Page) {
  const fields = popup.locator('details.pb-offer-fields');
  if (!(await fields.evaluate((d: HTMLDetailsElement) => d.open)))
    await popup.locator('[data-offer-fields-toggle]').click();
}

async function openDetails(popup: Page, selector: string) {
  const details = popup.locator(selector);
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open)))
    await details.locator('summary').first().click();
}

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.beforeEach(async ({ context }) => {
  // No origin: the popup is a chrome-extension:// page, which Playwright cannot name as one.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('builds the link from an Affise offer page, maps tokens and copies exactly what buildLink returns', async ({
  offer,
}) => {
  const expected = buildLink(expectedInput);
  expect(expected.link).not.toBeNull();
  expect(expected.findings.filter((f) => f.severity === 'error')).toEqual([]);

  const { page: popup, consoleErrors } = await offer.popup();

  // The offer is shown with the source of every field.
  await expect(popup.locator('[data-offer-origin="tab"]')).toContainText('Offer 12');
  await expect(popup.locator('#pb-tracking-url')).toHaveValue(OFFER.trackingUrl ?? '');
  await expect(popup.locator('#pb-postback-url')).toHaveValue(OFFER.postbackUrl ?? '');
  await expect(popup.locator('[data-field="pb-tracking-url"] [data-source]')).toHaveAttribute(
    'data-source',
    'page',
  );
  await expect(popup.locator('tr[data-goal]')).toHaveCount(3);
  await expect(popup.getByLabel('What goal 1 reports')).toHaveValue('install');
  await expect(popup.locator('[data-missing]')).toHaveCount(0);

  // Tokens are checked as typed: a token of the wrong length can never fire, an error at once.
  const purchaseToken = popup.getByLabel('Adjust event token, goal purchase');
  await purchaseToken.fill('Pur1');
  const length = popup.locator('[data-code="event-token-length"]');
  await expect(length).toBeVisible();
  await expect(length).toHaveAttribute('data-severity', 'error');
  await expect(length.locator('[data-plain]')).toHaveText(
    'This event token does not have 6 characters, so it can never fire: copy it again from Adjust.',
  );
  // The engine's own words, with the token, are behind "Details".
  await expect(length.locator('[data-engine-message]')).toBeHidden();
  await length.getByText('Details').click();
  await expect(length.locator('[data-engine-message]')).toContainText('"Pur1"');
  await mapTokens(popup, TOKENS);
  await expect(popup.locator('[data-code="event-token-length"]')).toHaveCount(0);

  // The postback's template {sum} is flagged next to the postback with a quick fix.
  await expect(
    popup.locator('[data-field="pb-postback-url"] [data-code="template-placeholder"]'),
  ).toContainText('{sum}');

  // The link shown and copied is byte for byte the engine's.
  await expect(popup.locator('[data-output="link"] [data-output-text]')).toHaveText(
    expected.link ?? '',
  );
  await popup.locator('[data-output="link"]').getByRole('button', { name: /Copy/ }).click();
  await expect(popup.locator('[data-output="link"] button[data-copy]')).toHaveText('Copied ✓');
  await expect(popup.getByRole('status').filter({ hasText: 'Copied' })).toContainText(
    'Copied final link',
  );
  expect(await readClipboard(popup)).toBe(expected.link);

  // Each callback is shown decoded and copies as such.
  for (const callback of expected.callbacks) {
    await expect(popup.locator(`[data-output="${callback.param}"] [data-output-text]`)).toHaveText(
      callback.url,
    );
  }
  const install = expected.callbacks.find((c) => c.activity === 'install');
  await openDetails(popup, '[data-callbacks]');
  await popup
    .locator('[data-output="install_callback"]')
    .getByRole('button', { name: /Copy/ })
    .click();
  await expect.poll(() => readClipboard(popup)).toBe(install?.url);

  // "Copy all": the link and the mapping in one block.
  await popup.getByRole('button', { name: 'Copy all' }).click();
  await expect(popup.getByRole('button', { name: 'Copied ✓' })).toBeVisible();
  const all = await readClipboard(popup);
  expect(all).toContain(expected.link);
  expect(all).toContain('- install → goal 1 (Install)');
  expect(all).toContain(`- event ${TOKENS.purchase} → goal purchase (First purchase)`);
  expect(all).toContain(`- event ${TOKENS.reg} → goal reg (Registration)`);

  expect(consoleErrors).toEqual([]);
});

test('"Read this page" reads the offer on demand, and what is missing is said with where to find it', async ({
  context,
  fixtureServer,
  serviceWorker,
  offer,
}) => {
  // Forget what the content script read on load: only the button can bring it back now.
  await serviceWorker.evaluate(async () => {
    await chrome.storage.local.remove('affiseOffers');
    await chrome.storage.session.remove('affiseTabOffers');
  });
  const { page: popup, consoleErrors } = await offer.popup();
  await expect(popup.locator('[data-offer-origin="none"]')).toBeVisible();
  await expect(popup.locator('[data-missing-field="goals"]')).toContainText('Payouts tab');
  await expect(popup.locator('[data-missing-field="trackingUrl"]')).toContainText('Tracking tab');

  await popup.getByRole('button', { name: 'Read this page' }).click();
  await expect(popup.locator('[data-offer-origin="tab"]')).toContainText('Offer 12');
  await expect(popup.locator('tr[data-goal]')).toHaveCount(3);
  await expect(popup.locator('[data-missing]')).toHaveCount(0);

  // The lazy variant has shown only its General tab: the popup says which tabs to open.
  const lazyUrl = fixtureServer.url('/affise/offer-lazy-tabs.html', {
    host: 'rocketcompany.affise.com',
    https: true,
  });
  const lazy = await openTab(context, serviceWorker, lazyUrl);
  const second = await offer.popupOn(lazy.tabId);
  await second.page.getByRole('button', { name: 'Read this page' }).click();
  await expect(second.page.locator('[data-offer-origin="tab"]')).toContainText('Offer 27');
  await expect(second.page.locator('[data-missing-field="goals"]')).toContainText(
    'Open the Payouts tab to read goals',
  );
  await expect(second.page.locator('[data-missing-field="postbackUrl"]')).toContainText(
    'Postbacks tab',
  );
  expect(consoleErrors).toEqual([]);
  expect(second.consoleErrors).toEqual([]);
});

test('an error stops the first copy, shows why, and still lets the user copy deliberately', async ({
  offer,
}) => {
  const { page: popup } = await offer.popup();
  await popup.evaluate(() => navigator.clipboard.writeText('before'));

  await mapTokens(popup, TOKENS);
  // The same token for two goals is an error, shown on the row of the second goal.
  await popup.getByLabel('Adjust event token, goal reg').fill(TOKENS.purchase);
  const duplicate = popup.locator('[data-code="event-token-duplicate"]');
  await expect(duplicate).toBeVisible();
  await expect(duplicate).toContainText('Error:');

  await popup.locator('[data-output="link"]').getByRole('button', { name: /Copy/ }).click();
  const gate = popup.locator('[data-copy-gate]');
  await expect(gate).toBeVisible();
  await expect(gate).toBeFocused();
  await expect(gate).toContainText(
    'Two goals have the same event token: give each goal its own token, or leave one out.',
  );
  expect(await readClipboard(popup)).toBe('before');

  await gate.getByRole('button', { name: 'Show' }).first().click();
  await expect(duplicate).toBeFocused();

  await gate.getByRole('button', { name: 'Copy anyway' }).click();
  await expect(gate).toHaveCount(0);
  const withError = buildLink({
    ...expectedInput,
    events: [
      { goal: 'purchase', token: TOKENS.purchase },
      { goal: 'reg', token: TOKENS.purchase },
    ],
  });
  expect(await readClipboard(popup)).toBe(withError.link);

  // The quick fix leaves the goal out, and the error is gone.
  await duplicate.getByRole('button', { name: 'Leave this goal out' }).click();
  await expect(popup.getByLabel('What goal reg reports')).toHaveValue('none');
  await expect(popup.locator('[data-code="event-token-duplicate"]')).toHaveCount(0);
});

test('fills the Adjust Encoding tool and Adjust’s generated URL matches the engine’s link', async ({
  context,
  fixtureServer,
  serviceWorker,
  offer,
}) => {
  const expected = buildLink(expectedInput);
  await offer.visitWithTokens();

  serveEncodingTool(fixtureServer);
  const { page: adjust, tabId: adjustTab } = await openTab(
    context,
    serviceWorker,
    ENCODING_TOOL_URL,
  );

  // No offer in the Adjust tab: the popup shows the offer worked on last, with its tokens.
  const { page: popup, consoleErrors } = await offer.popupOn(adjustTab);
  await expect(popup.locator('[data-offer-origin="stored"]')).toContainText('Offer 12');
  await expect(popup.getByLabel('Adjust event token, goal purchase')).toHaveValue(TOKENS.purchase);

  // On the Encoding tool the one next action is filling this page.
  await expect(popup.locator('[data-section="next-step"] .pb-primary')).toHaveText(
    'Fill this page',
  );
  await popup.getByRole('button', { name: 'Fill this page' }).click();
  const comparison = popup.locator('[data-comparison]');
  await expect(comparison).toBeVisible({ timeout: 15_000 });
  await expect(comparison).toHaveAttribute('data-comparison', /^(identical|equivalent)$/);
  // This fixture encodes {clickid} the way Adjust's tool does: that is the red headline, and
  // the link to use is Postbridge's.
  await expect(comparison).toHaveAttribute('data-fill-verdict', 'error');
  await expect(comparison.locator('h3')).toContainText('would lose {clickid}');

  // Read Adjust's output off the page and compare it with the engine's link, callback by callback.
  const generated = (await adjust.getByLabel(/Generated URLs/).inputValue()).trim();
  expect(generated).not.toBe('');
  const ours = inspectLink(expected.link ?? '');
  const theirs = inspectLink(generated);
  expect(theirs.base).toBe(ours.base);
  const decoded = (inspection: typeof ours) =>
    Object.fromEntries(inspection.params.map((p) => [p.name, p.value]));
  expect(decoded(theirs)).toEqual(decoded(ours));
  expect(theirs.callbacks.map((c) => [c.param, c.url])).toEqual(
    ours.callbacks.map((c) => [c.param, c.url]),
  );
  expect(consoleErrors).toEqual([]);
});

test('"Apply to offer" writes the link into the Affise Tracking URL field without saving', async ({
  offer,
}) => {
  const expected = buildLink(expectedInput);
  const { affise } = offer;
  const { page: popup } = await offer.popup();
  await mapTokens(popup, TOKENS);

  // The field is only written while the Tracking tab is shown, as the user would see it change.
  await popup.getByRole('button', { name: 'Apply to offer' }).click();
  await expect(popup.locator('[data-action-failure]')).toContainText(
    'Open the offer’s Tracking tab in Affise, then apply again.',
  );

  // This fixture has no script: show the Tracking panel the way the admin panel's tab switch does.
  await affise.page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('[role="tabpanel"][aria-label="Tracking"]');
    if (panel) panel.hidden = false;
  });
  const trackingUrl = affise.page.getByLabel(/Tracking URL/);
  await popup.getByRole('button', { name: 'Apply to offer' }).click();
  await expect(popup.locator('[data-apply-result]')).toContainText('Press Save in Affise');
  // Opened on the Tracking tab, the popup offers "Apply to offer" first.
  const again = await offer.popup();
  await expect(again.page.locator('[data-section="next-step"] .pb-primary')).toHaveText(
    'Apply to offer',
  );
  await again.page.close();
  await expect(trackingUrl).toHaveValue(expected.link ?? '');

  // The previous value can be put back.
  await popup.getByRole('button', { name: 'Put the previous Tracking URL back' }).click();
  await expect(trackingUrl).toHaveValue(OFFER.trackingUrl ?? '');
});

test('everything typed survives closing and reopening, and tokens carry over to the next offer of the app', async ({
  offer,
}) => {
  const first = await offer.popup();
  await mapTokens(first.page, TOKENS);
  await first.page.getByLabel('What goal reg reports').selectOption('none');
  await openOfferFields(first.page);
  await first.page
    .locator('#pb-postback-url')
    .fill('http://offers-rocketcompany.affise.com/postback?clickid={clickid}');
  await first.page.getByLabel('Link kind').selectOption('branded');
  await openDetails(first.page, 'details.pb-goal-options');
  await first.page.getByRole('checkbox', { name: /event_callback_a_b/ }).check();
  await first.page.close();

  const { page: popup, consoleErrors } = await offer.popup();
  await expect(popup.getByLabel('Adjust event token, goal purchase')).toHaveValue(TOKENS.purchase);
  await expect(popup.getByLabel('What goal reg reports')).toHaveValue('none');
  await expect(popup.locator('#pb-postback-url')).toHaveValue(
    'http://offers-rocketcompany.affise.com/postback?clickid={clickid}',
  );
  await expect(popup.locator('[data-field="pb-postback-url"] [data-source]')).toHaveAttribute(
    'data-source',
    'manual',
  );
  await expect(popup.getByLabel('Link kind')).toHaveValue('branded');
  await openDetails(popup, 'details.pb-goal-options');
  await expect(popup.getByRole('checkbox', { name: /event_callback_a_b/ })).toBeChecked();

  // The quick fix switches to https; "Use read value" puts the page's postback back.
  await openOfferFields(popup);
  await popup.getByRole('button', { name: 'Use https' }).click();
  await expect(popup.locator('#pb-postback-url')).toHaveValue(
    'https://offers-rocketcompany.affise.com/postback?clickid={clickid}',
  );
  await popup
    .locator('[data-field="pb-postback-url"]')
    .getByRole('button', { name: /Use read value/ })
    .click();
  await expect(popup.locator('#pb-postback-url')).toHaveValue(OFFER.postbackUrl ?? '');

  // Another offer of the same Adjust app (same link token), typed by hand, starts with the tokens.
  await popup.getByRole('button', { name: 'Type another offer by hand' }).click();
  await expect(popup.locator('[data-offer-origin="none"]')).toBeVisible();
  await popup.locator('#pb-tracking-url').fill('https://app.adjust.com/abc123?campaign=spring');
  await popup.getByRole('button', { name: 'Add goal' }).click();
  await popup.getByLabel('Goal value, row 1').fill('purchase');
  await expect(popup.getByLabel('Adjust event token, goal purchase')).toHaveValue(TOKENS.purchase);
  await expect(popup.locator('[data-remembered-app="abc123"]')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the macro palette inserts at the cursor, by mouse and by keyboard', async ({
  context,
  extensionId,
}) => {
  const { page: popup } = await openPopup(context, extensionId, '');
  const postback = popup.locator('#pb-postback-url');
  await postback.fill('https://offers-x.affise.com/postback?clickid=&goal=1');
  // Caret right after "clickid=".
  await postback.evaluate((area: HTMLTextAreaElement) => {
    const at = area.value.indexOf('&goal');
    area.focus();
    area.setSelectionRange(at, at);
    area.dispatchEvent(new Event('select'));
  });
  await popup.getByText('Macro palette').click();
  await popup.locator('#pb-palette-search').fill('affise click id');
  await popup.locator('button[data-macro="clickid"]').click();
  await expect(postback).toHaveValue(
    'https://offers-x.affise.com/postback?clickid={clickid}&goal=1',
  );

  await postback.evaluate((area: HTMLTextAreaElement) => {
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    area.dispatchEvent(new Event('select'));
  });
  await postback.press('End');
  await postback.pressSequentially('&sum=');
  await popup.locator('#pb-palette-search').fill('revenue_float');
  await popup.locator('#pb-palette-search').press('ArrowDown');
  await expect(popup.locator('button[data-macro="revenue_float"]')).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(postback).toHaveValue(
    'https://offers-x.affise.com/postback?clickid={clickid}&goal=1&sum={revenue_float}',
  );
  await expect(popup.locator('button[data-macro="revenue_float"]')).toContainText(
    'Adjust fills when it fires',
  );
});

test('stored popup data that fails its schema is reported and replaced, never a blank popup', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      popupState: { currentKey: 42, drafts: 'garbage' },
      tokenMemory: [1, 2],
    }),
  );
  const { page: popup } = await openPopup(context, extensionId, '');
  await expect(popup.locator('[data-notice]').first()).toContainText(
    'could not be read (currentKey',
  );
  await expect(popup.locator('[data-notice]')).toHaveCount(2);
  await expect(popup.getByRole('heading', { name: 'Postbridge', level: 1 })).toBeVisible();
  await popup.locator('#pb-title').fill('Still works');
  await popup.reload();
  await expect(popup.locator('#pb-title')).toHaveValue('Still works');
  await expect(popup.locator('[data-notice]')).toHaveCount(0);
});

test('tokens of one goal are written as one event_callback_a_b when asked to', async ({
  offer,
}) => {
  const { page: popup } = await offer.popup();
  await popup.getByLabel('Adjust event token, goal purchase').fill('ios123, and456');
  await popup.getByLabel('What goal reg reports').selectOption('none');
  await openDetails(popup, '[data-callbacks]');
  await expect(popup.locator('[data-output="event_callback_ios123"]')).toBeVisible();
  await expect(popup.locator('[data-output="event_callback_and456"]')).toBeVisible();

  await openDetails(popup, 'details.pb-goal-options');
  await popup.getByRole('checkbox', { name: /event_callback_a_b/ }).check();
  await expect(popup.locator('[data-output="event_callback_ios123_and456"]')).toBeVisible();
  const expected = buildLink({
    ...expectedInput,
    events: [
      { goal: 'purchase', token: 'ios123' },
      { goal: 'purchase', token: 'and456' },
    ],
    mergeSharedTokens: true,
  });
  await expect(popup.locator('[data-output="link"] [data-output-text]')).toHaveText(
    expected.link ?? '',
  );
});

test('the Dry run tab loads on demand and starts from the offer and its mapping', async ({
  offer,
}) => {
  const { page: popup, consoleErrors } = await offer.popup();
  await mapTokens(popup, TOKENS);
  await popup.getByRole('tab', { name: 'Dry run' }).click();
  await expect(popup.getByRole('tab', { name: 'Dry run' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(popup.getByRole('heading', { name: /Dry run: click/ })).toBeVisible();
  await expect(popup.locator('#pb-panel-build')).toBeHidden();
  // The tab is remembered like everything else.
  await popup.reload();
  await expect(popup.getByRole('heading', { name: /Dry run: click/ })).toBeVisible();
  // Arrow keys move between the tabs.
  await popup.getByRole('tab', { name: 'Dry run' }).focus();
  await popup.keyboard.press('ArrowLeft');
  await expect(popup.getByRole('tab', { name: 'Build link' })).toBeFocused();
  await expect(popup.locator('#pb-panel-build')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  for (const width of [400, 800]) {
    test(`screenshot of the popup, ${theme} theme, ${width} px wide`, async ({ offer }) => {
      const { page: popup, consoleErrors } = await offer.popup(`&theme=${theme}`);
      await popup.setViewportSize({ width, height: 600 });
      await mapTokens(popup, TOKENS);
      await popup.getByLabel('Adjust event token, goal reg').fill('REG45');
      await expect(popup.locator('[data-code="event-token-length"]')).toBeVisible();
      const background = await popup.evaluate(
        () => getComputedStyle(document.body).backgroundColor,
      );
      expect(background).toBe(theme === 'dark' ? 'rgb(21, 25, 31)' : 'rgb(255, 255, 255)');
      // Nothing sticks out sideways at either width.
      const overflow = await popup.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await popup.screenshot({ path: `${SCREENSHOTS}popup-${theme}-${width}.png`, fullPage: true });
      await popup.evaluate(() => window.scrollTo(0, 0));
      await popup.screenshot({ path: `${SCREENSHOTS}popup-${theme}-${width}-first-screen.png` });
      expect(consoleErrors).toEqual([]);
    });
  }
}
