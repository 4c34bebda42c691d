import type { FieldSource } from '@/lib/affise/offer';
import { type DraftGoal, GoalActivitySchema, type GoalMapping } from '@/utils/popup-state';
import { EventListPaste } from './EventListPaste';
import { FindingList } from './FindingList';
import { useFindingDisplay } from './finding-display-context';
import { displaySeverity } from './model/finding-display';
import type { TargetedFinding } from './model/finding-targets';
import type { MappedGoal } from './model/generate-input';
import type { QuickFix, QuickFixAction } from './quick-fixes';
import { SourceBadge } from './SourceBadge';

export interface GoalTableProps {
  goals: readonly MappedGoal[];
  source: FieldSource | null;
  canReset: boolean;
  onResetGoals: () => void;
  /** Any edit of values or titles makes the goal list manual. */
  onGoalsChange: (goals: DraftGoal[], renamed?: { from: string; to: string }) => void;
  onMapping: (goal: string, mapping: GoalMapping) => void;
  findingsFor: (goal: string) => TargetedFinding[];
  fixesFor: (finding: TargetedFinding) => QuickFix[];
  onFix: (action: QuickFixAction) => void;
  mergeSharedTokens: boolean;
  onMergeSharedTokens: (merge: boolean) => void;
  /** The Adjust link token whose remembered tokens filled the table, if any. */
  rememberedApp: string | null;
}

const plain = (goals: readonly MappedGoal[]): DraftGoal[] =>
  goals.map(({ value, title }) => ({ value, title }));

/** The goal list with one goal changed, and the rename when its value changed. */
function editGoal(goals: readonly MappedGoal[], index: number, change: Partial<DraftGoal>) {
  const next = plain(goals);
  const before = next[index];
  if (!before) return null;
  next[index] = { ...before, ...change };
  const renamed =
    change.value !== undefined && change.value !== before.value
      ? { from: before.value, to: change.value }
      : undefined;
  return { goals: next, renamed };
}

