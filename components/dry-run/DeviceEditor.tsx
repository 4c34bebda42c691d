import { ADJUST_BY_NAME } from '@/lib/catalog/macros';
import { defaultDeviceValues } from '@/lib/dry-run/device-profile';
import type { Scenario } from '@/lib/dry-run/scenario';
import { deviceValue, withDeviceValue } from './device-values';
import { Group, SelectField } from './fields';

type Device = Scenario['device'];

const OS_OPTIONS: readonly { value: Device['os']; label: string }[] = [
  { value: 'ios', label: 'iOS' },
  { value: 'android', label: 'Android' },
];

/**
 * The device Adjust reports: OS and every device placeholder, starting from editable defaults.
 * "No data" makes Adjust drop the placeholder (the dry-run writes an empty string).
 */
export function DeviceEditor({
  device,
  onChange,
}: {
  device: Device;
  onChange: (device: Device) => void;
}) {
  const names = Object.keys(defaultDeviceValues(device.os));
  const edited = Object.keys(device.values).length;
  return (
    <Group legend="Device profile (Adjust placeholders)">
      <SelectField
        label="Operating system"
        value={device.os}
        options={OS_OPTIONS}
        onChange={(os) => onChange({ ...device, os })}
      />
      <details class="pbd-details">
        <summary>
          Device values ({names.length}, {edited} changed)
        </summary>
        <table class="pbd-table">
          <thead>
            <tr>
              <th scope="col">Placeholder</th>
              <th scope="col">Value</th>
              <th scope="col">No data</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => (
              <DeviceValueRow
                key={name}
                name={name}
                value={deviceValue(device, name)}
                onChange={(value) => onChange(withDeviceValue(device, name, value))}
              />
            ))}
          </tbody>
        </table>
        <button
          type="button"
          class="pb-button pb-small"
          disabled={edited === 0}
          onClick={() => onChange({ ...device, values: {} })}
        >
          Reset to defaults
        </button>
      </details>
    </Group>
  );
}

/** One placeholder: its value, and "No data" (unticking it starts from the catalogue's example). */
function DeviceValueRow({
  name,
  value,
  onChange,
}: {
  name: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const id = `pbd-device-${name}`;
  const entry = ADJUST_BY_NAME.get(name);
  return (
    <tr>
      <th scope="row">
        <label for={id} title={entry?.description}>{`{${name}}`}</label>
      </th>
      <td>
        <input
          id={id}
          type="text"
          class="pb-input"
          disabled={value === null}
          value={value ?? ''}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`No data for {${name}}`}
          checked={value === null}
          onChange={(e) => onChange(e.currentTarget.checked ? null : (entry?.example ?? ''))}
        />
      </td>
    </tr>
  );
}
