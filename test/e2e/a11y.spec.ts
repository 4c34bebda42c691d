import { expect, test } from './fixtures';
import { seriousViolations } from './pages/axe';
import { fillPopup } from './pages/popup-page';

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
