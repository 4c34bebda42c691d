import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_GOALS_PER_OFFER } from '@/lib/affise/offer';
import { MAX_PAYOUT_ROWS, type OfferPageScan } from '@/lib/affise/offer-page-scan';
import { ScenarioSchema } from '@/lib/dry-run/scenario';
import { MAX_STORED_RUN_CHARS } from '@/lib/dry-run/summarize-run';
import { createDryRunHandlers, MAX_BROWSER_SCENARIO_CHARS } from '@/utils/dry-run-handlers';
import { MAX_STORED_RUNS } from '@/utils/dry-run-store';
import { createOfferHandlers, MAX_OFFERS_PER_TAB } from '@/utils/offer-handlers';
import { MAX_OFFERS_CHARS, saveOfferRead, storedOffers } from '@/utils/offer-store';
import { storageNotices } from '@/utils/storage-notices';
import { exampleScenario, multiplyingScenario } from '../fuzz/attack-scenarios';

/** Issue 10 §5: storage within its quota, and never a silent drop. */

const NOW = new Date('2026-03-01T10:00:00.000Z');
const offers = createOfferHandlers({
  fetch: () => Promise.reject(new Error('offline')),
  now: () => NOW,
});
let ids = 0;
const runs = createDryRunHandlers({ now: () => NOW, newId: () => `run-${++ids}` });

const HOSTILE = 'https://evil.affise.com';
const fromTab = (id: number, url: string): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id } as Browser.tabs.Tab,
});

/**
 * The reviewer's page: thousands of payout rows (the content script sends at most
 * MAX_PAYOUT_ROWS of them), and a new offer id in the address every time.
 */
