import type { Scenario, ScenarioGoal } from '@/lib/dry-run/scenario';
import { Group, NumberField, TextField } from './fields';
import type { IssueMap } from './scenario-issues';

type Goals = Scenario['offer']['goals'];

/** The offer's payouts: goal value, revenue (advertiser pays) and payout (affiliate gets). */
export function GoalsEditor({
  goals,
  issues,
  onChange,
}: {
  goals: Goals;
  issues: IssueMap;
  onChange: (goals: Goals) => void;
}) {
  const update = (index: number, patch: Partial<ScenarioGoal>) =>
    onChange(goals.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  return (
    <Group
      legend="Goals (Payouts tab)"
      actions={
        <button
          type="button"
          class="pb-button pb-small"
          onClick={() =>
            onChange([...goals, { value: `goal${goals.length + 1}`, revenue: 1, payout: 0.5 }])
          }
        >
          Add goal
        </button>
      }
    >
      {goals.map((goal, i) => (
        <div class="pbd-row pbd-item" key={i}>
          <TextField
            label={`Goal ${i + 1} value`}
            value={goal.value}
            error={issues.get(`offer.goals[${i}].value`)}
            onChange={(value) => update(i, { value })}
          />
          <TextField
            label="Title"
            mono={false}
            value={goal.title ?? ''}
            onChange={(title) => update(i, { title: title === '' ? undefined : title })}
          />
          <NumberField
            label="Revenue"
            value={goal.revenue}
            onChange={(revenue) => update(i, { revenue })}
          />
          <NumberField
            label="Payout"
            value={goal.payout}
            hint={goal.payout === undefined ? 'none: "Payments not found"' : undefined}
            onChange={(payout) => update(i, { payout })}
          />
          <button
            type="button"
            class="pb-button pb-small pbd-remove"
            disabled={goals.length === 1}
            aria-label={`Remove goal ${goal.value}`}
            onClick={() => onChange(goals.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      {issues.get('offer.goals') && <div class="pbd-field-error">{issues.get('offer.goals')}</div>}
    </Group>
  );
}
