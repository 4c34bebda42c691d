import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { buildLink } from '../../lib/link/build-link';
import { inspectLink } from '../../lib/link/inspect-link';
import { EXPECTED_INPUT, TOKENS } from '../fixtures/affise/all-tabs-mapping';
import { expect } from './fixtures';
import { testOnOffer } from './pages/affise-offer-tab';
import { seriousViolations } from './pages/axe';
import { openTab } from './pages/extension-tabs';
import {
  ENCODING_TOOL_PATH,
  ENCODING_TOOL_URL,
  PopupPage,
  serveEncodingTool,
} from './pages/popup-page';

/** Screenshots for the README's "Using Postbridge", committed under docs/. */
const DOCS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const expected = buildLink(EXPECTED_INPUT);

/** Types the tokens, so the next popup on this offer finds them remembered. */
async function rememberTokens(popup: PopupPage) {
  await popup.type(popup.token('purchase'), TOKENS.purchase);
  await popup.type(popup.token('reg'), TOKENS.reg);
  await expect(popup.finalLink).toHaveText(expected.link ?? '');
}

type Theme = 'light' | 'dark';

/** The offer-all-tabs fixture open as an Affise offer page, and popups working on it. */
class OfferFlow {
  constructor(
    private readonly context: BrowserContext,
    private readonly extensionId: string,
    readonly affise: { page: Page; tabId: number },
  ) {}

  popup(theme?: Theme): Promise<PopupPage> {
    return PopupPage.open(this.context, this.extensionId, { tab: this.affise.tabId, theme });
  }

  /** A popup on the offer where the tokens were typed. */
  async popupWithTokens(theme?: Theme): Promise<PopupPage> {
    const popup = await this.popup(theme);
    await rememberTokens(popup);
    return popup;
  }

  /** A first visit that types the tokens and closes: the next popup finds them remembered. */
  async visitWithTokens(theme?: Theme): Promise<void> {
    const first = await this.popupWithTokens(theme);
    await first.page.close();
  }
}

