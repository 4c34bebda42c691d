import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { compareGenerated } from '../../lib/adjust/compare-generated';
import { buildLink } from '../../lib/link/build-link';
import { EXPECTED_INPUT, OFFER_FIXTURE, OFFER_KEY, OFFER_PATH, TOKENS } from './offer';
import { EncodingToolPage } from './pages/encoding-tool-page';
import { ExtensionApiPage } from './pages/extension-api';
import { PopupPage } from './pages/popup-page';
import { openWebTab } from './pages/web-tab';
import { useFirefox } from './suite';

const suite = useFirefox(import.meta.filename);
const expected = buildLink(EXPECTED_INPUT);
const link = expected.link ?? '';

/** What a user does first: open the offer in Affise and map its goals in the popup. */
async function mapOfferInPopup(api: ExtensionApiPage) {
  const { firefox, server } = suite();
  const affise = await openWebTab(
    firefox,
    api,
    server.url(OFFER_PATH, { host: OFFER_FIXTURE.host, https: true }),
  );
  await api.waitForTabOffer(affise.tabId, OFFER_KEY);
  const popup = await PopupPage.open(firefox, { tabId: affise.tabId });
  await popup.setEventToken('purchase', TOKENS.purchase);
  await popup.setEventToken('reg', TOKENS.reg);
  await popup.waitForLink(link);
  await popup.close();
  await affise.page.close();
}

for (const fixture of ['encoding-tool.html', 'encoding-tool-controlled.html']) {
  test(`the popup fills ${fixture} and Adjust’s output carries exactly the popup’s callbacks`, async () => {
    const { firefox, server } = suite();
    const api = await ExtensionApiPage.open(firefox);
    await api.clearStorage();
    await mapOfferInPopup(api);
    const mark = firefox.log.mark();

    // At the Encoding tool's own path, where the popup offers "Fill this page".
    const toolPath = `/en/partner/encoding-tool/${fixture}`;
    server.route(toolPath, {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: readFileSync(new URL(`../fixtures/adjust/${fixture}`, import.meta.url), 'utf8'),
    });
    const adjust = await openWebTab(
      firefox,
      api,
      server.url(toolPath, { host: 'help.adjust.com', https: true }),
    );
    // No offer in the Adjust tab: the popup works on the offer mapped last, tokens included.
    const popup = await PopupPage.open(firefox, { tabId: adjust.tabId });
    await popup.waitForLink(link);
    expect(await popup.fillEncodingTool()).toMatch(/^(identical|equivalent)$/);

    const tool = new EncodingToolPage(adjust.page);
    const generated = await tool.generatedLinks();
    expect(generated).toHaveLength(1);
    // Adjust encodes the whole callback, Postbridge leaves Affise's {clickid} raw; once Adjust
    // decodes, both carry the same callbacks and nothing else differs.
    const comparison = compareGenerated(link, generated);
    expect(comparison.verdict).toBe('equivalent');
    expect(comparison.differences.map((d) => [d.kind, d.param])).toEqual(
      expected.callbacks.map((callback) => ['encoding', callback.param]),
    );
    // Filled through the page's own events: one row per event token, nothing ignored.
    const events = await tool.observedEvents();
    expect(events.filter((entry) => /^input:(event-token|token)$/.test(entry))).toHaveLength(2);
    expect(events.filter((entry) => entry.startsWith('ignored:'))).toEqual([]);

    await popup.close();
    await adjust.page.close();
    await api.page.close();
    expect(await firefox.problemsSince(mark)).toEqual([]);
  });
}
