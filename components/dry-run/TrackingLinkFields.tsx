import type { ComponentChildren } from 'preact';
import { CheckboxField, TextField } from './fields';
import type { IssueMap } from './scenario-issues';

const SUBS = ['sub1', 'sub2', 'sub3', 'sub4', 'sub5', 'sub6', 'sub7', 'sub8'] as const;

/** The parts of Affise's "Get tracking link" that the scenario's click and the link builder share. */
export interface TrackingLinkFieldValues {
  domain: string;
  pid: string;
  useSsl: boolean;
  shortlink: boolean;
  subs: Record<string, string>;
}

/** A copy of `record` with `key` set to `value`, or without `key` when `value` is empty. */
export function withEntry(
  record: Record<string, string>,
  key: string,
  value: string,
): Record<string, string> {
  const rest = Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
  return value === '' ? rest : { ...rest, [key]: value };
}

/**
 * Tracking domain, affiliate id, Use SSL, Use Shortlink and sub1…sub8. `issuePrefix` is where the
 * values sit in the validated object (`click.` in a scenario, nothing in the link builder), so
 * each field shows its own error; `afterPid` slots fields in after the affiliate id.
 */
export function TrackingLinkFields<T extends TrackingLinkFieldValues>({
  value,
  issues,
  issuePrefix = '',
  namePrefix,
  afterPid,
  onChange,
}: {
  value: T;
  issues: IssueMap;
  issuePrefix?: string;
  namePrefix?: string;
  afterPid?: ComponentChildren;
  onChange: (patch: Partial<TrackingLinkFieldValues>) => void;
}) {
  return (
    <>
      <div class="pbd-row">
        <TextField
          label="Tracking domain"
          value={value.domain}
          error={issues.get(`${issuePrefix}domain`)}
          onChange={(domain) => onChange({ domain })}
        />
        <TextField
          label="Affiliate id (pid)"
          value={value.pid}
          error={issues.get(`${issuePrefix}pid`)}
          onChange={(pid) => onChange({ pid })}
        />
        {afterPid}
        <CheckboxField
          label="Use SSL"
          checked={value.useSsl}
          onChange={(useSsl) => onChange({ useSsl })}
        />
        <CheckboxField
          label="Use Shortlink"
          checked={value.shortlink}
          onChange={(shortlink) => onChange({ shortlink })}
        />
      </div>
      <div class="pbd-grid">
        {SUBS.map((sub) => (
          <TextField
            key={sub}
            label={sub}
            name={namePrefix ? `${namePrefix}${sub}` : undefined}
            value={value.subs[sub] ?? ''}
            error={issues.get(`${issuePrefix}subs.${sub}`)}
            onChange={(text) => onChange({ subs: withEntry(value.subs, sub, text) })}
          />
        ))}
      </div>
    </>
  );
}