function floodScan(offerId: number, origin = HOSTILE): OfferPageScan {
  return {
    url: `${origin}/offer/edit/${offerId}`,
    offerIdInUrl: String(offerId),
    shownOfferId: null,
    title: `Offer ${offerId}`,
    trackingUrl: null,
    postbackUrl: null,
    payoutRows: Array.from({ length: 5000 }, (_, i) => ({
      goalValue: `g${i}`,
      goalTitle: `Goal ${i}`,
    })),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  ids = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('offers', () => {
  it(`keeps ${MAX_GOALS_PER_OFFER} goals of a page with ${MAX_PAYOUT_ROWS} payout rows and says so`, async () => {
    const receipt = await offers.offerPageScanned(
      { type: 'offerPageScanned', scan: floodScan(1) },
      fromTab(1, `${HOSTILE}/offer/edit/1`),
    );
    expect(receipt.findings.map((f) => f.code)).toContain('affise.goals-capped');
    const stored = await storedOffers.getValue();
    expect(stored['evil/1']?.fields.goals?.value).toHaveLength(MAX_GOALS_PER_OFFER);
  });

  it('a tab flipping through offer ids cannot push the stored offers out, and the user is told', async () => {
    await saveOfferRead(
      {
        network: 'rocketcompany',
        offerId: '12',
        adminHost: 'rocketcompany.affise.com',
        fields: { title: { value: 'Mine', source: 'page', readAt: NOW.toISOString() } },
      },
      NOW.toISOString(),
    );
    const refused: string[] = [];
    for (let id = 1; id <= MAX_OFFERS_PER_TAB + 10; id++) {
      await offers
        .offerPageScanned(
          { type: 'offerPageScanned', scan: floodScan(id) },
          fromTab(2, `${HOSTILE}/offer/edit/${id}`),
        )
        .catch((error: Error) => refused.push(error.message));
    }
    expect(refused).toHaveLength(10);
    const stored = await storedOffers.getValue();
    expect(stored['rocketcompany/12']?.fields.title?.value).toBe('Mine');
    expect(JSON.stringify(stored).length).toBeLessThan(MAX_OFFERS_CHARS);
    const notices = await storageNotices.getValue();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/more than 30 different offers within ten minutes/);
  }, 30_000);

  it('offers removed to stay within the quota are named in a notice', async () => {
    const goals = Array.from({ length: MAX_GOALS_PER_OFFER }, (_, i) => ({
      value: `goal-${i}`,
      title: `A goal with a long title number ${i}`,
    }));
    const offer = (id: number) => {
      const updatedAt = new Date(Date.UTC(2025, 0, 1, 0, 0, id)).toISOString();
      return {
        key: `evil/${id}`,
        network: 'evil',
        offerId: String(id),
        adminHost: 'evil.affise.com',
        fields: { goals: { value: goals, source: 'page' as const, readAt: updatedAt } },
        updatedAt,
      };
    };
    const many = Object.fromEntries(
      Array.from({ length: 250 }, (_, id) => [`evil/${id}`, offer(id)]),
    );
    expect(JSON.stringify(many).length).toBeGreaterThan(MAX_OFFERS_CHARS);
    await fakeBrowser.storage.local.set({ affiseOffers: many });
    await offers.offerPageScanned(
      { type: 'offerPageScanned', scan: floodScan(12, 'https://rocketcompany.affise.com') },
      fromTab(3, 'https://rocketcompany.affise.com/offer/edit/12'),
    );
    const stored = await storedOffers.getValue();
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(MAX_OFFERS_CHARS);
    expect(stored['rocketcompany/12']).toBeDefined();
    expect(stored['evil/249']).toBeDefined();
    expect(stored['evil/0']).toBeUndefined();
    const notices = await storageNotices.getValue();
    expect(notices[0]?.message).toMatch(
      /removed the least recently used offers \(evil\/\d+, evil\/\d+, evil\/\d+ and \d+ more\)/,
    );
  });
});

describe('dry-run history', () => {
  const bigScenario = () => {
    const scenario = exampleScenario();
    scenario.affiliatePostbacks = Array.from({ length: 20 }, () => ({
      scope: 'global',
      url: `https://aff.example/pb?${'s={sub1}&'.repeat(200)}`,
    }));
    return ScenarioSchema.parse(scenario);
  };

  it('stores a large run as a bounded summary, so ten of them fit the quota', async () => {
    const scenario = bigScenario();
    for (let i = 0; i < MAX_STORED_RUNS + 2; i++) {
      const { stored, notSaved } = await runs.runDryRun({ type: 'runDryRun', scenario }, {});
      expect(notSaved).toBeUndefined();
      expect(JSON.stringify(stored.run).length).toBeGreaterThan(MAX_STORED_RUN_CHARS);
    }
    const { dryRuns } = await fakeBrowser.storage.local.get('dryRuns');
    expect(dryRuns).toHaveLength(MAX_STORED_RUNS);
    expect(JSON.stringify(dryRuns).length).toBeLessThan(MAX_STORED_RUNS * 2 * MAX_STORED_RUN_CHARS);
    const [first] = dryRuns as { label: string }[];
    expect(first?.label).toMatch(
      /\(stored copy: first \d+ of \d+ requests; run it again to see all\)$/,
    );
  });

  it('says so when the run could not be stored, and still answers with it', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const { stored, notSaved } = await runs.runDryRun(
      { type: 'runDryRun', scenario: ScenarioSchema.parse(exampleScenario()) },
      {},
    );
    expect(stored.run.requests.length).toBeGreaterThan(0);
    expect(notSaved).toMatch(
      /^This run is shown but could not be kept in "Last runs" \(.*quota exceeded/,
    );
  });

  it('refuses a scenario too large to run in the service worker within a second', async () => {
    const scenario = ScenarioSchema.parse(multiplyingScenario(25));
    expect(JSON.stringify(scenario).length).toBeGreaterThan(MAX_BROWSER_SCENARIO_CHARS);
    await expect(runs.runDryRun({ type: 'runDryRun', scenario }, {})).rejects.toThrow(
      /browser runs scenarios up to 300 kB\. Run it with the postbridge CLI/,
    );
  });
});
