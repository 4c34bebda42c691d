import './event-list-paste.css';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EventMatch } from '@/lib/events/match-events';
import type { GoalMapping } from '@/utils/popup-state';
import type { EventListPanelProps } from './EventListPanel';
import type { MappedGoal } from './model/generate-input';
import { usePasteAnywhere } from './use-paste-anywhere';

export interface EventListPasteProps {
  goals: readonly MappedGoal[];
  /** The goal table's own mapping setter: a filled token is then kept and remembered as if typed. */
  onMapping: (goal: string, mapping: GoalMapping) => void;
}

type Panel = (props: EventListPanelProps) => preact.JSX.Element;

const NO_TOKENS =
  'The pasted text has no Adjust event token (6 lowercase letters and digits, like abc123): copy the advertiser’s list of events and paste again.';
const NOT_LOADED = 'The event list could not be opened: close and reopen the popup.';

/** The panel's module, loaded once on first use and kept for the popup's life. */
function usePanel(open: boolean): { Panel: Panel | null; error: string | null } {
  const [Panel, setPanel] = useState<Panel | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open || Panel) return;
    import('./EventListPanel')
      .then((module) => setPanel(() => module.default))
      .catch(() => setError(NOT_LOADED));
  }, [open, Panel]);
  return { Panel, error };
}

function PasteBar(props: { open: boolean; status: string; onToggle: () => void }) {
  return (
    <div class="pb-row pb-paste-bar">
      <button
        type="button"
        class="pb-button pb-small"
        aria-expanded={props.open}
        aria-controls="pb-paste-panel"
        onClick={props.onToggle}
      >
        {props.open ? 'Close event list' : 'Paste event list'}
      </button>
      <span class="pb-muted pb-paste-hint">
        <span role="status">{props.status}</span>
        {props.status === '' &&
          !props.open &&
          'or press Ctrl+V (⌘V) here to fill tokens from the advertiser’s event list'}
      </span>
    </div>
  );
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

  // Only a paste that holds event tokens opens the preview; anything else is told, not shown.
  const onPasted = useCallback((pasted: string) => {
    import('@/lib/events/parse-event-list')
      .then(({ parseEventList }) => {
        if (parseEventList(pasted).rows.length === 0) {
          // A pasted link belongs to the offer's fields, not to an event list: say nothing then.
          setStatus(/^\s*https?:\/\//i.test(pasted) ? '' : NO_TOKENS);
          return;
        }
        setText(pasted);
        setOpen('pasted');
        setStatus('');
      })
      .catch(() => setStatus(NOT_LOADED));
  }, []);
  const root = useRef<HTMLDivElement>(null);
  usePasteAnywhere(onPasted, root);

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
    <div class="pb-paste" data-event-list-paste ref={root}>
      <PasteBar
        open={open !== false}
        status={status}
        onToggle={() => {
          setOpen(open === false ? 'typed' : false);
          setStatus('');
        }}
      />
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
