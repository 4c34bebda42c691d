import type { PayoutType } from '@/lib/affise/offer';
import type { Scenario, ScenarioGoal } from '@/lib/dry-run/scenario';
import { Group, NumberField, SelectField, TextField } from './fields';
import { payoutHint, revenueHint } from './goal-hints';
import { AddItemButton, RemoveItemButton } from './ItemButtons';
import { listEdits, optionalText } from './list-edit';
import { patchObject } from './offer-settings';
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
  const edit = listEdits(goals, onChange);
  return (
    <Group
      legend="Goals (Payouts tab)"
      actions={
        <AddItemButton
          text="Add goal"
          onAdd={() => edit.append({ value: `goal${goals.length + 1}`, revenue: 1, payout: 0.5 })}
        />
      }
    >
      {goals.map((goal, i) => (
        <GoalRow
          key={i}
          goal={goal}
          index={i}
          issues={issues}
          removable={goals.length > 1}
          onChange={(next) => edit.replace(i, next)}
          onRemove={() => edit.remove(i)}
        />
      ))}
      {issues.get('offer.goals') && <div class="pbd-field-error">{issues.get('offer.goals')}</div>}
    </Group>
  );
}

const PAYOUT_TYPES: readonly { value: PayoutType; label: string }[] = [
  { value: 'fixed', label: 'Fixed' },
  { value: 'percent', label: '% of sum' },
];

interface GoalRowProps {
  goal: ScenarioGoal;
  index: number;
  issues: IssueMap;
  removable: boolean;
  onChange: (next: ScenarioGoal) => void;
  onRemove: () => void;
}

/** One goal: its value and title, its money, and its remove button. */
function GoalRow({ goal, index, issues, removable, onChange, onRemove }: GoalRowProps) {
  const set = (patch: Partial<ScenarioGoal>) => onChange(patchObject(goal, patch));
  const path = `offer.goals[${index}]`;
  return (
    <div class="pbd-row pbd-item pbd-goal" data-goal={goal.value}>
      <TextField
        label={`Goal ${index + 1} value`}
        value={goal.value}
        error={issues.get(`${path}.value`)}
        onChange={(value) => set({ value })}
      />
      <TextField
        label="Title"
        mono={false}
        value={goal.title ?? ''}
        onChange={(title) => set({ title: optionalText(title) })}
      />
      <GoalMoney goal={goal} path={path} issues={issues} set={set} />
      <RemoveItemButton item={`goal ${goal.value}`} disabled={!removable} onRemove={onRemove} />
    </div>
  );
}

/** A goal's revenue and payout; "Fixed amount" is Affise's default and leaves `payoutType` out. */
function GoalMoney({
  goal,
  path,
  issues,
  set,
}: {
  goal: ScenarioGoal;
  path: string;
  issues: IssueMap;
  set: (patch: Partial<ScenarioGoal>) => void;
}) {
  return (
    <>
      <NumberField
        label="Revenue"
        value={goal.revenue}
        hint={revenueHint(goal)}
        error={issues.get(`${path}.revenue`)}
        onChange={(revenue) => set({ revenue })}
      />
      <NumberField
        label="Payout"
        value={goal.payout}
        hint={payoutHint(goal)}
        error={issues.get(`${path}.payout`)}
        onChange={(payout) => set({ payout })}
      />
      <SelectField
        label="Payout type"
        value={goal.payoutType ?? 'fixed'}
        options={PAYOUT_TYPES}
        error={issues.get(`${path}.payoutType`)}
        onChange={(type) => set({ payoutType: type === 'fixed' ? undefined : type })}
      />
    </>
  );
}
