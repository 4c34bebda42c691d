import { useCallback, useEffect, useState } from 'preact/hooks';
import { missingSiteAccess, requestSiteAccess, watchPermissions } from '@/utils/site-access';

export type SiteAccessOutcome = 'idle' | 'granted' | 'declined' | 'failed';

export interface SiteAccess {
  /** Match patterns not granted; empty when all are (or not known yet). */
  missing: string[];
  outcome: SiteAccessOutcome;
  /** Call straight from a click handler (the browser wants the user's gesture). */
  allow: () => void;
}

/** The sites the add-on lacks access to, kept current as the user grants or revokes them. */
export function useSiteAccess(): SiteAccess {
  const [missing, setMissing] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<SiteAccessOutcome>('idle');

  useEffect(() => {
    const refresh = () => {
      missingSiteAccess()
        .then(setMissing)
        // Not knowing is no reason to warn: the read itself says so if it fails.
        .catch(() => setMissing([]));
    };
    refresh();
    return watchPermissions(refresh);
  }, []);

  const allow = useCallback(() => {
    requestSiteAccess(missing).then(
      (granted) => setOutcome(granted ? 'granted' : 'declined'),
      () => setOutcome('failed'),
    );
  }, [missing]);

  return { missing, outcome, allow };
}
