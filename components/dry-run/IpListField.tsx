import { useState } from 'preact/hooks';
import { TextField } from './fields';
import { parseIpList, shownIpText } from './offer-settings';

/** One address or range a line (commas and spaces separate too); what is typed stays as typed. */
export function IpListField(props: {
  label: string;
  name: string;
  hint: string;
  value: string[] | undefined;
  error: string | undefined;
  onChange: (list: string[] | undefined) => void;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <TextField
      label={props.label}
      name={props.name}
      multiline
      placeholder="e.g. 178.162.216.64/26"
      hint={props.hint}
      value={shownIpText(typed, props.value)}
      error={props.error}
      onChange={(text) => {
        setTyped(text);
        props.onChange(parseIpList(text));
      }}
    />
  );
}
