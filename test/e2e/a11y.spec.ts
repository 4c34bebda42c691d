import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './pages/axe';

/** A popup with everything on screen that has its own markup: findings, quick fixes, palette, output. */
async function fillPopup(page: Page) {
  await page.locator('#pb-title').fill('Rocket Racing');
  await page.locator('#pb-tracking-url').fill('https://app.adjust.com/abc123?campaign={offer_id}');
  await page
    .locator('#pb-postback-url')
    .fill('http://offers-rocket.affise.com/postback?clickid={clickid}&sum={sum}&goal={goal}');
  for (const [value, token] of [
    ['1', ''],
    ['purchase', 'pur123'],
    ['reg', 'pur123'],
    ['level', 'LEVEL-5'],
  ] as const) {
    await page.getByRole('button', { name: 'Add goal' }).click();
    const row = await page.locator('tr[data-goal-row]').count();
    await page.getByLabel(`Goal value, row ${row}`).fill(value);
    if (token) await page.getByLabel(`Adjust event token, goal ${value}`).fill(token);
  }
  await page.getByText('Macro palette').click();
  await page.locator('[data-output="link"]').getByRole('button', { name: /Copy/ }).click();
  await expect(page.locator('[data-copy-gate]')).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
  test(`the popup has no serious or critical axe violations (${theme} theme)`, async ({
    context,
    openExtensionPage,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page } = await openExtensionPage(`popup.html?theme=${theme}`);
    await expect(page.locator('[data-section="offer"]')).toBeVisible();
    await fillPopup(page);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Dry run' }).click();
    await expect(page.getByRole('heading', { name: /Dry run/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the options page has no serious or critical axe violations', async ({
  openExtensionPage,
}) => {
  const { page } = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
