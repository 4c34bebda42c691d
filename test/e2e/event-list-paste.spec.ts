import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { buildLink } from '../../lib/link/build-link';
import { type ExtensionApi, expect } from './fixtures';
import { ALL_TABS, openPopupOn, testOnOffer as test } from './pages/affise-offer-tab';
import { seriousViolationsIn } from './pages/axe';

declare const chrome: ExtensionApi;

const SCREENSHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

const OFFER = ALL_TABS.offer;
/** As copied from Adjust's Events table: a header, the events, one the offer has no goal for. */
const ADJUST_EVENTS =
  'Event name\tEvent token\nSign up\tr3g456\nFirst purchase\tpur123\nTutorial\ttut789\n';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('Ctrl+V of an event list fills every sure token in 3 actions, and the app remembers them', async ({
  context,
  extensionId,
  serviceWorker,
  affise,
}) => {
  await affise.page.evaluate((text) => navigator.clipboard.writeText(text), ADJUST_EVENTS);

  let actions = 0;
  // 1: open the popup.
  const { page: popup, consoleErrors } = await openPopupOn(context, extensionId, affise.tabId);
  actions++;
  // 2: paste; focus is on no field, so the page receives a real paste event.
  await popup.keyboard.press('Control+V');
  actions++;
  const preview = popup.locator('[data-paste-preview]');
  await expect(preview).toBeVisible();
  await expect(preview.locator('[data-paste-goal="reg"]')).toContainText('Sure: same meaning');
  await expect(preview.locator('[data-paste-goal="purchase"]')).toContainText('Sure: same name');
  await expect(preview.locator('[data-paste-unmatched-rows]')).toContainText('Tutorial tut789');
  const fill = preview.getByRole('button', { name: 'Fill 2 tokens' });
  await expect(fill).toBeFocused();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await preview.scrollIntoViewIfNeeded();
  await popup.screenshot({ path: `${SCREENSHOTS}event-list-preview.png` });
  // 3: Enter on the focused "Fill 2 tokens".
  await popup.keyboard.press('Enter');
  actions++;

  await expect(popup.getByLabel('Adjust event token, goal reg')).toHaveValue('r3g456');
  await expect(popup.getByLabel('Adjust event token, goal purchase')).toHaveValue('pur123');
  await expect(popup.getByText('Filled 2 event tokens from the list.')).toBeVisible();
  await expect(preview).toHaveCount(0);
  expect(actions).toBe(3);
  test.info().annotations.push({ type: 'actions', description: `${actions} to fill the tokens` });

  // The link shown is the engine's for these tokens.
  const expected = buildLink({
    adjustLink: OFFER?.trackingUrl ?? '',
    postbackUrl: OFFER?.postbackUrl ?? '',
    install: { goal: '1' },
    events: [
      { goal: 'purchase', token: 'pur123' },
      { goal: 'reg', token: 'r3g456' },
    ],
    linkKind: 'auto',
    mergeSharedTokens: false,
    sharedMacros: {},
    adminHosts: [],
  });
  await expect(popup.locator('[data-output="link"] [data-output-text]')).toHaveText(
    expected.link ?? '',
  );

  // Filled tokens are remembered for the Adjust app (link token abc123) like typed ones.
  await expect
    .poll(
      async () =>
        z
          .record(z.string(), z.object({ tokens: z.record(z.string(), z.string()) }))
          .parse(
            await serviceWorker.evaluate(
              async () => (await chrome.storage.local.get('tokenMemory')).tokenMemory ?? {},
            ),
          ).abc123?.tokens,
    )
    .toEqual({ purchase: 'pur123', reg: 'r3g456' });
  expect(consoleErrors).toEqual([]);
});

