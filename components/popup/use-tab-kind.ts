import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToTab } from '@/utils/tab-messaging';
import { type TabKind, tabKindOf } from './model/tab-kind';

async function urlOf(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

/** Asks the Affise page whether its Tracking URL field is on screen; a page that cannot say does not. */
async function showsTrackingField(tabId: number): Promise<boolean> {
  return sendToTab(tabId, { type: 'findTrackingUrlField' }).then(
    (found) => found.shown,
    () => false,
  );
}

/**
 * What the target tab shows (null while finding out). The address is visible for Affise and
 * help.adjust.com tabs (host permissions) and for the active tab once the user opened the popup
 * (activeTab); elsewhere the tab counts as `other`. `recheck` looks again, e.g. after the user
 * switched to the Affise offer's Tracking tab.
 */
export function useTabKind(
  tabId: number | null,
  hasTabOffer: boolean,
): { kind: TabKind | null; recheck: () => void } {
  const [kind, setKind] = useState<TabKind | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      if (tabId === null) return 'other' as const;
      const byAddress = tabKindOf(await urlOf(tabId), hasTabOffer, []);
      if (byAddress !== 'affise-offer') return byAddress;
      return (await showsTrackingField(tabId)) ? 'affise-tracking' : byAddress;
    })()
      .catch((): TabKind => 'other')
      .then((found) => {
        if (!cancelled) setKind(found);
      });
    return () => {
      cancelled = true;
    };
  }, [tabId, hasTabOffer, round]);
  const recheck = useCallback(() => setRound((n) => n + 1), []);
  return { kind, recheck };
}
