import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveAdminDomains } from '@/utils/managed-admin-domains';
import { readManagedSetup } from '@/utils/managed-setup';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('managed setup (company policy)', () => {
  it('adds the company’s admin domains to the user’s, once each, and names bad ones', async () => {
    await fakeBrowser.storage.managed.set({
      adminDomains: ['admin.company.com', 'mine.example.com', 'https://x/'],
    });
    expect(await effectiveAdminDomains(['mine.example.com'])).toEqual([
      'mine.example.com',
      'admin.company.com',
    ]);
    expect((await readManagedSetup()).problems).toEqual([expect.stringContaining('"https://x/"')]);
  });

  it('is empty where the browser has no managed storage for Postbridge', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockImplementation(async () => {
      throw new Error('Managed storage manifest not found');
    });
    expect(await readManagedSetup()).toEqual({
      adminDomains: [],
      taughtLocators: {},
      problems: [],
    });
  });
});
