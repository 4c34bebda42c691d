import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { missingOrigins, requiredOrigins } from '../../lib/extension/site-access';
import { EXTENSION_DIR, EXTENSION_ID, type ExtensionApi, expect, test } from './fixtures';

declare const chrome: ExtensionApi;

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
);

test('the service worker runs and answers a ping through the message router', async ({
  serviceWorker,
  extensionId,
  openExtensionPage,
}) => {
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);

  const { page, consoleErrors } = await openExtensionPage('popup.html');
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  expect(reply).toEqual({ ok: true, data: { ok: true, version } });

  const rejected = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'no-such' }));
  expect(rejected).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  expect(consoleErrors).toEqual([]);
});

test('the extension id is the one derived from the manifest key', async ({ extensionId }) => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}manifest.json`, 'utf8'));
  const digest = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex');
  const derived = [...digest.slice(0, 32)]
    .map((hex) => String.fromCharCode(97 + Number.parseInt(hex, 16)))
    .join('');
  expect(derived).toBe(EXTENSION_ID);
  expect(extensionId).toBe(EXTENSION_ID);
});

test('the popup renders its heading without console errors', async ({ openExtensionPage }) => {
  const { page, consoleErrors } = await openExtensionPage('popup.html');
  await expect(page.getByRole('heading', { level: 1, name: /Postbridge/ })).toBeVisible();
  // Every site of the manifest is granted on load, as Chromium reports it to SiteAccessNotice
  // (permissions.getAll: its permissions.contains says false for content-script-only sites).
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}manifest.json`, 'utf8'));
  const granted = await page.evaluate(
    async () => (await chrome.permissions.getAll()).origins ?? [],
  );
  expect(missingOrigins(requiredOrigins(manifest), granted)).toEqual([]);
  await expect(page.getByRole('button', { name: 'Allow access' })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('the options page renders its heading without console errors', async ({
  openExtensionPage,
}) => {
  const { page, consoleErrors } = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { level: 1, name: /Postbridge options/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
