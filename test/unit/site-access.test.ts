import { describe, expect, test } from 'vitest';
import {
  describeMissingAccess,
  describeNoAccessFailure,
  distinctSites,
  missingOrigins,
  requiredOrigins,
  siteOf,
} from '../../lib/extension/site-access';

describe('requiredOrigins', () => {
  test.each([
    { name: 'nothing declared', manifest: {}, expected: [] },
    {
      name: 'host permissions, then content-script matches, each once',
      manifest: {
        host_permissions: ['*://*.affise.com/*'],
        content_scripts: [
          { matches: ['https://*.adjust.com/*', 'https://help.adjust.com/*'] },
          { matches: ['*://*.affise.com/*'] },
          {},
        ],
      },
      expected: ['*://*.affise.com/*', 'https://*.adjust.com/*', 'https://help.adjust.com/*'],
    },
  ])('$name', ({ manifest, expected }) => {
    expect(requiredOrigins(manifest)).toEqual(expected);
  });
});

test.each([
  { granted: ['*://*.affise.com/*', 'https://*.adjust.com/*'], missing: [] },
  { granted: ['https://*.adjust.com/*', '<all_urls>'], missing: ['*://*.affise.com/*'] },
  { granted: [], missing: ['*://*.affise.com/*', 'https://*.adjust.com/*'] },
])('missingOrigins with $granted granted → $missing', ({ granted, missing }) => {
  expect(missingOrigins(['*://*.affise.com/*', 'https://*.adjust.com/*'], granted)).toEqual(
    missing,
  );
});

describe('siteOf and distinctSites', () => {
  test.each([
    ['*://*.affise.com/*', '*.affise.com'],
    ['https://help.adjust.com/*', 'help.adjust.com'],
    ['<all_urls>', '<all_urls>'],
  ])('%s → %s', (pattern, site) => {
    expect(siteOf(pattern)).toBe(site);
  });

  test('a host inside a wildcard site is named once', () => {
    expect(
      distinctSites(['*://*.affise.com/*', 'https://*.adjust.com/*', 'https://help.adjust.com/*']),
    ).toEqual(['*.affise.com', '*.adjust.com']);
    expect(distinctSites(['https://help.adjust.com/*'])).toEqual(['help.adjust.com']);
  });
});

test('the missing-access sentence names each site once and says what stops working', () => {
  expect(describeMissingAccess(['*://*.affise.com/*', 'https://*.adjust.com/*'])).toBe(
    'Postbridge is not allowed on *.affise.com, *.adjust.com in this browser, so it cannot read offers or fill pages there by itself.',
  );
});

describe('describeNoAccessFailure', () => {
  test.each([
    ['Missing host permission for the tab', true],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      true,
    ],
    ['Cannot access contents of url "https://x.affise.com/". ', true],
    ['No tab with id: 7', false],
    ['Cannot access a chrome:// URL', false],
  ])('%s → recognised: %s', (message, recognised) => {
    const described = describeNoAccessFailure(message);
    expect(described !== null).toBe(recognised);
    if (described) expect(described).not.toContain(message);
  });
});
