import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { seriousViolationsIn } from './pages/axe';
import { openOfferSettings, openPopupDryRun, runDryRun, typeInto } from './pages/dry-run-tab';

const SCREENSHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const PURCHASE = '[data-goal="purchase"]';

test('a percent payout and a hold period set in the form: approved after the hold, paid a percentage', async ({
  context,
  extensionId,
}) => {
  const { page, errors } = await openPopupDryRun(context, extensionId);
  // The sample's purchase event carries 4.99 USD as sum: 20 % and 60 % of it.
  await page.locator(PURCHASE).getByLabel('Payout type').selectOption({ label: '% of sum' });
  await typeInto(page, 'Revenue', '20', PURCHASE);
  await typeInto(page, 'Payout', '60', PURCHASE);
  await expect(
    page.locator(PURCHASE).locator('.pbd-hint', { hasText: '% of the sum' }),
  ).toHaveCount(2);
  // Only the install and the two events: the advertiser's later status changes would mix in.
  await page.getByRole('button', { name: 'Remove activity 5' }).click();
  await page.getByRole('button', { name: 'Remove activity 4' }).click();

  const summary = page.locator('[data-offer-settings-summary]');
  await expect(summary).toHaveText('Affise defaults: nothing changed');
  const settings = await openOfferSettings(page);
  await typeInto(page, 'Hold period', '2', '[data-offer-settings]');
  await expect(settings.getByLabel('Hold period, unit')).toHaveValue('days');
  await expect(summary).toHaveText('Hold 2 days');

  const result = await runDryRun(page);
  // Registered Hold at 11:15 (no status= in the postback), approved two days later.
  const approval = result.locator('[data-hop="internal"]', { hasText: 'goal purchase' });
  await expect(approval).toContainText('Hold period over: Affise approves conversion');
  await expect(approval).toContainText('2026-01-17 11:15:00 UTC');
  await expect(approval).toContainText('Status changed from 5 (hold) to 1 (approved)');

  await result.locator('summary', { hasText: /^Conversions/ }).click();
  const purchase = result
    .getByRole('table', { name: 'Conversions' })
    .locator('tbody tr', { hasText: 'purchase' });
  await expect(purchase).toContainText('1 approved');
  await expect(purchase).toContainText('1 USD'); // 20 % of 4.99, to the cent
  await expect(purchase).toContainText('2.99 USD'); // 60 % of 4.99
  await result.locator('summary', { hasText: /^Affiliate postbacks/ }).click();
  const sent = result.getByRole('table', { name: 'Affiliate postbacks' }).locator('tr.pbd-sent');
  // The purchase's local postback (POST) gets the percentage payout as {sum}.
  const purchasePostback = sent.filter({ hasText: 'purchase: changed as 1 approved' });
  await expect(purchasePostback).toHaveCount(1);
  await expect(purchasePostback).toContainText('body: click=aff-click-123&sum=2.99&currency=USD');
  expect(errors).toEqual([]);
});

