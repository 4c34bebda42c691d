import { STATUS_CODES, STATUS_NAMES, type StatusCode } from '@/lib/affise/conversion-status';
import type { Activity } from '@/lib/dry-run/scenario';
import { NumberField, SelectField, TextField } from './fields';
import { optionalText } from './list-edit';
import type { IssueMap } from './scenario-issues';

export const STATUS_OPTIONS: readonly { value: `${StatusCode}`; label: string }[] =
  STATUS_CODES.map((code) => ({ value: `${code}`, label: `${code} ${STATUS_NAMES[code]}` }));

type OfKind<K extends Activity['kind']> = Extract<Activity, { kind: K }>;

interface FieldsProps<A extends Activity> {
  activity: A;
  /** The activity's issue path, `activities[2]`. */
  path: string;
  issues: IssueMap;
  onChange: (next: Activity) => void;
}

/** The fields one kind of activity has beyond its time: none for most kinds. */
export function ActivityKindFields({ activity, ...rest }: FieldsProps<Activity>) {
  switch (activity.kind) {
    case 'event':
      return <EventFields activity={activity} {...rest} />;
    case 'status-change':
      return <StatusChangeFields activity={activity} {...rest} />;
    case 'attributed-elsewhere':
      return (
        <p class="pb-muted pbd-note">
          Adjust credits the user to another network: this link's callbacks stop until a
          reattribution.
        </p>
      );
    case 'rejected_install':
    case 'rejected_reattribution':
      return (
        <TextField
          label="Rejection reason"
          value={activity.reason ?? ''}
          onChange={(reason) => rest.onChange({ ...activity, reason: optionalText(reason) })}
        />
      );
    default:
      return null;
  }
}

/** An Adjust event: its token, and the revenue it reports. */
function EventFields({ activity, path, issues, onChange }: FieldsProps<OfKind<'event'>>) {
  return (
    <>
      <TextField
        label="Event token"
        value={activity.token}
        error={issues.get(`${path}.token`)}
        onChange={(token) => onChange({ ...activity, token })}
      />
      <NumberField
        label="Revenue"
        min={0}
        value={activity.revenue}
        onChange={(revenue) => onChange({ ...activity, revenue })}
      />
      <TextField
        label="Currency"
        value={activity.currency ?? ''}
        error={issues.get(`${path}.currency`)}
        onChange={(currency) => onChange({ ...activity, currency: optionalText(currency) })}
      />
    </>
  );
}

/** The advertiser's later S2S postback that changes a conversion's status. */
function StatusChangeFields({
  activity,
  path,
  issues,
  onChange,
}: FieldsProps<OfKind<'status-change'>>) {
  return (
    <>
      <TextField
        label="Goal"
        value={activity.goal}
        error={issues.get(`${path}.goal`)}
        onChange={(goal) => onChange({ ...activity, goal })}
      />
      <SelectField
        label="New status"
        value={`${activity.status}`}
        options={STATUS_OPTIONS}
        onChange={(status) => onChange({ ...activity, status: Number(status) as StatusCode })}
      />
      <TextField
        label="Action id"
        hint="empty: the click id"
        value={activity.actionId ?? ''}
        onChange={(actionId) => onChange({ ...activity, actionId: optionalText(actionId) })}
      />
    </>
  );
}
