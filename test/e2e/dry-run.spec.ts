import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from '@playwright/test';
import { SAMPLE_SCENARIO } from '../../lib/dry-run/sample-scenario';
import { expect, test } from './fixtures';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const SCREENSHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

declare const axe: {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
};
declare global {
  // A counter the test installs in the service worker around fetch.
  var __postbridgeFetches: string[] | undefined;
}

interface Seen {
  url: string;
  fromServiceWorker: boolean;
}

/** In the popup the scenario form starts as one line: opens it. */
async function openScenario(page: Page): Promise<void> {
  const form = page.locator('details.pbd-scenario');
  await expect(form).toBeVisible();
  if ((await form.getAttribute('open')) === null) await form.locator('> summary').click();
  await expect(page.locator('.pbd-editor')).toBeVisible();
}

/** Runs the dry run shown on the page and waits for its result. */
async function runDryRun(page: Page): Promise<void> {
  const before = await page.locator('[data-testid="dry-run-result"]').count();
  await page.getByRole('button', { name: 'Run dry-run' }).click();
  if (before === 0) await expect(page.locator('[data-testid="dry-run-result"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run dry-run' })).toBeEnabled();
}

test('running dry-runs sends no network request at all, from any page or the service worker', async ({
  context,
  serviceWorker,
  extensionId,
  fixtureServer,
}) => {
  const seen: Seen[] = [];
  const record = (request: Request) =>
    seen.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null });
  context.on('request', record);

  // The watch is not vacuous: a request the service worker makes is observed by the context,
  // and the host names of the chain (*.affise.com, *.adjust.com, *.g2afse.com) resolve to the
  // fixture server, which would record any that leaked.
  fixtureServer.route('/control', { status: 204 });
  const control = fixtureServer.url('/control');
  await serviceWorker.evaluate(async (url) => {
    // no-cors: the extension holds no host permission for the fixture server; the request still goes out.
    await fetch(url, { mode: 'no-cors' }).catch(() => undefined);
  }, control);
  await expect.poll(() => seen.some((s) => s.url === control && s.fromServiceWorker)).toBe(true);
  await serviceWorker.evaluate(() => {
    const original = globalThis.fetch;
    globalThis.__postbridgeFetches = [];
    globalThis.fetch = (input, init) => {
      globalThis.__postbridgeFetches?.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    };
  });
  seen.length = 0;
  const serverRequests = fixtureServer.requests.length;
  serviceWorker.on('console', () => undefined);

  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`chrome-extension://${extensionId}/dryrun.html`);

  // First run: the sample scenario (the README example).
  await runDryRun(page);
  const result = page.locator('[data-testid="dry-run-result"]');
  await expect(result.locator('.pbd-hop')).toHaveCount(12);
  await expect(result.locator('.pbd-hop').first()).toContainText(
    'https://rocketcompany.g2afse.com/click?pid=7&offer_id=12',
  );
  await expect(result.locator('[data-hop="adjust-callback"]')).toHaveCount(3);
  await expect(result.locator('[data-verdict]')).toHaveText(
    'Done: 3 conversions created; affiliate postbacks: 5 sent, 5 skipped. No problems.',
  );
  // The tables come after the timeline, folded.
  await result.locator('summary', { hasText: 'Conversions (3)' }).click();
  await result.locator('summary', { hasText: 'Affiliate postbacks (5 sent, 5 skipped)' }).click();
  await expect(result.getByRole('table', { name: 'Conversions' }).locator('tbody tr')).toHaveCount(
    3,
  );
  const affiliate = result.getByRole('table', { name: 'Affiliate postbacks' });
  await expect(affiliate.locator('tbody tr')).toHaveCount(10);
  await expect(affiliate.locator('tr.pbd-sent')).toHaveCount(5);
  await expect(affiliate.locator('tr.pbd-skipped').first()).toContainText('goal "purchase"');
  const clickId = (await result.locator('.pbd-summary code').textContent()) ?? '';
  expect(clickId).toMatch(/^[0-9a-f]{24}$/);

  // Second run with an edited scenario: a sub that needs encoding, and a wrong secure code, so
  // the run has errors to show.
  await page.getByLabel('sub1', { exact: true }).first().fill('50% off & more');
  await page.getByLabel('Secure postback code').fill('wrong');
  await page.getByLabel('Run name (optional)').fill('broken secure code');
  await runDryRun(page);
  await expect(result.getByRole('heading', { name: 'Result: broken secure code' })).toBeVisible();
  await expect(
    result.locator('.pbd-finding[data-code="dry-run-postback-access-denied"]').first(),
  ).toBeVisible();
  await expect(result.locator('[data-hop="click"]')).toContainText('sub1=50%25%20off%20%26%20more');
  await expect(result.locator('[data-hop="affiliate-postback"]')).toHaveCount(0);
  await expect(result.locator('.pbd-hop.pbd-has-error').first()).toBeVisible();

  // Both runs are kept by the background.
  await expect(page.locator('.pbd-history li')).toHaveCount(2);

  // Export: the JSON and the Markdown of the shown run.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(page.getByText('JSON copied.')).toBeVisible();
  const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(json.run.requests[0].hop).toBe('click');
  expect(json.scenario.offer.secureCode).toBe('wrong');
  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(page.getByText('Markdown copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '# Postbridge dry-run: broken secure code',
  );

  // The affiliate link builder copies the tracking link.
  await page.getByRole('button', { name: 'Copy tracking link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^https:\/\/rocketcompany\.g2afse\.com\/click\?pid=7&offer_id=12&sub1=50%25%20off%20%26%20more/,
  );

  // Nothing but the extension's own files was requested, by the page or the service worker.
  await page.waitForTimeout(500);
  const offending = seen.filter((s) => !s.url.startsWith(`chrome-extension://${extensionId}/`));
  expect(offending, `requests that left the extension: ${JSON.stringify(offending)}`).toEqual([]);
  expect(seen.some((s) => s.url.endsWith('/dryrun.html'))).toBe(true);
  expect(await serviceWorker.evaluate(() => globalThis.__postbridgeFetches)).toEqual([]);
  expect(fixtureServer.requests.length).toBe(serverRequests);
  expect(errors).toEqual([]);
});

