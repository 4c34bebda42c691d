import { ADJUST_BY_NAME } from '@/lib/catalog/macros';
import { defaultDeviceValues } from '@/lib/dry-run/device-profile';
import type { Scenario } from '@/lib/dry-run/scenario';
import { Group, SelectField } from './fields';

/**
 * The device Adjust reports: OS and every device placeholder, starting from editable defaults.
 * "No data" makes Adjust drop the placeholder (the dry-run writes an empty string).
 */
export function DeviceEditor({
  device,
  onChange,
}: {
  device: Scenario['device'];
  onChange: (device: Scenario['device']) => void;
}) {
  const defaults = defaultDeviceValues(device.os);
  const names = Object.keys(defaults);
  const currentValue = (name: string) =>
    Object.hasOwn(device.values, name) ? (device.values[name] ?? null) : (defaults[name] ?? null);
  const set = (name: string, value: string | null) => {
    const rest = Object.fromEntries(Object.entries(device.values).filter(([key]) => key !== name));
    onChange({
      ...device,
      values: value === (defaults[name] ?? null) ? rest : { ...rest, [name]: value },
    });
  };
  const edited = Object.keys(device.values).length;
  return (
    <Group legend="Device profile (Adjust placeholders)">
      <SelectField
        label="Operating system"
        value={device.os}
        options={[
          { value: 'ios', label: 'iOS' },
          { value: 'android', label: 'Android' },
        ]}
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
            {names.map((name) => {
              const value = currentValue(name);
              const id = `pbd-device-${name}`;
              return (
                <tr key={name}>
                  <th scope="row">
                    <label
                      for={id}
                      title={ADJUST_BY_NAME.get(name)?.description}
                    >{`{${name}}`}</label>
                  </th>
                  <td>
                    <input
                      id={id}
                      type="text"
                      class="pb-input"
                      disabled={value === null}
                      value={value ?? ''}
                      onInput={(e) => set(name, e.currentTarget.value)}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`No data for {${name}}`}
                      checked={value === null}
                      onChange={(e) =>
                        set(
                          name,
                          e.currentTarget.checked
                            ? null
                            : (ADJUST_BY_NAME.get(name)?.example ?? ''),
                        )
                      }
                    />
                  </td>
                </tr>
              );
            })}
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
