import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSetupHandlers } from '@/utils/setup-handlers';
import { createTeachHandlers, PICK_SCRIPT_FILE } from '@/utils/teach-handlers';
import { getTaught, recordScanStatus } from '@/utils/teach-store';

const NOW = new Date('2025-03-04T05:06:07.000Z');
const handlers = createTeachHandlers(() => NOW);
const setup = createSetupHandlers(() => NOW);

const PAGE = 'https://nordlicht.affise.com/offer/edit/73';
const extensionPage: Browser.runtime.MessageSender = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/options.html',
};
const contentScript = (tabId: number, url = PAGE): Browser.runtime.MessageSender => ({
  id: 'test-extension-id',
  url,
  frameId: 0,
  tab: { id: tabId, url } as Browser.tabs.Tab,
});
const LOCATOR = { tag: 'textarea', label: 'weiterleitungs link', heading: 'verfolgung' };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.tabs, 'get').mockImplementation(
    async () => ({ id: 7, url: PAGE }) as Browser.tabs.Tab,
  );
});

async function teachTrackingUrl(): Promise<void> {
  const inject = vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async () => []);
  const started = await handlers.startTeach(
    { type: 'startTeach', tabId: 7, field: 'affise.trackingUrl' },
    extensionPage,
  );
  expect(started.ok).toBe(true);
  expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [PICK_SCRIPT_FILE] });
  expect(await handlers.getPick({ type: 'getPick' }, contentScript(7))).toEqual({
    field: 'affise.trackingUrl',
    name: 'Tracking URL',
    many: false,
  });
  const saved = await handlers.saveTaught(
    { type: 'saveTaught', field: 'affise.trackingUrl', locator: LOCATOR },
    contentScript(7),
  );
  expect(saved.ok).toBe(true);
}

