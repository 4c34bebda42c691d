import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SAMPLE_SCENARIO } from '@/lib/dry-run/sample-scenario';
import type { Scenario } from '@/lib/dry-run/scenario';
import {
  createDryRunDraftStore,
  type DryRunDraft,
  type DryRunDraftStore,
  dryRunDrafts,
  MAX_DRY_RUN_DRAFTS,
  scenarioBasis,
  takeDryRunDraftProblems,
  withDryRunDraft,
} from '@/utils/dry-run-drafts';
import { listSetAside } from '@/utils/set-aside';

const sample = (): Scenario => structuredClone(SAMPLE_SCENARIO);

function edited(change: (s: Scenario) => void): Scenario {
  const scenario = sample();
  change(scenario);
  return scenario;
}

const draftOf = (scenario: Scenario, updatedAt = 1): DryRunDraft => ({
  scenario,
  basis: scenarioBasis(sample()),
  updatedAt,
});

describe('dry-run scenario drafts in storage', () => {
  /** The store of one popup page; a new one is a popup opened again. */
  let popup: DryRunDraftStore;

  beforeEach(() => {
    fakeBrowser.reset();
    takeDryRunDraftProblems();
    popup = createDryRunDraftStore();
  });

  it('has no draft for an offer nobody edited', async () => {
    expect(await popup.load('rocketcompany/12')).toBeNull();
  });

  it('gives back the edited scenario after the popup is closed and opened again', async () => {
    const scenario = edited((s) => {
      s.click.subs = { sub1: 'edited-in-the-dry-run-tab' };
    });
    expect(await popup.load('rocketcompany/12')).toBeNull();
    await popup.save('rocketcompany/12', draftOf(scenario, 1_000));

    expect(await fakeBrowser.storage.local.get('dryRunDrafts')).toMatchObject({
      dryRunDrafts: {
        'rocketcompany/12': {
          scenario: { click: { subs: { sub1: 'edited-in-the-dry-run-tab' } } },
        },
      },
    });
    // A new popup page reads storage from scratch.
    const reopened = createDryRunDraftStore();
    expect(await reopened.load('rocketcompany/12')).toEqual(draftOf(scenario, 1_000));
  });

  it('reads a draft back even when it is asked for before the save has finished', async () => {
    await popup.load('k');
    const scenario = edited((s) => {
      s.seed = 7;
    });
    // The view saves when it unmounts and reads when it mounts again: the two race.
    const saving = popup.save('k', draftOf(scenario));
    const loading = popup.load('k');
    expect((await loading)?.scenario.seed).toBe(7);
    await saving;
  });

  it('sends a save at once once the page has read storage (the popup may be closing)', async () => {
    await popup.load('k');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const saving = popup.save('k', draftOf(sample()));
    // Only microtasks run before the page goes away: no read may come first.
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(get).not.toHaveBeenCalled();
    expect(set).toHaveBeenCalled();
    await saving;
  });

  it('keeps half-typed values the run would refuse', async () => {
    const scenario = edited((s) => {
      s.click.pid = '12a';
      s.click.domain = 'not a host';
      s.offer.goals = [];
    });
    await popup.save('k', draftOf(scenario));
    expect((await popup.load('k'))?.scenario).toEqual(scenario);
    expect(takeDryRunDraftProblems()).toEqual([]);
  });

  it('keeps one draft per offer, and removing one leaves the others', async () => {
    await popup.save(
      'a/1',
      draftOf(
        edited((s) => {
          s.seed = 1;
        }),
      ),
    );
    await popup.save(
      'a/2',
      draftOf(
        edited((s) => {
          s.seed = 2;
        }),
      ),
    );
    await popup.remove('a/1');
    expect(await popup.load('a/1')).toBeNull();
    expect((await popup.load('a/2'))?.scenario.seed).toBe(2);
    // Keys that name Object.prototype members are not drafts.
    expect(await popup.load('constructor')).toBeNull();
  });

  it('drops the least recently edited drafts beyond the limit, never the one just saved', () => {
    let drafts: Record<string, DryRunDraft> = {};
    for (let i = 0; i < MAX_DRY_RUN_DRAFTS + 3; i++)
      drafts = withDryRunDraft(drafts, `n/${i}`, draftOf(sample(), 100 + i));
    drafts = withDryRunDraft(drafts, 'n/0', draftOf(sample(), 5));
    expect(Object.keys(drafts)).toHaveLength(MAX_DRY_RUN_DRAFTS);
    expect(drafts['n/0']?.updatedAt).toBe(5);
    expect(drafts['n/1']).toBeUndefined();
    expect(drafts[`n/${MAX_DRY_RUN_DRAFTS + 2}`]).toBeDefined();
  });

  it('reports a stored value of the wrong shape and replaces it instead of crashing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = sample() as unknown as Record<string, unknown>;
    broken.activities = 'install';
    await fakeBrowser.storage.local.set({
      dryRunDrafts: { k: { scenario: broken, basis: 'x', updatedAt: 1 } },
    });

    expect(await popup.load('k')).toBeNull();
    const problems = takeDryRunDraftProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/dry-run scenarios you were editing could not be read \(k:/);
    expect(problems[0]).toMatch(/set aside; everything else is kept/);
    expect(warn.mock.calls[0]?.[0]).toContain('"local:dryRunDrafts"');
    expect(await fakeBrowser.storage.local.get('dryRunDrafts')).toEqual({ dryRunDrafts: {} });
    // Set aside, not deleted: the broken draft is still there to export.
    const [record] = await listSetAside();
    expect(record).toMatchObject({ item: 'local:dryRunDrafts', path: ['k'] });
  });

  it('refuses to store something that is not a scenario', async () => {
    const broken = { ...draftOf(sample()), scenario: { offer: 'x' } as unknown as Scenario };
    await expect(dryRunDrafts.setValue({ k: broken })).rejects.toThrow(/dryRunDrafts/);
  });

  it('fingerprints scenarios: the same scenario the same basis, any change another', () => {
    expect(scenarioBasis(sample())).toBe(scenarioBasis(sample()));
    expect(
      scenarioBasis(
        edited((s) => {
          s.offer.id = '13';
        }),
      ),
    ).not.toBe(scenarioBasis(sample()));
    expect(scenarioBasis(sample())).toMatch(/^[0-9a-z]+-[0-9a-f]{8}$/);
  });
});
