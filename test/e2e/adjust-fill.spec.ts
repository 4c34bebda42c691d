import type { Page } from '@playwright/test';
import { compareGenerated } from '../../lib/adjust/compare-generated';
import { buildLink } from '../../lib/link/build-link';
import type { GenerateInput } from '../../lib/link/schemas';
import {
  ApplyTrackingUrlResponseSchema,
  FillAdjustEncodingToolResponseSchema,
  type TabReply,
  TabReplySchema,
} from '../../lib/messages/page-fill';
import { expect, test } from './fixtures';
import { openFixturePage, tabIdOf } from './pages/extension-tabs';

// The extension API as the test reaches it inside an extension page (page.evaluate).
declare const chrome: {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
};

// What the page fixtures expose for tests (see the comments at the top of each fixture).
declare const window: {
  fixtureLog: string[];
  fixtureSubmits: number;
  fixtureState(): Record<string, unknown>;
};

const ADJUST_HOST = 'help.adjust.com';
const AFFISE_HOST = 'rocketcompany.affise.com';

const input: GenerateInput = {
  adjustLink: 'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}&creative={sub1}',
  postbackUrl:
    'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&sum={revenue_float}',
  install: { goal: '1' },
  events: [
    { goal: 'registration', token: 'r8oaj2' },
    { goal: 'deposit', token: 'dep001' },
    { goal: 'purchase', token: 'pur777' },
  ],
};

/**
 * Sends a page-fill request to a tab the way utils/tab-messaging.ts `sendToTab` does
 * (`browser.tabs.sendMessage` to the top frame) from inside an extension page, and parses the reply
 * with the same schemas in the test. sendToTab's own branches (no receiver, injection, schema
 * failures) are covered in test/wxt/tab-messaging.test.ts.
 */
async function sendFromExtension(
  extensionPage: Page,
  tabId: number,
  request: unknown,
): Promise<TabReply> {
  const raw = await extensionPage.evaluate(
    ([id, message]) => chrome.tabs.sendMessage(id, message, { frameId: 0 }),
    [tabId, request] as const,
  );
  return TabReplySchema.parse(raw);
}

for (const fixture of ['encoding-tool.html', 'encoding-tool-controlled.html']) {
  test(`fills ${fixture} and Adjust's output decodes to Postbridge's link`, async ({
    context,
    fixtureServer,
    serviceWorker,
    openExtensionPage,
  }) => {
    const result = buildLink(input);
    expect(result.link).not.toBeNull();
    const { page: adjust, consoleErrors } = await openFixturePage(
      context,
      fixtureServer.url(`/adjust/${fixture}`, { host: ADJUST_HOST, https: true }),
    );
    const tabId = await tabIdOf(serviceWorker, adjust);
    const { page: extension } = await openExtensionPage('popup.html');

    const reply = await sendFromExtension(extension, tabId, {
      type: 'fillAdjustEncodingTool',
      adjustLink: input.adjustLink,
      result,
    });
    if (!reply.ok) throw new Error(`fill failed: ${reply.code}: ${reply.message}`);
    const data = FillAdjustEncodingToolResponseSchema.parse(reply.data);

    // The page's own output, computed by its script from what the extension typed.
    const shown = await adjust.evaluate(() => {
      const out = document.querySelector('#generated, .o2');
      return out instanceof HTMLTextAreaElement ? out.value : (out?.textContent ?? '');
    });
    expect(data.generated).toEqual([shown.trim()]);
    expect(data.generated).toHaveLength(1);

    // Adjust's tool encodes the whole callback; Postbridge leaves Affise's {clickid} raw. After
    // Adjust's one decode both links carry exactly the same callbacks, and nothing else differs.
    expect(data.comparison).toEqual(compareGenerated(result.link ?? '', data.generated));
    expect(data.comparison.verdict).toBe('equivalent');
    expect(data.comparison.differences.map((d) => [d.kind, d.param])).toEqual(
      result.callbacks.map((c) => ['encoding', c.param]),
    );
    for (const difference of data.comparison.differences) {
      expect(difference.ours?.decoded).toBe(difference.adjust?.decoded);
      expect(difference.message).toContain('{clickid}');
    }
    expect(data.comparison.summary).toMatch(/use Postbridge’s link/);

    // Rows were added by clicking the page's button: three events need three rows.
    const log = await adjust.evaluate(() => window.fixtureLog);
    expect(log.filter((entry) => /^input:(event-token|token)$/.test(entry))).toHaveLength(3);
    expect(log.filter((entry) => entry.startsWith('ignored:'))).toEqual([]);
    expect(log).toContain('change:links');
    expect(log).toContain('focusin:install');
    expect(consoleErrors).toEqual([]);
  });
}

test('the controlled fixture ignores `.value` alone, as a React page does', async ({
  context,
  fixtureServer,
}) => {
  const { page } = await openFixturePage(
    context,
    fixtureServer.url('/adjust/encoding-tool-controlled.html', { host: ADJUST_HOST, https: true }),
  );
  const outputAfter = async (write: 'plain' | 'native') => {
    await page.evaluate((how) => {
      const links = document.querySelector('[data-field="links"]');
      if (!(links instanceof HTMLTextAreaElement)) throw new Error('no links field');
      const value = `https://app.adjust.com/${how}01`;
      if (how === 'plain') links.value = value;
      else
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(
          links,
          value,
        );
      links.dispatchEvent(new Event('input', { bubbles: true }));
    }, write);
    await page.waitForTimeout(300);
    return page.evaluate(() => document.querySelector('.o2')?.textContent ?? '');
  };
  expect(await outputAfter('plain')).toBe('');
  expect(await page.evaluate(() => window.fixtureLog)).toContain('ignored:links');
  expect(await outputAfter('native')).toBe('https://app.adjust.com/native01');
});

