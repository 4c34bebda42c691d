import { defaultDeviceValues } from '@/lib/dry-run/device-profile';
import type { Scenario } from '@/lib/dry-run/scenario';

/**
 * Pure helpers behind the device profile editor. The scenario stores only the values the user
 * changed; every other placeholder takes the OS's default. null is "No data".
 */

type Device = Scenario['device'];

/** The value the run uses for placeholder `name`: the user's, else the OS's default. */
export function deviceValue(device: Device, name: string): string | null {
  if (Object.hasOwn(device.values, name)) return device.values[name] ?? null;
  return defaultDeviceValues(device.os)[name] ?? null;
}

/**
 * `device` with placeholder `name` set to `value`; a value equal to the default is left out, so
 * the scenario keeps only what differs.
 */
export function withDeviceValue(device: Device, name: string, value: string | null): Device {
  const rest = Object.fromEntries(Object.entries(device.values).filter(([key]) => key !== name));
  const isDefault = value === (defaultDeviceValues(device.os)[name] ?? null);
  return { ...device, values: isDefault ? rest : { ...rest, [name]: value } };
}
