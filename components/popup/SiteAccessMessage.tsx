import { describeMissingAccess } from '@/lib/extension/site-access';
import type { SiteAccess } from './use-site-access';

/** What SiteAccessNotice shows: the missing sites and the one-click fix, or that access came back. */
export function SiteAccessMessage({ missing, outcome, allow }: SiteAccess) {
  if (missing.length === 0) {
    return outcome === 'granted' ? (
      <p class="pb-notice pb-ok" role="status" data-site-access="granted">
        Access allowed: press “Read this page”, or reload the offer page.
      </p>
    ) : null;
  }
  return (
    <div class="pb-notice pb-info" role="status" data-site-access="missing">
      <div class="pb-row">
        <span style={{ flex: 1 }}>{describeMissingAccess(missing)}</span>
        <button type="button" class="pb-button pb-small" onClick={allow}>
          Allow access
        </button>
      </div>
      {outcome === 'declined' && (
        <p>The browser did not allow it. “Read this page” still works on the page you have open.</p>
      )}
      {outcome === 'failed' && (
        <p>The browser would not ask. Allow Postbridge on these sites in its extension settings.</p>
      )}
      <details class="pb-details">
        <summary>Details</summary>
        <p>
          Firefox lets you turn off an add-on’s access to sites: about:addons → Postbridge →
          Permissions, or the Extensions button (puzzle piece) → Postbridge. Postbridge needs these
          sites to read offers when you open them and to fill Adjust’s Encoding tool. Missing:{' '}
          {missing.join(', ')}.
        </p>
      </details>
    </div>
  );
}