test('a wrong setting is explained at its field and opens the group; emptied, it is gone', async ({
  context,
  extensionId,
}) => {
  const { page, errors } = await openPopupDryRun(context, extensionId);
  const settings = await openOfferSettings(page);
  await typeInto(page, 'Hold period', '61', '[data-offer-settings]');
  await expect(settings.locator('.pbd-field-error')).toHaveText(
    'a hold period is at most 60 (days or hours)',
  );
  await expect(settings.getByLabel('Hold period', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.locator('[data-offer-settings-summary]')).toHaveText('A setting needs a fix');
  await settings.getByLabel('Hold period', { exact: true }).fill('');

  const whitelist = settings.getByLabel('Offer IP whitelist', { exact: true });
  await whitelist.click();
  await whitelist.pressSequentially('178.162.216.64/26, nope');
  await expect(settings.locator('.pbd-field-error')).toHaveText(
    'Entry 2 should be an IPv4 address such as 178.162.216.65, or a range such as 178.162.216.64/26.',
  );
  await whitelist.press('ControlOrMeta+a');
  await whitelist.press('Backspace');
  await expect(settings.locator('.pbd-field-error')).toHaveCount(0);

  // Every field emptied again: the scenario is the sample, no settings key left behind.
  await page.getByText('Scenario as JSON').click();
  const json = JSON.parse(await page.locator('textarea[name="scenario-json"]').inputValue());
  expect(Object.keys(json.offer)).not.toContain('holdPeriod');
  expect(Object.keys(json.offer)).not.toContain('ipWhitelist');
  await expect(page.locator('[data-offer-settings-summary]')).toHaveText(
    'Affise defaults: nothing changed',
  );
  expect(errors).toEqual([]);
});

test('the other settings, attribution elsewhere and SKAd postbacks can be set in the form', async ({
  context,
  extensionId,
}) => {
  const { page, errors } = await openPopupDryRun(context, extensionId);
  const settings = await openOfferSettings(page);
  await settings.getByLabel('Offer is disabled (every postback is refused)').check();
  await settings.getByLabel(/^Allow duplicate conversions/).check();
  await typeInto(page, 'Click session lifespan', '30', '[data-offer-settings]');
  await typeInto(page, 'Minimum click session', '5', '[data-offer-settings]');
  await settings.getByLabel('Minimum click session, unit').selectOption('minutes');
  await settings.getByRole('button', { name: 'Add cap' }).click();
  await typeInto(page, 'Cap 1 conversions', '10', '[data-offer-settings]');
  await typeInto(page, 'Advertiser secure code', 'adv-code', '[data-offer-settings]');
  await typeInto(page, 'Platform secure code', 'platform-code', '[data-offer-settings]');
  await page.getByLabel('Kind to add').selectOption({ label: 'Attributed to another link' });
  await page.getByRole('button', { name: 'Add activity' }).click();
  await page.getByLabel('Rule 1 scope').scrollIntoViewIfNeeded();
  await page.getByLabel('Integration method').first().selectOption({ label: 'SKAd' });
  await expect(page.locator('[data-offer-settings-summary]')).toHaveText(
    'Offer disabled · 1 cap · click session 30 days · min. click session 5 minutes · duplicates allowed · secure code at offer, advertiser, platform level',
  );

  await page.getByText('Scenario as JSON').click();
  const json = JSON.parse(await page.locator('textarea[name="scenario-json"]').inputValue());
  expect(json.offer).toMatchObject({
    disabled: true,
    allowDuplicateConversions: true,
    clickSessionLifespan: { value: 30, unit: 'days' },
    minClickSessionLifespan: { value: 5, unit: 'minutes' },
    caps: [{ conversions: 10 }],
  });
  expect(json.advertiser).toEqual({ secureCode: 'adv-code' });
  expect(json.platform.secureCode).toBe('platform-code');
  expect(json.activities.at(-1)).toEqual({ kind: 'attributed-elsewhere', after: 60 });
  expect(json.affiliatePostbacks[0].integration).toBe('skad');

  const result = await runDryRun(page);
  await expect(result.locator('[data-hop="internal"]', { hasText: 'another link' })).toBeVisible();
  await expect(result).toContainText('Offer disabled');
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the opened offer settings pass axe and fit 800 × 600 (${theme} theme)`, async ({
    context,
    extensionId,
  }) => {
    const { page, errors } = await openPopupDryRun(context, extensionId, theme);
    const settings = await openOfferSettings(page);
    await typeInto(page, 'Hold period', '7', '[data-offer-settings]');
    await settings.getByRole('button', { name: 'Add cap' }).click();
    const { serious, passes } = await seriousViolationsIn(page, '[data-offer-settings]');
    expect(serious).toEqual([]);
    expect(passes).toBeGreaterThan(5);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.evaluate(() =>
      document.querySelector('[data-offer-settings]')?.scrollIntoView({ block: 'start' }),
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}dry-run-offer-settings-${theme}.png` });
    // The goals with a percent payout, and the group closed to its one-line summary.
    await page.locator(PURCHASE).getByLabel('Payout type').selectOption('percent');
    await settings.locator('> summary').click();
    await expect(page.locator('[data-offer-settings-summary]')).toHaveText('Hold 7 days · 1 cap');
    await page.evaluate(() =>
      document.querySelector('[data-goal="1"]')?.scrollIntoView({ block: 'start' }),
    );
    await page.screenshot({ path: `${SCREENSHOTS}dry-run-goals-${theme}.png` });
    expect(errors).toEqual([]);
  });
}
