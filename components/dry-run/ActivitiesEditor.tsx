import { useState } from 'preact/hooks';
import { STATUS_CODES, STATUS_NAMES, type StatusCode } from '@/lib/conversion-status';
import type { Activity, ActivityKind, Scenario } from '@/lib/dry-run/scenario';
import { activityInstants, formatScenarioClock } from '@/lib/dry-run/scenario-time';
import { Group, NumberField, SelectField, TextField } from './fields';
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

export const STATUS_OPTIONS: readonly { value: `${StatusCode}`; label: string }[] =
  STATUS_CODES.map((code) => ({ value: `${code}`, label: `${code} ${STATUS_NAMES[code]}` }));

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
  // Each activity's time on the scenario's clock, as the timeline will show it.
  const instants = activityInstants(scenario.startTime, list);
  const [adding, setAdding] = useState<ActivityKind>('install');
  const replace = (index: number, next: Activity) =>
    onChange(list.map((a, i) => (i === index ? next : a)));
  const move = (index: number, by: number) => {
    const target = index + by;
    if (target < 0 || target >= list.length) return;
    const next = [...list];
    [next[index], next[target]] = [next[target] as Activity, next[index] as Activity];
    onChange(next);
  };
  return (
    <Group legend="Activities, in order">
      {list.length === 0 && (
        <p class="pb-muted">No activity: only the click and its redirect will run.</p>
      )}
      <ol class="pbd-list">
        {list.map((activity, i) => {
          const path = `activities[${i}]`;
          return (
            <li class="pbd-item pbd-row" key={i}>
              <SelectField
                label={`Activity ${i + 1}`}
                value={activity.kind}
                options={KINDS}
                onChange={(kind) => replace(i, { ...blank(kind, scenario), after: activity.after })}
              />
              <NumberField
                label="After (s)"
                hint={instants[i] ? formatScenarioClock(instants[i]) : undefined}
                min={0}
                value={activity.after}
                error={issues.get(`${path}.after`)}
                onChange={(after) => replace(i, { ...activity, after })}
              />
              {activity.kind === 'event' && (
                <>
                  <TextField
                    label="Event token"
                    value={activity.token}
                    error={issues.get(`${path}.token`)}
                    onChange={(token) => replace(i, { ...activity, token })}
                  />
                  <NumberField
                    label="Revenue"
                    min={0}
                    value={activity.revenue}
                    onChange={(revenue) => replace(i, { ...activity, revenue })}
                  />
                  <TextField
                    label="Currency"
                    value={activity.currency ?? ''}
                    error={issues.get(`${path}.currency`)}
                    onChange={(currency) =>
                      replace(i, { ...activity, currency: currency === '' ? undefined : currency })
                    }
                  />
                </>
              )}
              {activity.kind === 'status-change' && (
                <>
                  <TextField
                    label="Goal"
                    value={activity.goal}
                    error={issues.get(`${path}.goal`)}
                    onChange={(goal) => replace(i, { ...activity, goal })}
                  />
                  <SelectField
                    label="New status"
                    value={`${activity.status}`}
                    options={STATUS_OPTIONS}
                    onChange={(status) =>
                      replace(i, { ...activity, status: Number(status) as StatusCode })
                    }
                  />
                  <TextField
                    label="Action id"
                    hint="empty: the click id"
                    value={activity.actionId ?? ''}
                    onChange={(actionId) =>
                      replace(i, { ...activity, actionId: actionId === '' ? undefined : actionId })
                    }
                  />
                </>
              )}
              {activity.kind === 'attributed-elsewhere' && (
                <p class="pb-muted pbd-note">
                  Adjust credits the user to another network: this link's callbacks stop until a
                  reattribution.
                </p>
              )}
              {(activity.kind === 'rejected_install' ||
                activity.kind === 'rejected_reattribution') && (
                <TextField
                  label="Rejection reason"
                  value={activity.reason ?? ''}
                  onChange={(reason) =>
                    replace(i, { ...activity, reason: reason === '' ? undefined : reason })
                  }
                />
              )}
              <div class="pbd-item-actions">
                <button
                  type="button"
                  class="pb-button pb-small"
                  disabled={i === 0}
                  aria-label={`Move activity ${i + 1} up`}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="pb-button pb-small"
                  disabled={i === list.length - 1}
                  aria-label={`Move activity ${i + 1} down`}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="pb-button pb-small"
                  aria-label={`Remove activity ${i + 1}`}
                  onClick={() => onChange(list.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div class="pbd-row">
        <SelectField label="Kind to add" value={adding} options={KINDS} onChange={setAdding} />
        <button
          type="button"
          class="pb-button"
          onClick={() => onChange([...list, blank(adding, scenario)])}
        >
          Add activity
        </button>
      </div>
    </Group>
  );
}