test('the "Paste event list" box: unsure matches wait for a tick, problems are said plainly', async ({
  context,
  extensionId,
  affise,
}) => {
  const { page: popup, consoleErrors } = await openPopupOn(context, extensionId, affise.tabId);

  await popup.getByRole('button', { name: 'Paste event list' }).click();
  const box = popup.getByLabel(/^Event list/);
  await expect(box).toBeFocused();
  await box.fill('Reg - reg456\nPurchase completed - pc0001\nBonus, abc999\nBuy, abc999\nsee you');
  const preview = popup.locator('[data-paste-preview]');
  await expect(preview.locator('[data-paste-goal="reg"]')).toHaveAttribute('data-sure', 'true');
  const unsure = preview.locator('[data-paste-goal="purchase"]');
  await expect(unsure).toHaveAttribute('data-sure', 'false');
  await expect(unsure).toContainText('Not sure: check it');
  await expect(unsure.getByRole('checkbox')).not.toBeChecked();
  const problems = preview.locator('[data-paste-problems]');
  await expect(problems).toContainText('Line 5 “see you” holds no event token');
  await expect(problems).toContainText(
    'Token abc999 is listed under different names on lines 3 and 4',
  );
  // Nothing red: a line the list could not use is no error of the offer.
  await expect(preview.locator('.pb-error, [role="alert"]')).toHaveCount(0);

  // One click fills only the sure match.
  await preview.getByRole('button', { name: 'Fill 1 token' }).click();
  await expect(popup.getByLabel('Adjust event token, goal reg')).toHaveValue('reg456');
  await expect(popup.getByLabel('Adjust event token, goal purchase')).toHaveValue('');

  // The unsure one is filled once ticked, even into a goal that was left out (the preview says so).
  await popup.getByLabel('What goal purchase reports').selectOption('none');
  await popup.getByRole('button', { name: 'Paste event list' }).click();
  await popup.getByLabel(/^Event list/).fill('Purchase completed - pc0001');
  await expect(popup.locator('[data-paste-goal="purchase"]')).toContainText('left out now');
  await popup
    .getByRole('checkbox', { name: /Fill First purchase \(purchase\) with pc0001/ })
    .check();
  await popup.getByRole('button', { name: 'Fill 1 token' }).click();
  await expect(popup.getByLabel('Adjust event token, goal purchase')).toHaveValue('pc0001');

  // A paste with no token in it opens nothing and says why.
  await popup.evaluate(() => navigator.clipboard.writeText('Thanks, see you on Monday'));
  await popup.locator('body').click({ position: { x: 5, y: 5 } });
  await popup.keyboard.press('Control+V');
  await expect(popup.locator('[data-event-list-paste] [role="status"]')).toContainText(
    'The pasted text has no Adjust event token',
  );
  await expect(popup.locator('[data-paste-preview]')).toHaveCount(0);

  // On the Dry run tab the goal table is hidden: a paste there opens nothing.
  await popup.evaluate(() => navigator.clipboard.writeText('Reg - reg777'));
  await popup.getByRole('tab', { name: 'Dry run' }).click();
  await popup.locator('body').click({ position: { x: 5, y: 5 } });
  await popup.keyboard.press('Control+V');
  await popup.getByRole('tab', { name: 'Build link' }).click();
  await expect(popup.locator('[data-paste-preview]')).toHaveCount(0);
  await expect(popup.getByLabel('Adjust event token, goal reg')).toHaveValue('reg456');

  // A paste into a text field stays there and opens nothing.
  await popup.evaluate(() => navigator.clipboard.writeText('Reg - zzz999'));
  const purchase = popup.getByLabel('Adjust event token, goal purchase');
  await purchase.selectText();
  await popup.keyboard.press('Control+V');
  await expect(purchase).toHaveValue('Reg - zzz999');
  await expect(popup.locator('[data-paste-preview]')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the event-list preview has no serious accessibility violations (${theme} theme)`, async ({
    context,
    extensionId,
    affise,
  }) => {
    const { page: popup } = await openPopupOn(
      context,
      extensionId,
      affise.tabId,
      `&theme=${theme}`,
    );
    await popup.getByRole('button', { name: 'Paste event list' }).click();
    await popup.getByLabel(/^Event list/).fill(`${ADJUST_EVENTS}Purchase done, pd0001\nhello\n`);
    await expect(popup.locator('[data-paste-preview]')).toBeVisible();
    const { serious, passes } = await seriousViolationsIn(popup, '[data-event-list-paste]');
    expect(passes).toBeGreaterThan(5);
    expect(serious).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.locator('[data-event-list-paste]').screenshot({
      path: `${SCREENSHOTS}event-list-preview-${theme}.png`,
    });
  });
}
