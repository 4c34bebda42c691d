import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { requiredOrigins } from '../../lib/extension/site-access';
import { SCREENSHOTS } from './artifacts';
import { PermissionPrompt } from './firefox-prompt';
import { CUSTOM_ADMIN_DOMAIN, EXTENSION_DIR } from './launch-firefox';
import { OFFER, OFFER_FIXTURE, OFFER_KEY, OFFER_PATH } from './offer';
import { ExtensionApiPage } from './pages/extension-api';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { until } from './pages/until';
import { openWebTab } from './pages/web-tab';
import { useFirefox } from './suite';

const suite = useFirefox(import.meta.filename);
const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}manifest.json`, 'utf8'));
const AFFISE_ORIGIN = '*://*.affise.com/*';

test('a temporary install is granted every site the manifest names, and the popup warns of nothing', async () => {
  const { firefox } = suite();
  const api = await ExtensionApiPage.open(firefox);
  const required = requiredOrigins(manifest);
  expect(required).toContain(AFFISE_ORIGIN);
  expect(await api.grantedOrigins()).toEqual(expect.arrayContaining(required));
  const popup = await PopupPage.open(firefox);
  expect(await popup.siteAccessNotice()).toBeNull();
  await popup.close();
  await api.page.close();
});

test('with Affise access taken away the reader stays out, the popup says so plainly and one click asks Firefox for it back', async () => {
  const { firefox, server } = suite();
  const api = await ExtensionApiPage.open(firefox);
  await api.clearStorage();
  const mark = firefox.log.mark();
  // What the user does in about:addons → Postbridge → Permissions.
  expect(await api.revokeOrigins([AFFISE_ORIGIN])).toBe(true);
  expect(await api.grantedOrigins()).not.toContain(AFFISE_ORIGIN);

  const affise = await openWebTab(
    firefox,
    api,
    server.url(OFFER_PATH, { host: OFFER_FIXTURE.host, https: true }),
  );
  expect(await api.scriptingError(affise.tabId)).toBe('Missing host permission for the tab');
  // The reader would have stored the offer within its 250 ms debounce; give it four times that.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await api.storedOffers()).toEqual({});

  const popup = await PopupPage.open(firefox, { tabId: affise.tabId });
  const notice = await popup.siteAccessNotice();
  expect(notice?.state).toBe('missing');
  expect(notice?.text).toContain('*.affise.com');
  expect(notice?.text).not.toContain('adjust.com');
  expect(await popup.offerOrigin()).toBe('none');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await popup.page.setViewport({ width: 400, height: 600 });
  await popup.page.screenshot({ path: `${SCREENSHOTS}firefox-popup-site-access-missing.png` });

  // "Read this page" fails (a popup opened in a tab has no activeTab grant) and says why in words.
  await popup.readThisPage();
  const said = (await popup.notices()).join('\n');
  expect(said).toMatch(/not allowed to read this page/);
  expect(said).not.toMatch(/Missing host permission/);

  // Declined in Firefox's prompt: still missing, and the popup says what still works.
  const prompt = new PermissionPrompt(firefox.chrome);
  await popup.allowSiteAccess();
  expect(await prompt.waitForText()).toContain('Postbridge');
  await prompt.answer(false);
  await until('the popup to report the refusal', async () =>
    (await popup.siteAccessNotice())?.text.includes('did not allow'),
  );
  expect(await api.grantedOrigins()).not.toContain(AFFISE_ORIGIN);

  // Allowed: the notice turns into a confirmation and the page can be read.
  await popup.allowSiteAccess();
  await prompt.waitForText();
  await prompt.answer(true);
  await until('the popup to confirm the access', async () =>
    (await popup.siteAccessNotice())?.state === 'granted' ? true : undefined,
  );
  expect(await api.grantedOrigins()).toContain(AFFISE_ORIGIN);
  await popup.readThisPage();
  expect(await popup.offerOrigin()).toBe('tab');
  await api.waitForStoredOffer(OFFER_KEY, OFFER.goals.length);
  expect(await popup.shownLinks()).toContain(OFFER.trackingUrl);

  await popup.close();
  await affise.page.close();
  await api.page.close();
  expect(await firefox.problemsSince(mark)).toEqual([]);
});

test('a custom admin domain: the options page asks Firefox for that one site, and the reader then runs there', async () => {
  const { firefox, server } = suite();
  const api = await ExtensionApiPage.open(firefox);
  await api.clearStorage();
  const mark = firefox.log.mark();
  const origin = `https://${CUSTOM_ADMIN_DOMAIN}/*`;
  expect(await api.grantedOrigins()).not.toContain(origin);

  const options = await OptionsPage.open(firefox);
  const prompt = new PermissionPrompt(firefox.chrome);
  await options.addAdminDomain(CUSTOM_ADMIN_DOMAIN);
  expect(await prompt.waitForText()).toContain(CUSTOM_ADMIN_DOMAIN);
  await prompt.answer(true);
  expect(await options.domainEntry(CUSTOM_ADMIN_DOMAIN)).toContain('Access granted');
  expect(await api.grantedOrigins()).toContain(origin);

  // The fixture server answers any host name; the certificate does not name this one, which the
  // suite's acceptInsecureCerts lets pass, as --ignore-certificate-errors does in Chromium.
  const url = `https://${CUSTOM_ADMIN_DOMAIN}:${server.httpsPort}${OFFER_PATH}`;
  const tab = await openWebTab(firefox, api, url);
  const key = `${CUSTOM_ADMIN_DOMAIN}/${OFFER.offerId}`;
  await api.waitForTabOffer(tab.tabId, key);
  const stored = await api.waitForStoredOffer(key, OFFER.goals.length);
  expect(stored.adminHost).toBe(CUSTOM_ADMIN_DOMAIN);
  expect(stored.fields.trackingUrl?.value).toBe(OFFER.trackingUrl);

  await tab.page.close();
  await options.page.close();
  await api.page.close();
  expect(await firefox.problemsSince(mark)).toEqual([]);
});