const test = testOnOffer.extend<{ offer: OfferFlow }>({
  offer: async ({ context, extensionId, affise }, use) => {
    await use(new OfferFlow(context, extensionId, affise));
  },
});

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('tokens new: the final link is copied in 4 actions (open, 2 tokens, copy)', async ({
  offer,
}) => {
  const popup = await offer.popup();
  // Nothing red before the user did anything: untyped tokens are "to do".
  await expect(popup.page.locator('[data-code="goal-without-token"]').first()).toHaveAttribute(
    'data-severity',
    'todo',
  );
  // With every token still to type, the next step is on the first screen all the same.
  await popup.expectOnFirstScreen(popup.primaryAction, 'the primary action');
  mkdirSync(DOCS, { recursive: true });
  await popup.page.screenshot({ path: `${DOCS}1-read-offer.png` });
  await rememberTokens(popup);
  await popup.page.screenshot({ path: `${DOCS}2-map-tokens.png` });
  await popup.click(popup.copyLink);
  await expect(popup.copyLink).toHaveText('Copied ✓');
  expect(await popup.clipboard()).toBe(expected.link);
  await popup.page.screenshot({ path: `${DOCS}3-copy.png` });
  expect(popup.actions).toBe(4);
  expect(popup.consoleErrors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`tokens remembered: the final link is copied in 2 actions, all on the first screen (${theme})`, async ({
    offer,
  }) => {
    await offer.visitWithTokens(theme);
    const popup = await offer.popup(theme);
    await expect(popup.finalLink).toHaveText(expected.link ?? '');
    await expect(popup.primaryAction).toHaveText('Fill in Adjust');
    await popup.expectOnFirstScreen(popup.finalLink, 'the final link');
    await popup.expectOnFirstScreen(popup.copyLink, 'its Copy button');
    await popup.expectOnFirstScreen(popup.primaryAction, 'the primary action');
    await popup.expectOnFirstScreen(popup.token('reg'), 'the last goal’s token');
    await popup.page.screenshot({ path: `${DOCS}first-screen-${theme}.png` });
    expect(await seriousViolations(popup.page)).toEqual([]);

    await popup.click(popup.copyLink);
    expect(await popup.clipboard()).toBe(expected.link);
    expect(popup.actions).toBe(2);
    expect(popup.consoleErrors).toEqual([]);
  });
}

test('tokens remembered: "Fill in Adjust" opens the Encoding tool and fills it in 2 actions', async ({
  context,
  fixtureServer,
  offer,
}) => {
  serveEncodingTool(fixtureServer);
  await offer.visitWithTokens();
  const popup = await offer.popup();
  const toolOpened = context.waitForEvent('page', (page) =>
    page.url().includes(ENCODING_TOOL_PATH),
  );
  await popup.click(popup.page.getByRole('button', { name: 'Fill in Adjust' }));
  const tool = await toolOpened;
  const verdict = popup.page.locator('[data-fill-verdict]');
  await expect(verdict).toBeVisible({ timeout: 20_000 });
  expect(popup.actions).toBe(2);
  expect(new URL(tool.url()).pathname).toBe(ENCODING_TOOL_PATH);

  // Adjust's output, read off its page, carries the same callbacks after Adjust's one decode.
  const generated = (await tool.getByLabel(/Generated URLs/).inputValue()).trim();
  const ours = inspectLink(expected.link ?? '');
  const theirs = inspectLink(generated);
  expect(theirs.callbacks.map((c) => [c.param, c.url])).toEqual(
    ours.callbacks.map((c) => [c.param, c.url]),
  );
  // The verdict names the link to use and copies it.
  await verdict.getByRole('button', { name: /Copy/ }).click();
  expect(await popup.clipboard()).toBe(expected.link);
  await verdict.scrollIntoViewIfNeeded();
  await popup.page.screenshot({ path: `${DOCS}4-fill-adjust.png` });
  expect(await seriousViolations(popup.page)).toEqual([]);

  // Closing the popup loses nothing: reopened, it shows the same result.
  await popup.page.close();
  const again = await offer.popup();
  await expect(again.page.locator('[data-fill-verdict]')).toBeVisible();
  expect(again.consoleErrors).toEqual([]);
});

/** The advertiser's events as copied from Adjust's Events table: a header row, then name and token. */
const EVENT_LIST = `Event name\tEvent token\nSign up\t${TOKENS.reg}\nFirst purchase\t${TOKENS.purchase}\n`;

test('tokens new, event list on the clipboard: Adjust’s Encoding tool is filled in 4 actions', async ({
  context,
  fixtureServer,
  offer,
}) => {
  serveEncodingTool(fixtureServer);
  // The advertiser's list was copied before the popup opened (from an e-mail, a sheet, Adjust).
  await offer.affise.page.evaluate((text) => navigator.clipboard.writeText(text), EVENT_LIST);

  // 1: open the popup; the tokens are not known yet.
  const popup = await offer.popup();
  await expect(popup.token('reg')).toHaveValue('');
  // 2: Ctrl+V with focus on no field opens the preview of what the list fills.
  await popup.press('ControlOrMeta+V');
  const preview = popup.page.locator('[data-paste-preview]');
  await expect(preview.locator('[data-paste-goal="reg"]')).toContainText('Sure');
  await expect(preview.locator('[data-paste-goal="purchase"]')).toContainText('Sure');
  const fill = preview.getByRole('button', { name: 'Fill 2 tokens' });
  await expect(fill).toBeFocused();
  await popup.expectOnFirstScreen(fill, '"Fill 2 tokens"');
  mkdirSync(DOCS, { recursive: true });
  await popup.page.screenshot({ path: `${DOCS}2b-paste-event-list.png` });
  // 3: Enter on the focused "Fill 2 tokens".
  await popup.press('Enter');
  await expect(preview).toHaveCount(0);
  await expect(popup.finalLink).toHaveText(expected.link ?? '');
  await popup.expectOnFirstScreen(popup.finalLink, 'the final link');
  await popup.expectOnFirstScreen(popup.copyLink, 'its Copy button');
  await popup.expectOnFirstScreen(popup.primaryAction, 'the primary action');
  await expect(popup.primaryAction).toHaveText('Fill in Adjust');

  // 4: "Fill in Adjust" opens the Encoding tool, fills it and brings the verdict back.
  const toolOpened = context.waitForEvent('page', (page) =>
    page.url().includes(ENCODING_TOOL_PATH),
  );
  await popup.click(popup.primaryAction);
  const tool = await toolOpened;
  const verdict = popup.page.locator('[data-fill-verdict]');
  await expect(verdict).toBeVisible({ timeout: 20_000 });
  expect(popup.actions).toBeLessThanOrEqual(4);
  expect(popup.actions).toBe(4);
  test.info().annotations.push({
    type: 'actions',
    description: `${popup.actions} to fill Adjust's Encoding tool from a pasted event list`,
  });

  // The tool holds the tokens from the list, and its output carries our callbacks.
  await expect(tool.locator('input.event-token').first()).not.toHaveValue('');
  const tokens = await tool
    .locator('input.event-token')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(tokens.filter((t) => t !== '').sort()).toEqual([TOKENS.purchase, TOKENS.reg].sort());
  const generated = (await tool.getByLabel(/Generated URLs/).inputValue()).trim();
  expect(inspectLink(generated).callbacks.map((c) => [c.param, c.url])).toEqual(
    inspectLink(expected.link ?? '').callbacks.map((c) => [c.param, c.url]),
  );
  expect(popup.consoleErrors).toEqual([]);
});

test('the dry run starts from the offer and its tokens (screenshot for the README)', async ({
  offer,
}) => {
  const popup = await offer.popupWithTokens();
  await popup.click(popup.page.getByRole('tab', { name: 'Dry run' }));
  const run = popup.page.getByRole('button', { name: 'Run dry-run' });
  await popup.click(run);
  await expect(popup.page.locator('[data-testid="dry-run-result"]')).toBeVisible();
  await popup.page.evaluate(() => window.scrollTo(0, 0));
  await popup.page.screenshot({ path: `${DOCS}5-dry-run.png` });
  expect(popup.consoleErrors).toEqual([]);
});

test('on a page that is no Affise offer, the popup says so and offers to read or type the offer', async ({
  context,
  extensionId,
  fixtureServer,
  serviceWorker,
}) => {
  const other = await openTab(
    context,
    serviceWorker,
    fixtureServer.url('/affise/offers-list.html'),
  );
  const popup = await PopupPage.open(context, extensionId, { tab: other.tabId });
  await expect(popup.page.locator('[data-offer-origin="none"]')).toHaveText(
    'This tab is not an Affise offer page: open the offer in Affise, or type its fields below.',
  );
  await expect(popup.primaryAction).toHaveText('Read this page');
  // The fields are open for typing, and an empty link is a step to do, not an error.
  await expect(popup.page.locator('#pb-tracking-url')).toBeVisible();
  const link = popup.page.locator(
    '[data-field="pb-tracking-url"] [data-code="adjust-link-invalid"]',
  );
  await expect(link).toHaveAttribute('data-severity', 'todo');
  await expect(link.locator('[data-plain]')).toHaveText(
    'Paste the offer’s Tracking URL (the advertiser’s Adjust link), or read it from the Affise offer page.',
  );
  // Opened as a tab, the popup has no activeTab grant for this page: the failure is said plainly,
  // the browser's words stay behind "Details".
  await popup.click(popup.primaryAction);
  const failure = popup.page.locator('[data-read-error] [data-plain]');
  await expect(failure).toHaveText(
    'Postbridge could not read this tab (browser pages and the extension gallery cannot be read): open the Affise offer page and try again.',
  );
  await expect(popup.page.locator('[data-read-error] details')).not.toHaveAttribute('open');
  expect(popup.consoleErrors).toEqual([]);
});

test('"Fill in Adjust" uses an Encoding tool tab that is already open', async ({
  context,
  fixtureServer,
  serviceWorker,
  offer,
}) => {
  serveEncodingTool(fixtureServer);
  const tool = await openTab(context, serviceWorker, ENCODING_TOOL_URL);
  const popup = await offer.popupWithTokens();
  const pages = context.pages().length;
  await popup.click(popup.page.getByRole('button', { name: 'Fill in Adjust' }));
  await expect(popup.page.locator('[data-fill-verdict]')).toBeVisible({ timeout: 20_000 });
  expect(context.pages().length).toBe(pages);
  expect((await tool.page.getByLabel(/Generated URLs/).inputValue()).trim()).not.toBe('');
});

test('with 5 goals the final link, its Copy button and the next step still fit the first screen', async ({
  offer,
}) => {
  const popup = await offer.popupWithTokens();
  for (const [value, token] of [
    ['level5', 'lvl555'],
    ['ftd', 'ftd777'],
  ] as const) {
    await popup.click(popup.page.getByRole('button', { name: 'Add goal' }));
    const row = await popup.page.locator('tr[data-goal-row]').count();
    await popup.type(popup.page.getByLabel(`Goal value, row ${row}`), value);
    await popup.type(popup.token(value), token);
  }
  await expect(popup.page.locator('tr[data-goal-row]')).toHaveCount(5);
  await expect(popup.finalLink).toContainText('event_callback_ftd777=');
  await popup.page.evaluate(() => window.scrollTo(0, 0));
  await popup.expectOnFirstScreen(popup.token('ftd'), 'the fifth goal’s token');
  await popup.expectOnFirstScreen(popup.finalLink, 'the final link');
  await popup.expectOnFirstScreen(popup.copyLink, 'its Copy button');
  await popup.expectOnFirstScreen(popup.primaryAction, 'the primary action');
});

test('"Fill this page" on a page that is not the Encoding tool says so and offers to open it', async ({
  context,
  extensionId,
  fixtureServer,
  serviceWorker,
  offer,
}) => {
  // Adjust's address, another page: as if Adjust had moved the tool.
  fixtureServer.route(ENCODING_TOOL_PATH, {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!doctype html><title>Adjust Help Center</title><h1>Page moved</h1>',
  });
  const adjust = await openTab(context, serviceWorker, ENCODING_TOOL_URL);
  await offer.visitWithTokens();

  const popup = await PopupPage.open(context, extensionId, { tab: adjust.tabId });
  await expect(popup.primaryAction).toHaveText('Fill this page');
  await popup.click(popup.primaryAction);
  const failure = popup.page.locator('[data-action-failure]');
  await expect(failure.locator('p').first()).toHaveText('This tab is not Adjust’s Encoding tool.');
  await expect(
    failure.getByRole('button', { name: 'Open Adjust’s Encoding tool and fill it' }),
  ).toBeVisible();
});