describe('teaching a field', () => {
  it('stores the locator for the sender tab’s host and hands it to that host’s pages', async () => {
    await teachTrackingUrl();
    expect(await getTaught()).toEqual({
      'nordlicht.affise.com': {
        'affise.trackingUrl': { locator: LOCATOR, taughtAt: NOW.toISOString() },
      },
    });
    expect(await handlers.getPageTaught({ type: 'getPageTaught' }, contentScript(9))).toEqual({
      host: 'nordlicht.affise.com',
      locators: { 'affise.trackingUrl': LOCATOR },
    });
    const other = await handlers.getPageTaught(
      { type: 'getPageTaught' },
      contentScript(9, 'https://x.affise.com/'),
    );
    expect(other.locators).toEqual({});
  });

  it('refuses a locator from a tab that is not teaching, and setup changes from a page', async () => {
    await expect(
      handlers.saveTaught(
        { type: 'saveTaught', field: 'affise.title', locator: LOCATOR },
        contentScript(7),
      ),
    ).rejects.toMatchObject({ code: 'not-teaching' });
    await expect(
      handlers.startTeach(
        { type: 'startTeach', tabId: 7, field: 'affise.title' },
        contentScript(7),
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      handlers.listTaught({ type: 'listTaught' }, contentScript(7)),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      handlers.getPageTaught({ type: 'getPageTaught' }, { ...contentScript(7), frameId: 3 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      setup.exportSetup({ type: 'exportSetup' }, contentScript(7)),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lists, removes and keeps company-set fields locked', async () => {
    await teachTrackingUrl();
    await fakeBrowser.storage.managed.set({
      adminDomains: ['admin.company.com', 'not a host'],
      taughtLocators: {
        'nordlicht.affise.com': {
          'affise.title': { locator: { tag: 'input' }, taughtAt: NOW.toISOString() },
        },
      },
    });
    const list = await handlers.listTaught({ type: 'listTaught' }, extensionPage);
    expect(list.hosts[0]?.rows.map((r) => [r.field, r.managed])).toEqual([
      ['affise.title', true],
      ['affise.trackingUrl', false],
    ]);
    expect(list.managedDomains).toEqual(['admin.company.com']);
    expect(list.problems).toHaveLength(1);
    await expect(
      handlers.forgetTaught(
        { type: 'forgetTaught', host: 'nordlicht.affise.com', field: 'affise.title' },
        extensionPage,
      ),
    ).rejects.toMatchObject({ code: 'managed' });
    const after = await handlers.forgetTaught(
      { type: 'forgetTaught', host: 'nordlicht.affise.com', field: 'affise.trackingUrl' },
      extensionPage,
    );
    expect(after.hosts[0]?.rows.map((r) => r.field)).toEqual(['affise.title']);
  });

  it('sets a bad stored entry aside and keeps the good ones', async () => {
    await fakeBrowser.storage.local.set({
      taughtLocators: {
        'nordlicht.affise.com': {
          'affise.trackingUrl': { locator: LOCATOR, taughtAt: NOW.toISOString() },
          'affise.title': 'junk',
        },
      },
    });
    expect(Object.keys((await getTaught())['nordlicht.affise.com'] ?? {})).toEqual([
      'affise.trackingUrl',
    ]);
    const { taughtLocatorsSetAside } =
      await fakeBrowser.storage.local.get('taughtLocatorsSetAside');
    expect(taughtLocatorsSetAside).toEqual({ 'nordlicht.affise.com affise.title': 'junk' });
  });
});

describe('team setup', () => {
  it('exports without the API key and imports into a fresh profile after a preview', async () => {
    await teachTrackingUrl();
    await fakeBrowser.storage.local.set({
      affiseApi: { apiHost: 'api-x.affise.com', apiKey: 'very-secret-key' },
    });
    const { json } = await setup.exportSetup({ type: 'exportSetup' }, extensionPage);
    expect(json).not.toContain('very-secret-key');
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      taughtLocators: {
        'other.affise.com': {
          'affise.title': { locator: { tag: 'input' }, taughtAt: NOW.toISOString() },
        },
      },
    });
    const preview = await setup.importSetup(
      { type: 'importSetup', json, apply: false },
      extensionPage,
    );
    expect(preview).toMatchObject({
      ok: true,
      applied: false,
      changes: [{ key: 'nordlicht.affise.com · affise.trackingUrl', kind: 'add' }],
    });
    expect(Object.keys(await getTaught())).toEqual(['other.affise.com']);
    await setup.importSetup({ type: 'importSetup', json, apply: true }, extensionPage);
    expect(Object.keys(await getTaught()).sort()).toEqual([
      'nordlicht.affise.com',
      'other.affise.com',
    ]);
  });
});

describe('the popup and options views', () => {
  it('tells the popup what the last read of its tab found where it was taught', async () => {
    await teachTrackingUrl();
    await recordScanStatus(7, { url: PAGE, taught: { found: ['trackingUrl'], lost: ['title'] } });
    expect(
      await handlers.getTeachState({ type: 'getTeachState', tabId: 7 }, extensionPage),
    ).toMatchObject({
      host: 'nordlicht.affise.com',
      site: 'affise',
      taught: [{ field: 'affise.trackingUrl', managed: false }],
      found: ['trackingUrl'],
      lost: ['title'],
    });
  });

  it('re-teaches in an open tab of the host, or says to open one', async () => {
    const query = vi.spyOn(browser.tabs, 'query').mockImplementation(async () => []);
    const none = await handlers.reteach(
      { type: 'reteach', host: 'nordlicht.affise.com', field: 'affise.title' },
      extensionPage,
    );
    expect(none).toMatchObject({ ok: false, message: expect.stringContaining('open the page') });
    query.mockImplementation(async () => [{ id: 7, windowId: 1 } as Browser.tabs.Tab]);
    vi.spyOn(browser.tabs, 'update').mockImplementation(
      async () => ({ id: 7 }) as Browser.tabs.Tab,
    );
    vi.spyOn(browser.windows, 'update').mockImplementation(
      async () => ({ id: 1 }) as Browser.windows.Window,
    );
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async () => []);
    const started = await handlers.reteach(
      { type: 'reteach', host: 'nordlicht.affise.com', field: 'affise.title' },
      extensionPage,
    );
    expect(started.ok).toBe(true);
    expect(query).toHaveBeenLastCalledWith({ url: ['*://nordlicht.affise.com/*'] });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [PICK_SCRIPT_FILE] });
  });
});