test('filling twice leaves no stale rows and the output matches again', async ({
  context,
  fixtureServer,
  serviceWorker,
  openExtensionPage,
}) => {
  const { page: adjust } = await openFixturePage(
    context,
    fixtureServer.url('/adjust/encoding-tool-controlled.html', { host: ADJUST_HOST, https: true }),
  );
  const tabId = await tabIdOf(serviceWorker, adjust);
  const { page: extension } = await openExtensionPage('popup.html');
  const first = buildLink(input);
  const firstReply = await sendFromExtension(extension, tabId, {
    type: 'fillAdjustEncodingTool',
    adjustLink: input.adjustLink,
    result: first,
  });
  expect(firstReply.ok).toBe(true);

  const fewer = buildLink({ ...input, events: [{ goal: 'deposit', token: 'dep001' }] });
  const reply = await sendFromExtension(extension, tabId, {
    type: 'fillAdjustEncodingTool',
    adjustLink: input.adjustLink,
    result: fewer,
  });
  if (!reply.ok) throw new Error(reply.message);
  const data = FillAdjustEncodingToolResponseSchema.parse(reply.data);
  expect(data.comparison.verdict).toBe('equivalent');
  expect(data.generated[0]).not.toContain('event_callback_r8oaj2');
  expect(data.generated[0]).toContain('event_callback_dep001=');
});

test('a page without the Encoding tool answers with the missing fields, naming the page', async ({
  context,
  fixtureServer,
  serviceWorker,
  openExtensionPage,
}) => {
  const url = fixtureServer.url('/affise/apply-tracking-tab.html', {
    host: ADJUST_HOST,
    https: true,
  });
  const { page } = await openFixturePage(context, url);
  const tabId = await tabIdOf(serviceWorker, page);
  const { page: extension } = await openExtensionPage('popup.html');
  const reply = await sendFromExtension(extension, tabId, {
    type: 'fillAdjustEncodingTool',
    adjustLink: input.adjustLink,
    result: buildLink(input),
  });
  expect(reply.ok).toBe(false);
  if (reply.ok) return;
  expect(reply.code).toBe('field-not-found');
  expect(reply.message).toContain('“Enter your links” (step 1)');
  expect(reply.message).toContain(url);
  expect(reply.findings.map((f) => f.path)).toEqual(['links', 'install', 'events', 'generated']);
});

test('"Apply to offer" writes the Tracking URL through the form state without saving', async ({
  context,
  fixtureServer,
  serviceWorker,
  openExtensionPage,
}) => {
  const link = buildLink(input).link ?? '';
  const { page: affise, consoleErrors } = await openFixturePage(
    context,
    fixtureServer.url('/affise/apply-tracking-tab.html', { host: AFFISE_HOST, https: true }),
  );
  const before = await affise.locator('#offer-url').inputValue();
  const tabId = await tabIdOf(serviceWorker, affise);
  const { page: extension } = await openExtensionPage('popup.html');

  const reply = await sendFromExtension(extension, tabId, { type: 'applyTrackingUrl', link });
  if (!reply.ok) throw new Error(`apply failed: ${reply.code}: ${reply.message}`);
  const data = ApplyTrackingUrlResponseSchema.parse(reply.data);
  expect(data.previous).toBe(before);
  expect(data.findings.map((f) => f.code)).toEqual(['apply.not-saved']);

  await expect(affise.locator('#offer-url')).toHaveValue(link);
  // The form's own state took the value (the page's value tracker saw a real change)…
  expect((await affise.evaluate(() => window.fixtureState()))['offer-url']).toBe(link);
  const log = await affise.evaluate(() => window.fixtureLog);
  expect(log).toContain('input:offer-url');
  expect(log).toContain('change:offer-url');
  expect(log.filter((entry) => entry.startsWith('ignored:'))).toEqual([]);
  await expect(affise.getByText('Unsaved changes')).toBeVisible();
  // …and nothing was saved: the user reviews and clicks Save.
  expect(await affise.evaluate(() => window.fixtureSubmits)).toBe(0);
  expect(fixtureServer.requests.filter((r) => r.method === 'POST')).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('"Apply to offer" refuses when the Tracking tab is not shown', async ({
  context,
  fixtureServer,
  serviceWorker,
  openExtensionPage,
}) => {
  const { page: affise } = await openFixturePage(
    context,
    fixtureServer.url('/affise/apply-tracking-tab.html', { host: AFFISE_HOST, https: true }),
  );
  await affise.evaluate(() => {
    const tab = document.querySelector('[aria-label="Tracking"]');
    if (tab instanceof HTMLElement) tab.hidden = true;
  });
  const before = await affise.locator('#offer-url').inputValue();
  const tabId = await tabIdOf(serviceWorker, affise);
  const { page: extension } = await openExtensionPage('popup.html');
  const reply = await sendFromExtension(extension, tabId, {
    type: 'applyTrackingUrl',
    link: 'https://app.adjust.com/abc123',
  });
  expect(reply).toMatchObject({ ok: false, code: 'tracking-tab-not-open' });
  expect(await affise.locator('#offer-url').inputValue()).toBe(before);
});
