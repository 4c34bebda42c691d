import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod/mini';
import { defineStoredItem } from '@/utils/storage';

const SettingsSchema = z.object({
  adminHosts: z.array(z.string()),
  theme: z.enum(['light', 'dark']),
});
const fallback = { adminHosts: [], theme: 'light' as const };

describe('defineStoredItem', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('returns a fresh copy of the fallback when nothing is stored', async () => {
    const item = defineStoredItem('local:settings', { schema: SettingsSchema, fallback });
    const first = await item.getValue();
    expect(first).toEqual(fallback);
    first.adminHosts.push('mutated.example');
    expect(await item.getValue()).toEqual(fallback);
  });

  it('stores and reads back a valid value', async () => {
    const item = defineStoredItem('local:settings', { schema: SettingsSchema, fallback });
    await item.setValue({ adminHosts: ['admin.network.example'], theme: 'dark' });
    expect(await item.getValue()).toEqual({ adminHosts: ['admin.network.example'], theme: 'dark' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { adminHosts: ['admin.network.example'], theme: 'dark' },
    });
  });

  it('refuses to store a value that breaks the schema', async () => {
    const item = defineStoredItem('local:settings', { schema: SettingsSchema, fallback });
    await expect(item.setValue(JSON.parse('{"adminHosts": "x", "theme": "dark"}'))).rejects.toThrow(
      /"local:settings".*at "adminHosts"/,
    );
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('sets aside only the invalid field, keeps the others, and names both', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ settings: { adminHosts: ['ok.example'], theme: 42 } });
    const item = defineStoredItem('local:settings', { schema: SettingsSchema, fallback });

    const repaired = { adminHosts: ['ok.example'], theme: 'light' };
    await expect(item.getValue()).resolves.toEqual(repaired);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('"local:settings"');
    expect(warn.mock.calls[0]?.[0]).toMatch(/could not be read \(theme: Invalid option/);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: repaired });
  });

  it('tells onInvalid what was replaced, so a page can show it to the user', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ settings: 'not an object' });
    const onInvalid = vi.fn();
    const item = defineStoredItem('local:settings', {
      schema: SettingsSchema,
      fallback,
      onInvalid,
    });

    await expect(item.getValue()).resolves.toEqual(fallback);
    expect(onInvalid).toHaveBeenCalledTimes(1);
    expect(onInvalid.mock.calls[0]?.[0]).toMatch(
      /could not be read \(.+\) and were set aside, so they start afresh/,
    );
    // The replacement is stored, so the next read is clean and reports nothing.
    await item.getValue();
    expect(onInvalid).toHaveBeenCalledTimes(1);
  });

  it('migrates a value stored by an older version before parsing it', async () => {
    await fakeBrowser.storage.local.set({
      settings: { adminHost: 'admin.network.example' },
      settings$: { v: 1 },
    });
    const V1Schema = z.object({ adminHost: z.string() });
    const item = defineStoredItem('local:settings', {
      schema: SettingsSchema,
      fallback,
      version: 2,
      migrations: {
        2: (old) => ({ adminHosts: [V1Schema.parse(old).adminHost], theme: 'light' }),
      },
    });

    expect(await item.getValue()).toEqual({
      adminHosts: ['admin.network.example'],
      theme: 'light',
    });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
  });

  it('falls back when a migration fails instead of throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ settings: { unexpected: true }, settings$: { v: 1 } });
    const item = defineStoredItem('local:settings', {
      schema: SettingsSchema,
      fallback,
      version: 2,
      migrations: {
        2: () => {
          throw new Error('cannot read version 1 data');
        },
      },
    });

    await expect(item.getValue()).resolves.toEqual(fallback);
    expect(error).toHaveBeenCalled();
    expect(warn.mock.calls[0]?.[0]).toContain('"local:settings"');
  });

  it('records the version of a value first written by the current version', async () => {
    const item = defineStoredItem('local:settings', {
      schema: SettingsSchema,
      fallback,
      version: 3,
    });
    await item.setValue({ adminHosts: [], theme: 'dark' });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 3 } });
  });

  it('hands watchers parsed values, and the fallback once the value is removed', async () => {
    const item = defineStoredItem('local:settings', { schema: SettingsSchema, fallback });
    const seen: unknown[] = [];
    const unwatch = item.watch((value) => seen.push(value));
    await item.setValue({ adminHosts: ['a.example'], theme: 'dark' });
    await item.removeValue();
    unwatch();
    expect(seen).toEqual([{ adminHosts: ['a.example'], theme: 'dark' }, fallback]);
  });
});
