import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENCODING_TOOL_URL } from '@/lib/adjust/encoding-tool-origin';
import type { FillAdjustEncodingToolResponse } from '@/lib/messages/page-fill';
import {
  createAdjustFillHandlers,
  ENCODING_TOOL_MATCH,
  waitForTabLoaded,
} from '@/utils/adjust-fill-handlers';
import { lastAdjustFill } from '@/utils/adjust-fill-store';

const link = 'https://app.adjust.com/abc123?install_callback=x';
const request = {
  type: 'fillAdjustInTab' as const,
  adjustLink: 'https://app.adjust.com/abc123',
  result: { link, kind: 'standard' as const, callbacks: [], findings: [] },
};
const fillData: FillAdjustEncodingToolResponse = {
  generated: [link],
  comparison: {
    verdict: 'identical',
    ours: link,
    adjust: link,
    differences: [],
    notes: [],
    summary: 'Adjust’s Encoding tool generated exactly Postbridge’s link.',
  },
  findings: [],
};
const sender = {};
const now = () => new Date('2026-11-30T08:00:00.000Z');
const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

// The browser API's callback overloads make vi.spyOn infer `void` results: stubbed values are cast.
const tab = (id: number, status: 'loading' | 'complete') => ({ id, status }) as never;

afterEach(() => fakeBrowser.reset());

describe('fillAdjustInTab', () => {
  it('uses an Encoding tool tab already open, fills it and keeps the result', async () => {
    const query = vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab(5, 'complete')] as never);
    const create = vi.spyOn(browser.tabs, 'create');
    vi.spyOn(browser.tabs, 'get').mockResolvedValue(tab(5, 'complete'));
    const send = vi
      .spyOn(browser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, data: fillData } as never);

    const record = await createAdjustFillHandlers({ now }).fillAdjustInTab(request, sender);

    expect(query).toHaveBeenCalledWith({ url: ENCODING_TOOL_MATCH });
    expect(create).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith(
      5,
      { type: 'fillAdjustEncodingTool', adjustLink: request.adjustLink, result: request.result },
      { frameId: 0 },
    );
    expect(record).toEqual({
      at: '2026-11-30T08:00:00.000Z',
      link,
      tabId: 5,
      outcome: { ok: true, data: fillData },
    });
    expect(await lastAdjustFill.getValue()).toEqual(record);
  });

  it('opens the tool in a background tab, waits for it to load and for its content script', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([] as never);
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue(tab(9, 'loading'));
    vi.spyOn(browser.tabs, 'get').mockResolvedValue(tab(9, 'loading'));
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('not yet'));
    const send = vi
      .spyOn(browser.tabs, 'sendMessage')
      .mockRejectedValueOnce(NO_RECEIVER)
      .mockRejectedValueOnce(NO_RECEIVER)
      .mockResolvedValue({ ok: true, data: fillData } as never);

    const pending = createAdjustFillHandlers({ now }).fillAdjustInTab(request, sender);
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    await fakeBrowser.tabs.onUpdated.trigger(9, { status: 'complete' }, tab(9, 'complete'));
    const record = await pending;

    expect(create).toHaveBeenCalledWith({ url: ENCODING_TOOL_URL, active: false });
    expect(send.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(record.tabId).toBe(9);
    expect(record.outcome.ok).toBe(true);
  });

  it('a page that never answers is a failure value, stored like a success', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab(4, 'complete')] as never);
    vi.spyOn(browser.tabs, 'get').mockResolvedValue(tab(4, 'complete'));
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('no access'));
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(NO_RECEIVER);

    const record = await createAdjustFillHandlers({ now }).fillAdjustInTab(request, sender);
    expect(record.outcome).toMatchObject({ ok: false, code: 'not-running' });
    expect(await lastAdjustFill.getValue()).toEqual(record);
  }, 10_000);
});

describe('waitForTabLoaded', () => {
  it('gives up after the timeout when the tab never completes', async () => {
    vi.spyOn(browser.tabs, 'get').mockResolvedValue(tab(3, 'loading'));
    expect(await waitForTabLoaded(3, 20)).toBe(false);
  });

  it('a tab that has already loaded counts at once', async () => {
    vi.spyOn(browser.tabs, 'get').mockResolvedValue(tab(3, 'complete'));
    expect(await waitForTabLoaded(3, 5_000)).toBe(true);
  });
});
