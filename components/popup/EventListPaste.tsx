import './event-list-paste.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { describeEventListProblem } from '@/lib/events/describe-event-list';
import { type EventMatch, matchEventList } from '@/lib/events/match-events';
import { parseEventList } from '@/lib/events/parse-event-list';
import type { GoalMapping } from '@/utils/popup-state';
import { EventListPreview } from './EventListPreview';
import type { MappedGoal } from './generate-input';
import { usePasteAnywhere } from './use-paste-anywhere';

export interface EventListPasteProps {
  goals: readonly MappedGoal[];
  /** The goal table's own mapping setter: a filled token is then kept and remembered as if typed. */
  onMapping: (goal: string, mapping: GoalMapping) => void;
}

/** Goals a list can fill: every named goal except the install, which has no event token. */
const fillable = (goals: readonly MappedGoal[]) =>
  goals.filter((goal) => goal.value.trim() !== '' && goal.mapping.activity !== 'install');

function usePreview(text: string, goals: readonly MappedGoal[]) {
  return useMemo(() => {
    const parsed = parseEventList(text);
    return {
      rows: parsed.rows.length,
      result: matchEventList(parsed, fillable(goals)),
      problems: parsed.problems.map(describeEventListProblem),
    };
  }, [text, goals]);
}

/**
 * "Paste event list": the advertiser's list of Adjust events (from Adjust's Events table, a
 * spreadsheet or an e-mail) fills every token it can match, after a preview. Pressing Ctrl+V
 * anywhere in the popup opens the preview at once; the button opens a box to paste into.
 */
export function EventListPaste({ goals, onMapping }: EventListPasteProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const preview = usePreview(text, goals);

  // Opened by a paste, focus goes to "Fill" so Enter applies; opened by the button, to the box.
  const focusOnOpen = useRef<'apply' | 'text'>('text');
  const onPasted = useCallback((pasted: string) => {
    focusOnOpen.current = 'apply';
    setText(pasted);
    setOpen(true);
    setStatus('');
  }, []);
  usePasteAnywhere(onPasted);

  useEffect(() => {
    if (!open) return;
    const apply = panel.current?.querySelector<HTMLElement>('[data-paste-apply]:not([disabled])');
    if (focusOnOpen.current === 'apply' && apply) apply.focus();
    else area.current?.focus();
    focusOnOpen.current = 'text';
  }, [open]);

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
          aria-expanded={open}
          aria-controls="pb-paste-panel"
          onClick={() => {
            setOpen(!open);
            setStatus('');
          }}
        >
          {open ? 'Close event list' : 'Paste event list'}
        </button>
        <span class="pb-muted pb-paste-hint" role="status">
          {status ||
            'or press Ctrl+V (⌘V) here with the advertiser’s event names and tokens copied'}
        </span>
      </div>
      {open && (
        <div id="pb-paste-panel" class="pb-paste-panel" ref={panel}>
          <label class="pb-label" for="pb-paste-text">
            Event list (names and tokens, from Adjust, a spreadsheet or an e-mail)
          </label>
          <textarea
            id="pb-paste-text"
            ref={area}
            class="pb-textarea"
            rows={3}
            spellcheck={false}
            value={text}
            placeholder={'Registration\tr8oaj2\nFirst purchase - p4x9k1'}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          {preview.rows > 0 || preview.problems.length > 0 ? (
            <EventListPreview
              key={text}
              result={preview.result}
              goals={goals}
              problems={preview.problems}
              onApply={apply}
            />
          ) : null}
        </div>
      )}
    </div>
  );
}
