import { useState } from 'preact/hooks';
import type { Activity, ActivityKind, Scenario } from '@/lib/dry-run/scenario';
import { activityInstants, formatScenarioClock } from '@/lib/dry-run/scenario-time';
import { ActivityKindFields } from './ActivityFields';
import { Group, NumberField, SelectField } from './fields';
import { MoveItemButtons, RemoveItemButton } from './ItemButtons';
import { listEdits } from './list-edit';
import type { IssueMap } from './scenario-issues';

const KINDS: readonly { value: ActivityKind; label: string }[] = [
  { value: 'install', label: 'Install' },
  { value: 'event', label: 'Event' },
  { value: 'status-change', label: 'Later status change' },
  { value: 'reattribution', label: 'Reattribution' },
  { value: 'session', label: 'Session' },
  { value: 'impression', label: 'Impression' },
  { value: 'rejected_install', label: 'Rejected install' },
  { value: 'rejected_reattribution', label: 'Rejected reattribution' },
  { value: 'attributed-elsewhere', label: 'Attributed to another link' },
];

function blank(kind: ActivityKind, scenario: Scenario): Activity {
  const goal = scenario.offer.goals[0]?.value ?? '1';
  switch (kind) {
    case 'event':
      return { kind, token: 'abc123', revenue: 1, after: 600 };
    case 'status-change':
      return { kind, goal, status: 1, after: 86_400 };
    default:
      return { kind, after: 60 };
  }
}

/** What the app user and the advertiser do after the click, in order, each `after` seconds later. */
export function ActivitiesEditor({
  scenario,
  issues,
  onChange,
}: {
  scenario: Scenario;
  issues: IssueMap;
  onChange: (activities: Activity[]) => void;
}) {
  const list = scenario.activities;
  const edit = listEdits(list, onChange);
  // Each activity's time on the scenario's clock, as the timeline will show it.
  const instants = activityInstants(scenario.startTime, list);
  return (
    <Group legend="Activities, in order">
      {list.length === 0 && (
        <p class="pb-muted">No activity: only the click and its redirect will run.</p>
      )}
      <ol class="pbd-list">
        {list.map((activity, i) => (
          <ActivityRow
            key={i}
            activity={activity}
            index={i}
            count={list.length}
            clock={instants[i] ? formatScenarioClock(instants[i]) : undefined}
            scenario={scenario}
            issues={issues}
            onChange={(next) => edit.replace(i, next)}
            onMove={(by) => edit.move(i, by)}
            onRemove={() => edit.remove(i)}
          />
        ))}
      </ol>
      <AddActivity onAdd={(kind) => edit.append(blank(kind, scenario))} />
    </Group>
  );
}

interface ActivityRowProps {
  activity: Activity;
  index: number;
  count: number;
  /** The activity's time on the scenario's clock. */
  clock: string | undefined;
  scenario: Scenario;
  issues: IssueMap;
  onChange: (next: Activity) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One activity: its kind, its delay, the fields of its kind, and its move/remove buttons. */
function ActivityRow({ activity, index, clock, scenario, issues, ...rest }: ActivityRowProps) {
  const path = `activities[${index}]`;
  const { onChange } = rest;
  return (
    <li class="pbd-item pbd-row">
      <SelectField
        label={`Activity ${index + 1}`}
        value={activity.kind}
        options={KINDS}
        onChange={(kind) => onChange({ ...blank(kind, scenario), after: activity.after })}
      />
      <NumberField
        label="After (s)"
        hint={clock}
        min={0}
        value={activity.after}
        error={issues.get(`${path}.after`)}
        onChange={(after) => onChange({ ...activity, after })}
      />
      <ActivityKindFields activity={activity} path={path} issues={issues} onChange={onChange} />
      <div class="pbd-item-actions">
        <MoveItemButtons
          item={`activity ${index + 1}`}
          index={index}
          count={rest.count}
          onMove={rest.onMove}
        />
        <RemoveItemButton item={`activity ${index + 1}`} onRemove={rest.onRemove} />
      </div>
    </li>
  );
}

/** The kind picker and button that append a new activity with that kind's defaults. */
function AddActivity({ onAdd }: { onAdd: (kind: ActivityKind) => void }) {
  const [adding, setAdding] = useState<ActivityKind>('install');
  return (
    <div class="pbd-row">
      <SelectField label="Kind to add" value={adding} options={KINDS} onChange={setAdding} />
      <button type="button" class="pb-button" onClick={() => onAdd(adding)}>
        Add activity
      </button>
    </div>
  );
}
