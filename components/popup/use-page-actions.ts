import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Finding } from '@/lib/core/findings';
import type { GenerateResult } from '@/lib/link/schemas';
import type { AdjustFillRecord } from '@/lib/messages/adjust-fill';
import { ADJUST_FILL_MESSAGES } from '@/lib/messages/adjust-fill';
import type {
  ApplyTrackingUrlResponse,
  FillAdjustEncodingToolResponse,
  TabFailure,
} from '@/lib/messages/page-fill';
import { lastAdjustFill } from '@/utils/adjust-fill-store';
import { detailText, failureOf } from '@/utils/message-failure';
import { sendRequest } from '@/utils/send-request';
import { sendToTab } from '@/utils/tab-messaging';
import { type PageAction, plainFailure } from './model/plain-failures';

/** A failure as the popup shows it: one plain sentence, the rest behind "Details". */
export interface ActionFailure {
  code: string;
  message: string;
  detail: string;
  findings: Finding[];
}

export type Outcome<T> =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; data: T }
  | { kind: 'failed'; failure: ActionFailure };

/** What a fill produced, and the Encoding tool's tab when it was another one. */
export type FillDone = FillAdjustEncodingToolResponse & { toolTab: number | null; link: string };

function failed(
  action: PageAction,
  failure: Omit<TabFailure, 'ok'>,
): { kind: 'failed'; failure: ActionFailure } {
  const { code, findings } = failure;
  const message = plainFailure(action, code);
  return { kind: 'failed', failure: { code, message, detail: detailText(failure), findings } };
}

function thrown(action: PageAction, error: unknown): { kind: 'failed'; failure: ActionFailure } {
  return failed(action, failureOf(error, 'page'));
}

function fromRecord(record: AdjustFillRecord): Outcome<FillDone> {
  return record.outcome.ok
    ? { kind: 'done', data: { ...record.outcome.data, toolTab: record.tabId, link: record.link } }
    : failed('fill', record.outcome);
}

export interface PageActions {
  fill: Outcome<FillDone>;
  apply: Outcome<ApplyTrackingUrlResponse & { link: string }>;
  /** "Fill this page": the target tab is the Encoding tool. */
  fillHere: () => Promise<void>;
  /** "Fill in Adjust": the background opens (or finds) the Encoding tool and fills it. */
  fillInAdjust: () => Promise<void>;
  applyToOffer: (link: string) => Promise<void>;
  showTab: (tabId: number) => void;
}

/** The last "Fill in Adjust" of this session, shown again if it filled the link on screen now. */
function useLastFill(link: string | null, setFill: (outcome: Outcome<FillDone>) => void) {
  useEffect(() => {
    if (link === null) return;
    let cancelled = false;
    lastAdjustFill
      .getValue()
      .then((record) => {
        if (!cancelled && record && record.link === link) setFill(fromRecord(record));
      })
      .catch(() => undefined);
    // A fill the background finishes while the popup is open again arrives here too.
    const unwatch = lastAdjustFill.watch((record) => {
      if (record && record.link === link) setFill(fromRecord(record));
    });
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [link, setFill]);
}

/** The page actions of the Build tab and what came of them. */
export function usePageActions(
  tabId: number | null,
  adjustLink: string,
  result: GenerateResult,
): PageActions {
  const [fill, setFill] = useState<Outcome<FillDone>>({ kind: 'idle' });
  const [apply, setApply] = useState<PageActions['apply']>({ kind: 'idle' });
  useLastFill(result.link, setFill);

  const fillHere = useCallback(async () => {
    if (tabId === null) return;
    setFill({ kind: 'busy' });
    try {
      const data = await sendToTab(tabId, { type: 'fillAdjustEncodingTool', adjustLink, result });
      setFill({ kind: 'done', data: { ...data, toolTab: null, link: result.link ?? '' } });
    } catch (error) {
      setFill(thrown('fill', error));
    }
  }, [tabId, adjustLink, result]);

  const fillInAdjust = useCallback(async () => {
    setFill({ kind: 'busy' });
    try {
      setFill(
        fromRecord(
          await sendRequest(ADJUST_FILL_MESSAGES, { type: 'fillAdjustInTab', adjustLink, result }),
        ),
      );
    } catch (error) {
      setFill(thrown('fill', error));
    }
  }, [adjustLink, result]);

  const applyToOffer = useCallback(
    async (link: string) => {
      if (tabId === null) return;
      setApply({ kind: 'busy' });
      try {
        const data = await sendToTab(tabId, { type: 'applyTrackingUrl', link });
        setApply({ kind: 'done', data: { ...data, link } });
      } catch (error) {
        setApply(thrown('apply', error));
      }
    },
    [tabId],
  );

  const showTab = useCallback((id: number) => {
    void browser.tabs.update(id, { active: true }).catch(() => undefined);
  }, []);

  return { fill, apply, fillHere, fillInAdjust, applyToOffer, showTab };
}