test('the popup mounts the dry run as a tab and runs it offline', async ({
  context,
  extensionId,
}) => {
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('tab', { name: /dry run/i }).click();
  await runDryRun(page);
  await expect(page.locator('[data-testid="dry-run-result"] .pbd-hop').first()).toBeVisible();
  expect(seen.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of the popup's Dry run tab after a run, 800 × 600, ${theme} theme`, async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html?theme=${theme}`);
    await page.getByRole('tab', { name: /dry run/i }).click();
    await runDryRun(page);
    const result = page.locator('[data-testid="dry-run-result"]');
    // Results first: Run, the scenario line and the verdict are on the first screen.
    for (const first of [
      page.getByRole('button', { name: 'Run dry-run' }),
      page.locator('[data-scenario-summary]'),
      result.locator('[data-verdict]'),
    ]) {
      await expect(first).toBeInViewport({ ratio: 1 });
    }
    await expect(result.locator('.pbd-hop').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}dry-run-${theme}.png` });
    await page.screenshot({ path: `${SCREENSHOTS}dry-run-${theme}-full.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}

test('the full-tab dryrun.html page keeps its scenario edits across reloads', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dryrun.html`);
  const sub1 = page.locator('.pbd-editor').getByLabel('sub1', { exact: true });
  await expect(sub1).toHaveValue(SAMPLE_SCENARIO.click.subs.sub1 ?? '');
  await sub1.fill('kept-in-the-tab');
  await page.close();
  const again = await context.newPage();
  await again.goto(`chrome-extension://${extensionId}/dryrun.html`);
  await expect(again.locator('.pbd-editor').getByLabel('sub1', { exact: true })).toHaveValue(
    'kept-in-the-tab',
  );
});

test('scenario edits in the popup survive tab switches and closing the popup, until reset', async ({
  context,
  extensionId,
}) => {
  const popup = `chrome-extension://${extensionId}/popup.html`;
  const openDryRun = async () => {
    const page = await context.newPage();
    await page.goto(popup);
    const tab = page.getByRole('tab', { name: 'Dry run' });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await openScenario(page);
    return page;
  };
  const sub1 = (page: Page) => page.locator('.pbd-editor').getByLabel('sub1', { exact: true });
  const secure = (page: Page) =>
    page.locator('.pbd-editor').getByLabel('Secure postback code', { exact: true });

  let page = await openDryRun();
  await expect(sub1(page)).toHaveValue(SAMPLE_SCENARIO.click.subs.sub1 ?? '');
  await sub1(page).fill('kept-across-tabs');

  // The Build link tab unmounts the dry run; coming back mounts it again from storage.
  await page.getByRole('tab', { name: 'Build link' }).click();
  await expect(page.locator('.pbd-editor')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Dry run' }).click();
  await expect(sub1(page)).toHaveValue('kept-across-tabs');
  await openScenario(page);

  // Closing the popup right after typing (before the delayed save) loses nothing either.
  await secure(page).fill('typed-before-closing');
  await page.close();
  page = await openDryRun();
  await expect(sub1(page)).toHaveValue('kept-across-tabs');
  await expect(secure(page)).toHaveValue('typed-before-closing');
  await expect(page.getByTestId('dry-run-offer-changed')).toHaveCount(0);

  // The offer changes upstream (typed on the Build link tab): the draft stays, a notice offers
  // to start again from the offer.
  await page.getByRole('tab', { name: 'Build link' }).click();
  await page.getByLabel('Offer title').fill('Rocket Game Android');
  await page.getByRole('tab', { name: 'Dry run' }).click();
  const notice = page.getByTestId('dry-run-offer-changed');
  await expect(notice).toBeVisible();
  await expect(sub1(page)).toHaveValue('kept-across-tabs');
  await notice.getByRole('button', { name: 'Reset to offer' }).click();
  await expect(notice).toHaveCount(0);
  await expect(sub1(page)).toHaveValue('aff-click-1');
  await expect(page.locator('.pbd-editor').getByLabel('Offer name')).toHaveValue(
    'Rocket Game Android',
  );

  // After a reset the scenario follows the offer again, also in a new popup.
  await page.close();
  page = await openDryRun();
  await expect(sub1(page)).toHaveValue('aff-click-1');
  await expect(page.getByRole('button', { name: 'Reset to offer' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the dry-run view has no serious accessibility violations (${theme} theme)`, async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dryrun.html?theme=${theme}`);
    await runDryRun(page);
    for (const details of await page.locator('details').all())
      await details.evaluate((d) => d.setAttribute('open', ''));
    await page.evaluate(AXE_SOURCE);
    const { violations } = await page.evaluate(() =>
      axe.run(document, {
        resultTypes: ['violations'],
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'],
      }),
    );
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`);
    expect(serious).toEqual([]);
  });
}

test('the dry run is keyboard usable: Run is the first stop and Enter runs', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dryrun.html`);
  const run = page.getByRole('button', { name: 'Run dry-run' });
  await expect(run).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(run).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="dry-run-result"]')).toBeVisible();
  expect(SAMPLE_SCENARIO.activities.length).toBe(5);
});

test('reopening the popup shows the last result; the full tab and the options are one click away', async ({
  context,
  extensionId,
}) => {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  let page = await context.newPage();
  await page.goto(popupUrl);
  await page.getByRole('tab', { name: 'Dry run' }).click();
  await runDryRun(page);
  const heading = page.getByRole('heading', { name: /^Result: / });
  const label = (await heading.textContent()) ?? '';
  // The default name says which offer, not the wall-clock time: all times are the scenario's.
  expect(label).toBe('Result: Offer 12 (Rocket Game iOS), run 1');
  await page.close();

  page = await context.newPage();
  await page.goto(popupUrl);
  await expect(page.getByRole('heading', { name: /^Result: / })).toHaveText(label);
  await expect(page.locator('[data-verdict]')).toContainText('3 conversions created');

  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open in a tab' }).click(),
  ]);
  await expect(tab).toHaveURL(/\/dryrun\.html$/);
  await expect(tab.getByRole('heading', { name: /^Result: / })).toHaveText(label);
  await expect(tab.locator('.pbd-editor')).toBeVisible();
  await expect(tab.getByTestId('dry-run-offer-changed')).toHaveCount(0);

  const [options] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Options' }).click(),
  ]);
  await expect(options).toHaveURL(/\/options\.html/);
});

test('sample affiliate postbacks are labelled as samples in the form and the result', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dryrun.html`);
  await expect(page.locator('[data-scenario-summary]')).toContainText(
    '2 affiliate postbacks (samples)',
  );
  await expect(page.locator('[data-sample-rule]')).toHaveCount(2);
  await runDryRun(page);
  const result = page.locator('[data-testid="dry-run-result"]');
  await expect(result.locator('.pbd-sample-note')).toContainText('samples');
  await result.locator('summary', { hasText: 'Affiliate postbacks' }).click();
  await expect(result.locator('.pbd-affiliate th .pbd-sample').first()).toHaveText(' (sample)');
  // Every time is on the scenario's clock, counted from the click.
  await expect(result.locator('.pbd-hop .pbd-time').first()).toHaveText(
    '+0 s · 2026-01-15 10:00:00 UTC',
  );
});
