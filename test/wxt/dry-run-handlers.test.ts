import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SAMPLE_SCENARIO } from '@/lib/dry-run/sample-scenario';
import { ScenarioSchema } from '@/lib/dry-run/scenario';
import { RequestSchema } from '@/lib/messages';
import { StoredDryRunSchema } from '@/lib/messages/dry-run';
import { createDryRunHandlers } from '@/utils/dry-run-handlers';
import {
  addStoredRun,
  dryRunHistory,
  listStoredRuns,
  MAX_STORED_RUNS,
} from '@/utils/dry-run-store';
import { handleMessage } from '@/utils/messaging';

const NOW = new Date('2026-02-03T04:05:06.000Z');
let ids = 0;
const handlers = createDryRunHandlers({ now: () => NOW, newId: () => `run-${++ids}` });
const allHandlers = handlers as Parameters<typeof handleMessage>[0];
const fromPopup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const scenario = ScenarioSchema.parse(SAMPLE_SCENARIO);
const runRequest = (label?: string) => ({
  type: 'runDryRun' as const,
  scenario,
  ...(label ? { label } : {}),
});

beforeEach(() => {
  fakeBrowser.reset();
  ids = 0;
});

describe('dry-run background handlers', () => {
  it('runs a scenario, answers with the stored run and keeps it', async () => {
    const { stored } = await handlers.runDryRun(runRequest(), {});
    expect(stored).toMatchObject({
      id: 'run-1',
      createdAt: NOW.toISOString(),
      label: 'Offer 12 (Rocket Game iOS), 2026-02-03 04:05 UTC',
    });
    expect(stored.run.requests).toHaveLength(12);
    expect(StoredDryRunSchema.safeParse(stored).success).toBe(true);
    expect(await listStoredRuns()).toEqual([stored]);
    expect((await handlers.listDryRuns({ type: 'listDryRuns' }, {})).runs).toEqual([stored]);
  });

  it('uses the label the user gave', async () => {
    const { stored } = await handlers.runDryRun(runRequest('  before launch  '), {});
    expect(stored.label).toBe('before launch');
  });

  it('keeps the last 10 runs, newest first', async () => {
    for (let i = 0; i < MAX_STORED_RUNS + 3; i++)
      await handlers.runDryRun(runRequest(`run ${i}`), {});
    const runs = await listStoredRuns();
    expect(runs).toHaveLength(MAX_STORED_RUNS);
    expect(runs[0]?.label).toBe('run 12');
    expect(runs.at(-1)?.label).toBe('run 3');
  });

  it('clears the stored runs', async () => {
    await handlers.runDryRun(runRequest(), {});
    expect(await handlers.clearDryRuns({ type: 'clearDryRuns' }, {})).toEqual({ ok: true });
    expect(await listStoredRuns()).toEqual([]);
  });

  it('replaces a stored value that fails its schema by the empty history, without throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ dryRuns: [{ id: 'x', run: 'not a run' }] });
    expect(await listStoredRuns()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"local:dryRuns"'));
    expect((await fakeBrowser.storage.local.get('dryRuns')).dryRuns).toEqual([]);
  });

  it('refuses to store a run that does not match the schema', async () => {
    const stored = StoredDryRunSchema.parse((await handlers.runDryRun(runRequest(), {})).stored);
    await expect(addStoredRun({ ...stored, createdAt: 'yesterday' })).rejects.toThrow(
      /Refusing to store an invalid value/,
    );
    expect(await dryRunHistory.getValue()).toHaveLength(1);
  });
});

describe('dry-run messages through the message router', () => {
  it('routes runDryRun with a zod-checked scenario', async () => {
    const reply = await handleMessage(
      allHandlers,
      { type: 'runDryRun', scenario: SAMPLE_SCENARIO },
      fromPopup,
    );
    expect(reply.ok).toBe(true);
  });

  it('rejects a scenario that does not parse and names the field', async () => {
    const bad = { ...SAMPLE_SCENARIO, click: { ...SAMPLE_SCENARIO.click, pid: 'seven' } };
    expect(RequestSchema.safeParse({ type: 'runDryRun', scenario: bad }).success).toBe(false);
    const reply = await handleMessage(allHandlers, { type: 'runDryRun', scenario: bad }, fromPopup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(reply.ok ? '' : reply.error.detail).toContain('"scenario.click.pid"');
    expect(await listStoredRuns()).toEqual([]);
  });
});
