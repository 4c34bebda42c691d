import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { missingSiteAccess, requestSiteAccess } from '@/utils/site-access';

const manifest = {
  manifest_version: 3,
  name: 'Postbridge',
  version: '0.1.0',
  host_permissions: ['*://*.affise.com/*'],
  content_scripts: [
    { matches: ['https://*.adjust.com/*', 'https://help.adjust.com/*'], js: ['a.js'] },
    { matches: ['*://*.affise.com/*'], js: ['b.js'] },
  ],
} as ReturnType<typeof fakeBrowser.runtime.getManifest>;

describe('missingSiteAccess', () => {
  it.each([
    {
      name: 'everything granted (as both browsers list it on install)',
      granted: ['*://*.affise.com/*', 'https://*.adjust.com/*', 'https://help.adjust.com/*'],
      missing: [],
    },
    {
      name: 'Affise revoked by the user',
      granted: ['https://*.adjust.com/*', 'https://help.adjust.com/*'],
      missing: ['*://*.affise.com/*'],
    },
    {
      name: 'nothing granted',
      granted: undefined,
      missing: ['*://*.affise.com/*', 'https://*.adjust.com/*', 'https://help.adjust.com/*'],
    },
  ])('$name', async ({ granted, missing }) => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest);
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue(
      granted ? { origins: granted, permissions: [] } : { permissions: [] },
    );
    expect(await missingSiteAccess()).toEqual(missing);
  });
});

it('requestSiteAccess asks the browser for exactly the missing origins', async () => {
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
  expect(await requestSiteAccess(['*://*.affise.com/*'])).toBe(true);
  expect(request).toHaveBeenCalledWith({ origins: ['*://*.affise.com/*'] });
});
