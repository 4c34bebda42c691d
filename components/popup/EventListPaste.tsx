import './event-list-paste.css';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EventMatch } from '@/lib/events/match-events';
import type { GoalMapping } from '@/utils/popup-state';
import type { EventListPanelProps } from './EventListPanel';
import type { MappedGoal } from './generate-input';
import { usePasteAnywhere } from './use-paste-anywhere';

export interface EventListPasteProps {
  goals: readonly MappedGoal[];
  /** The goal table's own mapping setter: a filled token is then kept and remembered as if typed. */
  onMapping: (goal: string, mapping: GoalMapping) => void;
}

type Panel = (props: EventListPanelProps) => preact.JSX.Element;

/** The panel's module, loaded once on first use and kept for the popup's life. */
function usePanel(open: boolean): { Panel: Panel | null; error: string | null } {
  const [Panel, setPanel] = useState<Panel | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open || Panel) return;
    import('./EventListPanel')
      .then((module) => setPanel(() => module.default))
      .catch((failure: unknown) =>
        setError(
          `The event list could not be opened (${failure instanceof Error ? failure.message : String(failure)}); close and reopen the popup.`,
        ),
      );
  }, [open, Panel]);
  return { Panel, error };
}

/**
 * "Paste event list": the advertiser's list of Adjust events (from Adjust's Events table, a
 * spreadsheet or an e-mail) fills every token it can match, after a preview. Pressing Ctrl+V
 * anywhere in the popup opens the preview at once; the button opens a box to paste into.
 */
export function EventListPaste({ goals, onMapping }: EventListPasteProps) {
  const [open, setOpen] = useState<false | 'pasted' | 'typed'>(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const { Panel, error } = usePanel(open !== false);

  const onPasted = useCallback((pasted: string) => {
    setText(pasted);
    setOpen('pasted');
    setStatus('');
  }, []);
  usePasteAnywhere(onPasted);

  const apply = (matches: EventMatch[]) => {
    for (const match of matches) onMapping(match.goal, { activity: 'event', token: match.token });
    setOpen(false);
    setText('');
    setStatus(
      matches.length === 1
        ? 'Filled 1 event token from the list.'
        : `Filled ${matches.length} event tokens from the list.`,
    );
  };

  return (
    <div class="pb-paste" data-event-list-paste>
      <div class="pb-row pb-paste-bar">
        <button
          type="button"
          class="pb-button pb-small"
          aria-expanded={open !== false}
          aria-controls="pb-paste-panel"
          onClick={() => {
            setOpen(open === false ? 'typed' : false);
            setStatus('');
          }}
        >
          {open === false ? 'Paste event list' : 'Close event list'}
        </button>
        <span class="pb-muted pb-paste-hint" role="status">
          {status ||
            'or press Ctrl+V (⌘V) here with the advertiser’s event names and tokens copied'}
        </span>
      </div>
      {open !== false && error && <p class="pb-notice pb-warning">{error}</p>}
      {open !== false && Panel && (
        <Panel
          text={text}
          onText={setText}
          goals={goals}
          focusApply={open === 'pasted'}
          onApply={apply}
        />
      )}
    </div>
  );
}
