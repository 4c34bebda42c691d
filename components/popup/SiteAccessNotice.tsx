import { lazyPart } from './lazy-part';
import { useSiteAccess } from './use-site-access';

/** Rarely shown, so its words load only when there is something to say. */
const SiteAccessMessage = lazyPart('The site-access notice', () =>
  import('./SiteAccessMessage').then((m) => m.SiteAccessMessage),
);

/**
 * Says so when the browser does not let Postbridge on the Affise or Adjust sites (Firefox lets
 * users take that access away; Chrome's "site access" setting too), with the one-click fix.
 */
export function SiteAccessNotice() {
  const access = useSiteAccess();
  if (access.missing.length === 0 && access.outcome !== 'granted') return null;
  return <SiteAccessMessage {...access} />;
}
