import type { BrowserContext, Page } from '@playwright/test';
import { collectConsoleErrors, expect } from '../fixtures';

/**
 * The popup's Dry run tab, driven as an account manager would: real clicks and keystrokes. With
 * no Affise tab open the popup starts from the sample scenario (lib/dry-run/sample-scenario.ts).
 */
export async function openPopupDryRun(
  context: BrowserContext,
  extensionId: string,
  theme?: 'light' | 'dark',
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectConsoleErrors(page);
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html${theme ? `?theme=${theme}` : ''}`);
  const tab = page.getByRole('tab', { name: 'Dry run' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  const form = page.locator('details.pbd-scenario');
  await expect(form).toBeVisible();
  if ((await form.getAttribute('open')) === null) await form.locator('> summary').click();
  await expect(page.locator('.pbd-editor')).toBeVisible();
  return { page, errors };
}

/** Opens the closed "Offer settings in Affise" group of the form. */
export async function openOfferSettings(page: Page) {
  const settings = page.locator('[data-offer-settings]');
  if ((await settings.getAttribute('open')) === null) await settings.locator('> summary').click();
  await expect(settings.getByLabel('Hold period', { exact: true })).toBeVisible();
  return settings;
}

/** Runs the dry run and waits for its result. */
export async function runDryRun(page: Page) {
  await page.getByRole('button', { name: 'Run dry-run' }).click();
  const result = page.locator('[data-testid="dry-run-result"]');
  await expect(result).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run dry-run' })).toBeEnabled();
  return result;
}

/** Types into a field as a user does: select what is there, then key in the new text. */
export async function typeInto(page: Page, label: string, text: string, within?: string) {
  const field = (within ? page.locator(within) : page).getByLabel(label, { exact: true });
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
}
