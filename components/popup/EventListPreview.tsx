import { useState } from 'preact/hooks';
import { describeConfidence } from '@/lib/events/describe-event-list';
import type { EventListMatch, EventMatch } from '@/lib/events/match-events';
import type { MappedGoal } from './model/generate-input';

export interface EventListPreviewProps {
  result: EventListMatch;
  goals: readonly MappedGoal[];
  /** Plain sentences about lines that could not be used. */
  problems: readonly string[];
  onApply: (matches: EventMatch[]) => void;
}

const goalName = (goal: MappedGoal | undefined, value: string) =>
  goal?.title ? `${goal.title} (${value})` : `goal ${value}`;

function TokenChange({ match, goal }: { match: EventMatch; goal: MappedGoal | undefined }) {
  if (goal?.mapping.activity === 'none')
    return <span class="pb-muted"> (left out now: filling makes it report this event)</span>;
  const before = goal?.mapping.activity === 'event' ? goal.mapping.token.trim() : '';
  if (before === '' || before === match.token) return null;
  return <span class="pb-muted"> (replaces {before})</span>;
}

function MatchRow(props: {
  match: EventMatch;
  goal: MappedGoal | undefined;
  ticked: boolean;
  onTick: (on: boolean) => void;
}) {
  const { match, goal } = props;
  const event = match.rows.map((row) => `${row.name || '(no name)'} · line ${row.line}`).join('; ');
  return (
    <tr data-paste-goal={match.goal} data-sure={match.sure ? 'true' : 'false'}>
      <td>
        <input
          type="checkbox"
          checked={props.ticked}
          aria-label={`Fill ${goalName(goal, match.goal)} with ${match.token}`}
          onChange={(e) => props.onTick((e.currentTarget as HTMLInputElement).checked)}
        />
      </td>
      <td>{goalName(goal, match.goal)}</td>
      <td>{event}</td>
      <td>
        <code>{match.token}</code>
        <TokenChange match={match} goal={goal} />
      </td>
      <td class={match.sure ? 'pb-paste-sure' : 'pb-paste-unsure'} title={match.why}>
        {describeConfidence(match)}
        <span class="pb-paste-why">{match.why}</span>
      </td>
    </tr>
  );
}

function Leftovers({ result, goals }: Pick<EventListPreviewProps, 'result' | 'goals'>) {
  const byValue = new Map(goals.map((goal) => [goal.value, goal]));
  return (
    <>
      {result.unmatchedRows.length > 0 && (
        <p class="pb-muted" data-paste-unmatched-rows>
          In the list but matched to no goal:{' '}
          {result.unmatchedRows
            .map((row) => `${row.name || '(no name)'} ${row.token} (line ${row.line})`)
            .join(', ')}
          . Type a token by hand if one of them is meant.
        </p>
      )}
      {result.unmatchedGoals.length > 0 && (
        <p class="pb-muted" data-paste-unmatched-goals>
          No event in the list for{' '}
          {result.unmatchedGoals.map((value) => goalName(byValue.get(value), value)).join(', ')}:
          its token stays as it is.
        </p>
      )}
    </>
  );
}

function MatchTable(props: {
  result: EventListMatch;
  goals: readonly MappedGoal[];
  ticked: ReadonlySet<string>;
  onTick: (goal: string, on: boolean) => void;
}) {
  const byValue = new Map(props.goals.map((goal) => [goal.value, goal]));
  return (
    <table class="pb-paste-table">
      <thead>
        <tr>
          <th scope="col">Fill</th>
          <th scope="col">Goal</th>
          <th scope="col">Event in the list</th>
          <th scope="col">Token</th>
          <th scope="col">How sure</th>
        </tr>
      </thead>
      <tbody>
        {props.result.matches.map((match) => (
          <MatchRow
            key={match.goal}
            match={match}
            goal={byValue.get(match.goal)}
            ticked={props.ticked.has(match.goal)}
            onTick={(on) => props.onTick(match.goal, on)}
          />
        ))}
      </tbody>
    </table>
  );
}

/**
 * What a pasted list would fill, before anything is filled: each match with how sure it is. Sure
 * matches start ticked; an unsure one is filled only when the user ticks it.
 */
export function EventListPreview({ result, goals, problems, onApply }: EventListPreviewProps) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () => new Set(result.matches.filter((m) => m.sure).map((m) => m.goal)),
  );
  const chosen = result.matches.filter((m) => ticked.has(m.goal));
  const tick = (goal: string, on: boolean) =>
    setTicked((set) => {
      const next = new Set(set);
      if (on) next.add(goal);
      else next.delete(goal);
      return next;
    });
  return (
    <div class="pb-paste-preview" data-paste-preview>
      {result.matches.length > 0 ? (
        <MatchTable result={result} goals={goals} ticked={ticked} onTick={tick} />
      ) : (
        <p class="pb-notice pb-info" data-paste-nothing>
          No event in the list matches a goal of this offer. Check that the list has the event names
          next to their tokens.
        </p>
      )}
      <Leftovers result={result} goals={goals} />
      {problems.length > 0 && (
        <ul class="pb-paste-problems" data-paste-problems>
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="pb-button pb-primary"
        disabled={chosen.length === 0}
        onClick={() => onApply(chosen)}
        data-paste-apply
      >
        {chosen.length === 1 ? 'Fill 1 token' : `Fill ${chosen.length} tokens`}
      </button>
    </div>
  );
}
