import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

declare const axe: {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{ violations: AxeViolation[]; passes: unknown[] }>;
};

/**
 * Runs axe-core in the page. Extension pages forbid inline scripts (CSP script-src 'self'), so
 * `addScriptTag` is refused there; the source is evaluated through the DevTools protocol instead,
 * which the page's CSP does not govern.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(() =>
    axe.run(document, {
      resultTypes: ['violations'],
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'],
    }),
  );
  // axe ran and checked something: a page it could not analyse would pass vacuously.
  expect(passes.length).toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`)
          .join('\n')}`,
    );
}

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
