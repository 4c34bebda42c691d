import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/core/error-message';
import type { Scenario } from '@/lib/dry-run/scenario';
import { DRY_RUN_MESSAGES, MAX_STORED_RUNS, type StoredDryRun } from '@/lib/messages/dry-run';
import { rememberShownRun, shownRunId } from '@/utils/dry-run-shown';
import { sendRequest } from '@/utils/send-request';

export interface DryRuns {
  /** The run on screen: the last one run or picked here, or the one this view showed last time. */
  current: StoredDryRun | null;
  history: StoredDryRun[];
  running: boolean;
  error: string | null;
  /** Why the last run (or the stored history) could not be kept, in the user's words. */
  notSaved: string | null;
  run: (scenario: Scenario, label: string) => Promise<void>;
  show: (stored: StoredDryRun) => void;
  clear: () => void;
}

/** Reads the stored runs once, and puts the one this view showed last back on screen. */
function useStoredRuns(
  viewKey: string | null,
  picked: { current: boolean },
  setHistory: (runs: StoredDryRun[]) => void,
  setCurrent: (run: StoredDryRun) => void,
  setError: (error: string) => void,
  setNotSaved: (notice: string) => void,
) {
  useEffect(() => {
    let cancelled = false;
    Promise.all([
      sendRequest(DRY_RUN_MESSAGES, { type: 'listDryRuns' }),
      viewKey === null ? null : shownRunId(viewKey),
    ])
      .then(([{ runs, notice }, shownId]) => {
        if (cancelled) return;
        setHistory(runs);
        if (notice) setNotSaved(notice);
        const shown = runs.find((r) => r.id === shownId);
        // A run started or picked while reading wins over the one remembered.
        if (shown && !picked.current) setCurrent(shown);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(`The stored runs could not be read: ${errorMessage(e)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [viewKey, picked, setHistory, setCurrent, setError, setNotSaved]);
}

/**
 * The runs of one dry-run view. `viewKey` (the popup's key for the offer of the tab, or the
 * full-tab page's key) remembers which run was on screen, so reopening the popup on that tab shows
 * it again.
 */
export function useDryRuns(viewKey: string | null): DryRuns {
  const [current, setCurrent] = useState<StoredDryRun | null>(null);
  const [history, setHistory] = useState<StoredDryRun[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notSaved, setNotSaved] = useState<string | null>(null);
  const picked = useRef(false);
  useStoredRuns(viewKey, picked, setHistory, setCurrent, setError, setNotSaved);

  const show = useCallback(
    (stored: StoredDryRun) => {
      picked.current = true;
      setCurrent(stored);
      if (viewKey !== null) rememberShownRun(viewKey, stored.id).catch(() => undefined);
    },
    [viewKey],
  );

  const run = useCallback(
    async (scenario: Scenario, label: string) => {
      setRunning(true);
      setError(null);
      try {
        const { stored, notSaved: why } = await sendRequest(DRY_RUN_MESSAGES, {
          type: 'runDryRun',
          scenario,
          ...(label.trim() ? { label: label.trim() } : {}),
        });
        show(stored);
        setNotSaved(why ?? null);
        if (why === undefined) {
          setHistory((runs) =>
            [stored, ...runs.filter((r) => r.id !== stored.id)].slice(0, MAX_STORED_RUNS),
          );
        }
      } catch (e) {
        setError(`The dry run did not finish: ${errorMessage(e)}`);
      } finally {
        setRunning(false);
      }
    },
    [show],
  );

  const clear = useCallback(() => {
    sendRequest(DRY_RUN_MESSAGES, { type: 'clearDryRuns' })
      .then(() => {
        setHistory([]);
        setCurrent(null);
      })
      .catch((e: unknown) => setError(`The stored runs could not be cleared: ${errorMessage(e)}`));
  }, []);

  return { current, history, running, error, notSaved, run, show, clear };
}
