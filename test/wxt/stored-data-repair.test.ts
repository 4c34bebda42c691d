import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod/mini';
import { SAMPLE_SCENARIO } from '@/lib/dry-run/sample-scenario';
import { ScenarioSchema } from '@/lib/dry-run/scenario';
import { createDryRunHandlers } from '@/utils/dry-run-handlers';
import { createOfferHandlers } from '@/utils/offer-handlers';
import {
  adminDomains,
  affiseApiSettings,
  saveOfferRead,
  storedOffers,
  takeOfferStoreProblems,
} from '@/utils/offer-store';
import { emptyDraft, popupState, takeStorageProblems, tokenMemory } from '@/utils/popup-state';
import { listSetAside } from '@/utils/set-aside';
import { defineStoredItem } from '@/utils/storage';
import { offerRead, READ_AT } from './offer-read';

/**
 * Issue 10 §4: one invalid entry used to replace the whole stored value (offers 3 → 0, an API key
 * of 201 characters wiped host and key, admin domains 2 → 0, dry-run history 2 → 0). Each test
 * stores the reviewer's damage, then checks that the valid entries stay, the bad one is set aside
 * (still readable) and the user is told.
 */

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  takeStorageProblems();
  takeOfferStoreProblems();
});

describe('stored maps are validated entry by entry', () => {
  it('offers: one broken offer of three is set aside, the other two stay', async () => {
    for (const id of ['1', '2', '3']) await saveOfferRead(offerRead(id), READ_AT);
    const raw = (await fakeBrowser.storage.local.get('affiseOffers')).affiseOffers as Record<
      string,
      Record<string, unknown>
    >;
    const broken = { ...raw['rocketcompany/2'], offerId: 'two' };
    await fakeBrowser.storage.local.set({
      affiseOffers: { ...raw, 'rocketcompany/2': broken },
    });

    const offers = await storedOffers.getValue();
    expect(Object.keys(offers).sort()).toEqual(['rocketcompany/1', 'rocketcompany/3']);
    const [record] = await listSetAside();
    expect(record).toMatchObject({
      item: 'local:affiseOffers',
      path: ['rocketcompany/2'],
      value: broken,
    });
    expect(record?.reason).toMatch(/^offerId: /);
    // Told in the next answer about an offer, which the popup shows.
    const handlers = createOfferHandlers({ fetch, now: () => new Date(READ_AT) });
    const answer = await handlers.getOffer({ type: 'getOffer', key: 'rocketcompany/1' }, {});
    expect(answer.findings[0]).toMatchObject({ code: 'storage.set-aside', severity: 'warning' });
    expect(answer.findings[0]?.message).toMatch(
      /^Some of the stored Affise offers could not be read \(rocketcompany\/2: offerId: /,
    );
  });

  it('API settings: a 201-character key is set aside, the host stays', async () => {
    await fakeBrowser.storage.local.set({
      affiseApi: { apiHost: 'api-rocketcompany.affise.com', apiKey: 'k'.repeat(201) },
    });
    expect(await affiseApiSettings.getValue()).toEqual({
      apiHost: 'api-rocketcompany.affise.com',
      apiKey: '',
    });
    const [record] = await listSetAside();
    expect(record).toMatchObject({ item: 'local:affiseApi', path: ['apiKey'] });
  });

  it('admin domains: one bad domain of two is set aside, the other stays', async () => {
    await fakeBrowser.storage.local.set({
      affiseAdminDomains: ['admin.mynetwork.com', 'https://not a host/*'],
    });
    expect(await adminDomains.getValue()).toEqual(['admin.mynetwork.com']);
    expect((await listSetAside())[0]).toMatchObject({ path: [1], value: 'https://not a host/*' });
  });

  it('dry-run history: one broken run of two is set aside, the other stays', async () => {
    const handlers = createDryRunHandlers({ now: () => new Date(READ_AT), newId: () => 'good' });
    await handlers.runDryRun(
      { type: 'runDryRun', scenario: ScenarioSchema.parse(SAMPLE_SCENARIO) },
      {},
    );
    const [good] = (await fakeBrowser.storage.local.get('dryRuns')).dryRuns as unknown[];
    await fakeBrowser.storage.local.set({ dryRuns: [{ id: 'bad', run: 'not a run' }, good] });
    const { runs, notice } = await handlers.listDryRuns({ type: 'listDryRuns' }, {});
    expect(runs.map((r) => r.id)).toEqual(['good']);
    expect(notice).toMatch(/^Some of the stored dry-runs could not be read \(0: /);
    expect((await listSetAside())[0]).toMatchObject({ item: 'local:dryRuns', path: [0] });
  });

  it('popup drafts: one broken draft is set aside, the other drafts stay, and the user is told', async () => {
    const draft = { ...emptyDraft(), updatedAt: 5 };
    await fakeBrowser.storage.local.set({
      popupState: {
        currentKey: 'net/1',
        drafts: { 'net/1': draft, 'net/2': { ...draft, linkKind: 'wavy' } },
        tab: 'build',
      },
    });
    const state = await popupState.getValue();
    expect(Object.keys(state.drafts)).toEqual(['net/1']);
    expect(state.currentKey).toBe('net/1');
    const [problem] = takeStorageProblems();
    expect(problem).toMatch(
      /^Some of the drafts you typed in the popup could not be read \(drafts → net\/2: linkKind: /,
    );
    expect(problem).toMatch(/Export them from the options page/);
  });

  it('token memory: one app with a broken token is set aside, the others stay', async () => {
    await fakeBrowser.storage.local.set({
      tokenMemory: {
        abc123: { installGoal: '1', tokens: { purchase: 'r8oaj2' }, updatedAt: 1 },
        def456: { installGoal: 7, tokens: {}, updatedAt: 1 },
      },
    });
    expect(Object.keys(await tokenMemory.getValue())).toEqual(['abc123']);
  });
});

describe('a downgrade keeps the data untouched', () => {
  const V1 = z.object({ hosts: z.array(z.string()) });

  it('reads what it can, writes nothing, and says why', async () => {
    const written = { hosts: ['a.example'], addedInV2: { colour: 'blue' } };
    await fakeBrowser.storage.local.set({ future: written, future$: { v: 2 } });
    const onInvalid = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const item = defineStoredItem('local:future', {
      schema: V1,
      fallback: { hosts: [] },
      version: 1,
      label: 'future settings',
      onInvalid,
    });
    expect(await item.getValue()).toEqual({ hosts: ['a.example'] });
    await expect(item.setValue({ hosts: [] })).rejects.toThrow(/newer version of Postbridge/);
    expect(onInvalid.mock.calls[0]?.[0]).toMatch(/saved by a newer version of Postbridge/);
    expect(await fakeBrowser.storage.local.get(['future', 'future$'])).toEqual({
      future: written,
      future$: { v: 2 },
    });
  });

  it('even a value this version cannot parse stays as it was', async () => {
    const written = { hosts: 'now a string in v3' };
    await fakeBrowser.storage.local.set({ later: written, later$: { v: 3 } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const item = defineStoredItem('local:later', { schema: V1, fallback: { hosts: [] } });
    expect(await item.getValue()).toEqual({ hosts: [] });
    expect((await fakeBrowser.storage.local.get('later')).later).toEqual(written);
    expect(await listSetAside()).toEqual([]);
  });
});
