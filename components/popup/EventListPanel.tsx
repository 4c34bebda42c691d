import { useEffect, useMemo, useRef } from 'preact/hooks';
import { describeEventListProblem } from '@/lib/events/describe-event-list';
import { type EventMatch, matchEventList } from '@/lib/events/match-events';
import { parseEventList } from '@/lib/events/parse-event-list';
import { EventListPreview } from './EventListPreview';
import type { MappedGoal } from './model/generate-input';

export interface EventListPanelProps {
  text: string;
  onText: (text: string) => void;
  goals: readonly MappedGoal[];
  /** Opened by a paste: focus goes to "Fill" so Enter applies; else to the box to paste into. */
  focusApply: boolean;
  onApply: (matches: EventMatch[]) => void;
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
 * The box with the pasted list and what it would fill. Loaded on first use, so the parser and
 * matcher add nothing to the popup's first render.
 */
export default function EventListPanel(props: EventListPanelProps) {
  const { text, goals } = props;
  const preview = usePreview(text, goals);
  const area = useRef<HTMLTextAreaElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const focusApply = useRef(props.focusApply);

  useEffect(() => {
    const apply = panel.current?.querySelector<HTMLElement>('[data-paste-apply]:not([disabled])');
    if (focusApply.current && apply) apply.focus();
    else area.current?.focus();
  }, []);

  return (
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
        onInput={(e) => props.onText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {(preview.rows > 0 || preview.problems.length > 0) && (
        <EventListPreview
          key={text}
          result={preview.result}
          goals={goals}
          problems={preview.problems}
          onApply={props.onApply}
        />
      )}
    </div>
  );
}