function GoalOptions({ merge, onMerge }: { merge: boolean; onMerge: (merge: boolean) => void }) {
  return (
    <details class="pb-details pb-goal-options">
      <summary>Several tokens for one goal (iOS and Android)</summary>
      <p class="pb-muted">
        Type several tokens for one goal separated by commas, e.g. an iOS and an Android token.
      </p>
      <label class="pb-checkbox">
        <input
          type="checkbox"
          checked={merge}
          onChange={(event) => onMerge((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          Write tokens that share a callback as one parameter (<code>event_callback_a_b</code>).
        </span>
      </label>
    </details>
  );
}

function GoalTableHead(props: GoalTableProps) {
  return (
    <h2>
      <span id="pb-goals-title">Goals → Adjust event tokens</span>
      <SourceBadge
        source={props.source}
        canReset={props.canReset}
        onReset={props.onResetGoals}
        field="goals"
      />
      <span class="pb-grow" />
      <button
        type="button"
        class="pb-button pb-small"
        onClick={() => props.onGoalsChange([...plain(props.goals), { value: '', title: '' }])}
      >
        Add goal
      </button>
    </h2>
  );
}

/** Goal ↔ activity: each Affise goal reports the install, an Adjust event, or nothing. */
export function GoalTable(props: GoalTableProps) {
  const { goals } = props;
  const edit = (index: number, change: Partial<DraftGoal>) => {
    const edited = editGoal(goals, index, change);
    if (edited) props.onGoalsChange(edited.goals, edited.renamed);
  };
  return (
    <section class="pb-section" aria-labelledby="pb-goals-title">
      <GoalTableHead {...props} />
      {props.rememberedApp && (
        <p class="pb-muted" data-remembered-app={props.rememberedApp}>
          Event tokens remembered for Adjust app {props.rememberedApp} are filled in; change any
          that differ.
        </p>
      )}
      {goals.length > 0 && <EventListPaste goals={goals} onMapping={props.onMapping} />}
      {goals.length === 0 ? (
        <p class="pb-muted">
          No goals yet. Open the offer’s Payouts tab and press “Read this page”, or add goals by
          hand.
        </p>
      ) : (
        <table class="pb-goals">
          <thead>
            <tr>
              <th scope="col">Goal value</th>
              <th scope="col">Title</th>
              <th scope="col">Reports</th>
              <th scope="col">Adjust event token</th>
            </tr>
          </thead>
          <tbody>
            {goals.map((goal, index) => (
              <GoalRow
                key={index}
                index={index}
                goal={goal}
                onEdit={(change) => edit(index, change)}
                onRemove={() => props.onGoalsChange(plain(goals).filter((_, i) => i !== index))}
                onMapping={(mapping) => props.onMapping(goal.value, mapping)}
                findings={props.findingsFor(goal.value)}
                fixesFor={props.fixesFor}
                onFix={props.onFix}
              />
            ))}
          </tbody>
        </table>
      )}
      <GoalOptions merge={props.mergeSharedTokens} onMerge={props.onMergeSharedTokens} />
    </section>
  );
}

interface GoalRowProps {
  index: number;
  goal: MappedGoal;
  onEdit: (change: Partial<DraftGoal>) => void;
  onRemove: () => void;
  onMapping: (mapping: GoalMapping) => void;
  findings: TargetedFinding[];
  fixesFor: (finding: TargetedFinding) => QuickFix[];
  onFix: (action: QuickFixAction) => void;
}

function GoalRow(props: GoalRowProps) {
  const { index, goal, onEdit, onMapping, findings } = props;
  const name = goal.value === '' ? `row ${index + 1}` : `goal ${goal.value}`;
  const findingsId = `pb-goal-${index}-findings`;
  const display = useFindingDisplay();
  const hasError = findings.some(
    (f) => displaySeverity(f, display.attempted, display.plain) === 'error',
  );
  return (
    <>
      <tr data-goal={goal.value} data-goal-row={index}>
        <td class="pb-goal-value">
          <GoalText
            label={`Goal value, ${name}`}
            value={goal.value}
            code
            onInput={(value) => onEdit({ value })}
          />
        </td>
        <td class="pb-goal-title">
          <GoalText
            label={`Goal title, ${name}`}
            value={goal.title}
            onInput={(title) => onEdit({ title })}
          />
        </td>
        <td>
          <ActivitySelect name={name} mapping={goal.mapping} onMapping={onMapping} />
        </td>
        <td>
          <div class="pb-row">
            <TokenCell
              name={name}
              mapping={goal.mapping}
              invalid={hasError}
              describedBy={findings.length > 0 ? findingsId : undefined}
              onMapping={onMapping}
            />
            <button
              type="button"
              class="pb-button pb-small"
              onClick={props.onRemove}
              aria-label={`Remove ${name}`}
            >
              ×
            </button>
          </div>
        </td>
      </tr>
      {findings.length > 0 && (
        <GoalFindingsRow
          findings={findings}
          fixesFor={props.fixesFor}
          onFix={props.onFix}
          id={findingsId}
        />
      )}
    </>
  );
}

interface MappingCellProps {
  /** "goal purchase" or "row 2", for the field's accessible name. */
  name: string;
  mapping: GoalMapping;
  onMapping: (mapping: GoalMapping) => void;
}

function ActivitySelect({ name, mapping, onMapping }: MappingCellProps) {
  return (
    <select
      class="pb-select"
      value={mapping.activity}
      aria-label={`What ${name} reports`}
      data-activity
      onChange={(event) => {
        const activity = GoalActivitySchema.safeParse(
          (event.currentTarget as HTMLSelectElement).value,
        );
        if (activity.success) onMapping({ ...mapping, activity: activity.data });
      }}
    >
      <option value="install">Install</option>
      <option value="event">Event</option>
      <option value="none">Leave out</option>
    </select>
  );
}

function TokenCell({
  name,
  mapping,
  invalid,
  describedBy,
  onMapping,
}: MappingCellProps & { invalid: boolean; describedBy: string | undefined }) {
  if (mapping.activity !== 'event') {
    return (
      <span class="pb-muted pb-token-none" style={{ flex: 1 }}>
        {mapping.activity === 'install' ? 'Reported as the install' : 'No callback'}
      </span>
    );
  }
  return (
    <input
      class="pb-input"
      type="text"
      value={mapping.token}
      placeholder="abc123"
      aria-label={`Adjust event token, ${name}`}
      aria-invalid={invalid ? 'true' : undefined}
      aria-describedby={describedBy}
      data-token
      spellcheck={false}
      autocomplete="off"
      style={{ flex: 1, width: 'auto' }}
      onInput={(event) =>
        onMapping({ ...mapping, token: (event.currentTarget as HTMLInputElement).value })
      }
    />
  );
}

function GoalText(props: {
  label: string;
  value: string;
  /** A goal value is a code: no spell checking. */
  code?: boolean;
  onInput: (value: string) => void;
}) {
  return (
    <input
      class="pb-input"
      type="text"
      value={props.value}
      aria-label={props.label}
      spellcheck={props.code ? false : undefined}
      onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
    />
  );
}

function GoalFindingsRow(props: Parameters<typeof FindingList>[0]) {
  return (
    <tr class="pb-goal-findings-row">
      <td colSpan={4} class="pb-goal-findings">
        <FindingList {...props} />
      </td>
    </tr>
  );
}
